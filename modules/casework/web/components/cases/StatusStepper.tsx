import { useTranslation } from 'react-i18next';
import { caseStatuses } from '../../../contract';
import type { CaseView } from '../../api/cases';

/** Accoglienza → Valutazione → Progetto → Attivo → Chiuso, the current step marked for screen readers too. */
export function StatusStepper({ status }: { status: CaseView['status'] }) {
  const { t } = useTranslation('casework');
  const current = caseStatuses.indexOf(status);
  return (
    <ol className="crv-stepper list-unstyled d-flex flex-wrap gap-2 mb-3" aria-label={t('cases.stepper.label')}>
      {caseStatuses.map((s, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={s} aria-current={state === 'current' ? 'step' : undefined} className="d-flex align-items-center gap-2">
            <span
              className={`d-inline-flex align-items-center justify-content-center rounded-circle border fw-semibold ${
                state === 'current' ? 'bg-primary text-white border-primary' : state === 'done' ? 'bg-white text-primary border-primary' : 'bg-white text-secondary'
              }`}
              style={{ width: '2rem', height: '2rem' }}
              aria-hidden="true"
            >
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className={state === 'current' ? 'fw-bold' : undefined}>
              {t(`cases.status.${s}`)}
              {state !== 'current' && <span className="visually-hidden"> ({t(`cases.stepper.${state}`)})</span>}
            </span>
            {i < caseStatuses.length - 1 && (
              <span aria-hidden="true" className="text-secondary">
                →
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
