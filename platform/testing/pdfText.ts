import zlib from 'node:zlib';

/**
 * The text of a PDF written by pdfkit, for tests: inflates the streams, reads each font's ToUnicode map
 * and decodes the TJ/Tj strings of the content streams. One line per text operation.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const dicts = new Map<number, string>();
  const streams = new Map<number, Buffer>();
  const objRe = /(\d+) 0 obj\s*/g;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) {
    const num = Number(m[1]);
    const start = m.index + m[0].length;
    const streamAt = raw.indexOf('stream', start);
    const endObj = raw.indexOf('endobj', start);
    const length = /\/Length (\d+)/.exec(raw.slice(start, streamAt > 0 ? streamAt : start));
    if (streamAt > 0 && streamAt < endObj && length) {
      const dict = raw.slice(start, streamAt);
      let dataStart = streamAt + 'stream'.length;
      if (raw[dataStart] === '\r') dataStart++;
      if (raw[dataStart] === '\n') dataStart++;
      const data = pdf.subarray(dataStart, dataStart + Number(length[1]));
      dicts.set(num, dict);
      streams.set(num, dict.includes('/FlateDecode') ? zlib.inflateSync(data) : data);
      objRe.lastIndex = raw.indexOf('endobj', dataStart + Number(length[1]));
    } else {
      dicts.set(num, raw.slice(start, endObj));
      objRe.lastIndex = endObj;
    }
  }
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');
  const cmapOf = (text: string) => {
    const map = new Map<number, string>();
    for (const r of text.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const from = parseInt(r[1]!, 16);
      [...r[3]!.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((d, i) => map.set(from + i, utf16(d[1]!)));
    }
    return map;
  };
  // Resource name (F1, F2…) → the font's ToUnicode map; fonts without one (standard 14) decode as Latin-1.
  const fonts = new Map<string, Map<number, string> | null>();
  for (const dict of dicts.values()) {
    for (const r of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const fontDict = dicts.get(Number(r[2])) ?? '';
      const tu = /\/ToUnicode (\d+) 0 R/.exec(fontDict);
      fonts.set(r[1]!, tu ? cmapOf(streams.get(Number(tu[1]))?.toString('latin1') ?? '') : null);
    }
  }
  const decode = (hex: string, font: Map<number, string> | null | undefined) => {
    if (!font) return Buffer.from(hex, 'hex').toString('latin1');
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
    return out;
  };
  const lines: string[] = [];
  for (const s of streams.values()) {
    const content = s.toString('latin1');
    if (!/\bT[Jj]\b/.test(content)) continue;
    let font: Map<number, string> | null | undefined;
    for (const op of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) font = fonts.get(op[1]);
      else lines.push([...(op[2] ?? op[3] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1]!, font)).join('') || decode(op[3] ?? '', font));
    }
  }
  return lines.join('\n');
}
