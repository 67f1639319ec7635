import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LngLatBounds, Map as MapLibre, Marker, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from '../api';
import { boundsOf, labelPointOf } from './geometry';

// MapLibre looks for its worker next to itself at run time; in a bundle it must be told where Vite put it.
setWorkerUrl(workerUrl);

type StyleInput = Exclude<MapOptions['style'], string | undefined>;

/** No tile server and no glyphs (nothing may be fetched from outside): a plain background, our shapes on top. */
const baseStyle: StyleInput = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f5' } }],
};

const SOURCE = 'municipalities';
const FILL = 'municipalities-fill';

type Props = {
  data: FeatureCollection;
  selectedCode: string | null;
  onSelect: (istatCode: string) => void;
  showNames: boolean;
};

function popupContent(name: string, code: string, codeLabel: string): HTMLElement {
  // Built from text nodes: names come from imported files and must never be parsed as HTML.
  const box = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  const line = document.createElement('div');
  line.textContent = `${codeLabel} ${code}`;
  box.append(title, line);
  return box;
}

function fitAll(map: MapLibre, data: FeatureCollection) {
  const b = data.bbox;
  if (b && b.length >= 4) map.fitBounds([b[0]!, b[1]!, b[2]!, b[3]!], { padding: 24, animate: false });
}

/** A MapLibre map of one district's municipalities; hover or click shows name and ISTAT code. */
export function DistrictMap({ data, selectedCode, onSelect, showNames }: Props) {
  const { t } = useTranslation('territory');
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibre | null>(null);
  const loaded = useRef(false);
  const onSelectRef = useRef(onSelect);
  const markers = useRef<Marker[]>([]);
  const [failed, setFailed] = useState(false);
  onSelectRef.current = onSelect;
  const codeLabel = t('fields.istatCode');

  useEffect(() => {
    if (!container.current) return;
    let map: MapLibre;
    try {
      map = new MapLibre({
        container: container.current,
        style: baseStyle,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: {
          'Map.Title': t('map.canvasLabel'),
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'NavigationControl.ResetBearing': t('map.resetBearing'),
          'Popup.Close': t('common:actions.close'),
        },
      });
    } catch {
      setFailed(true); // No WebGL: the list below still has every municipality.
      return;
    }
    mapRef.current = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    const hoverPopup = new Popup({ closeButton: false, closeOnClick: false, offset: 8 });
    let hovered: string | null = null;

    map.on('load', () => {
      loaded.current = true;
      map.addSource(SOURCE, { type: 'geojson', data: data as never, promoteId: 'istatCode' });
      map.addLayer({
        id: FILL,
        type: 'fill',
        source: SOURCE,
        paint: {
          'fill-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#0066cc', ['boolean', ['feature-state', 'hover'], false], '#4d94db', '#b3d1f0'],
          'fill-opacity': 0.75,
        },
      });
      map.addLayer({ id: 'municipalities-line', type: 'line', source: SOURCE, paint: { 'line-color': '#004d99', 'line-width': 1 } });
      fitAll(map, data);
    });

    map.on('mousemove', FILL, (e) => {
      const f = e.features?.[0];
      if (!f) return;
      const code = String(f.properties.istatCode);
      if (hovered !== code) {
        if (hovered) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
        hovered = code;
        map.setFeatureState({ source: SOURCE, id: code }, { hover: true });
      }
      map.getCanvas().style.cursor = 'pointer';
      hoverPopup.setLngLat(e.lngLat).setDOMContent(popupContent(String(f.properties.name), code, codeLabel)).addTo(map);
    });
    map.on('mouseleave', FILL, () => {
      if (hovered) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
      hovered = null;
      map.getCanvas().style.cursor = '';
      hoverPopup.remove();
    });
    map.on('click', FILL, (e) => {
      const f = e.features?.[0];
      if (f) onSelectRef.current(String(f.properties.istatCode));
    });

    return () => {
      loaded.current = false;
      markers.current.forEach((m) => m.remove());
      markers.current = [];
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; data, selection and labels are pushed in by the effects below.
  }, []);

  // New data (another district or date): replace the shapes and zoom to them.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data as never);
    fitAll(map, data);
  }, [data]);

  // Selection from the map or from the list below: highlight and zoom.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      for (const f of data.features) map.setFeatureState({ source: SOURCE, id: f.properties.istatCode }, { selected: f.properties.istatCode === selectedCode });
      const feature = data.features.find((f) => f.properties.istatCode === selectedCode);
      const b = feature ? boundsOf(feature.geometry) : null;
      if (b) map.fitBounds(new LngLatBounds([b[0], b[1]], [b[2], b[3]]), { padding: 60, maxZoom: 12 });
    };
    if (loaded.current) apply();
    else map.once('load', apply);
  }, [selectedCode, data]);

  // Names as HTML markers (symbol layers would need glyphs from a server). Hidden from screen readers: the list has them.
  useEffect(() => {
    const map = mapRef.current;
    markers.current.forEach((m) => m.remove());
    markers.current = [];
    if (!map || !showNames) return;
    for (const f of data.features) {
      const at = labelPointOf(f.geometry);
      if (!at) continue;
      const el = document.createElement('div');
      el.className = 'map-label';
      el.textContent = f.properties.name;
      el.setAttribute('aria-hidden', 'true');
      markers.current.push(new Marker({ element: el }).setLngLat(at).addTo(map));
    }
  }, [showNames, data]);

  if (failed) return <div className="alert alert-warning">{t('map.unavailable')}</div>;
  return <div ref={container} className="map-container" />;
}
