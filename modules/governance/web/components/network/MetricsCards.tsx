import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../platform/web';
import type { MetricsSummary } from '../../api/network';

/** Density, average degree, referral reciprocity and third-sector share, as four cards. */
export function MetricsCards({ metrics }: { metrics: MetricsSummary }) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const pct = (v: number | null) => (v === null ? t('network.metrics.none') : `${number(Math.round(v * 100))}%`);
  const cards = [
    { key: 'density', value: pct(metrics.density) },
    { key: 'averageDegree', value: number(Math.round(metrics.averageDegree * 10) / 10) },
    { key: 'referralReciprocity', value: pct(metrics.referralReciprocity) },
    { key: 'thirdSectorShare', value: pct(metrics.thirdSectorShare) },
  ];
  return (
    <div className="row g-3 mb-4">
      {cards.map((c) => (
        <div key={c.key} className="col-6 col-lg-3">
          <div className="card card-bg h-100 shadow-sm">
            {/* One term and its value per card: each card is its own description list. */}
            <dl className="card-body mb-0">
              <dt className="small fw-normal">{t(`network.metrics.${c.key}`)}</dt>
              <dd className="h3 mb-0">{c.value}</dd>
            </dl>
          </div>
        </div>
      ))}
    </div>
  );
}
