import { useTranslation } from 'react-i18next';
import { EmptyState, useFormat } from '../../../../../platform/web';
import type { Decision, MinutesActionItem, Section } from '../../api/minutes';
import { OutcomeBadge, VotesLine } from './DecisionsBlock';

type Props = {
  sections: Section[];
  /** Decisions and action items not tied to a section (their section was removed). */
  unplaced?: { decisions: Decision[]; actionItems: MinutesActionItem[] };
  /** Heading level of each section's title (the levels under it follow). */
  level?: 3 | 4;
};

/** Minutes as they read once approved, or in an earlier version: summaries, decisions and action items. */
export function ReadOnlySections({ sections, unplaced, level = 3 }: Props) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const H = `h${level}` as 'h3' | 'h4';
  const Sub = `h${level + 1}` as 'h4' | 'h5';
  const extra: Section[] =
    unplaced && (unplaced.decisions.length > 0 || unplaced.actionItems.length > 0)
      ? [{ id: 'unplaced', agendaItemId: null, position: Number.MAX_SAFE_INTEGER, title: t('minutes.sections.unplaced'), summary: '', ...unplaced }]
      : [];
  const all = [...sections, ...extra];
  if (all.length === 0) return <EmptyState message={t('minutes.sections.empty')} />;
  return (
    <>
      {all.map((s, i) => (
        <div key={s.id} className="border-top pt-3 mb-3">
          <H className="h5">{s.id === 'unplaced' ? s.title : t('minutes.sections.heading', { n: i + 1, title: s.title })}</H>
          {s.id !== 'unplaced' && (
            <>
              <Sub className="h6 text-uppercase">{t('minutes.sections.summary')}</Sub>
              {s.summary ? (
                <p className="text-break" style={{ whiteSpace: 'pre-line' }}>
                  {s.summary}
                </p>
              ) : (
                <p className="text-secondary">{t('minutes.sections.noSummary')}</p>
              )}
            </>
          )}
          {s.decisions.length > 0 && (
            <>
              <Sub className="h6 text-uppercase">{t('minutes.decisions.title')}</Sub>
              <ul className="list-unstyled">
                {s.decisions.map((d) => (
                  <li key={d.id} className="border rounded p-3 mb-2 bg-white">
                    <p className="fw-semibold mb-1">
                      {t('minutes.decisions.number', { number: d.number })} <OutcomeBadge outcome={d.outcome} />
                    </p>
                    <p className="mb-1 text-break" style={{ whiteSpace: 'pre-line' }}>
                      {d.text}
                    </p>
                    <VotesLine decision={d} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {s.actionItems.length > 0 && (
            <>
              <Sub className="h6 text-uppercase">{t('minutes.actions.title')}</Sub>
              <ul>
                {s.actionItems.map((a) => (
                  <li key={a.id}>
                    <span className="fw-semibold">{a.title}</span>
                    {' – '}
                    {[a.ownerOrganizationName, a.ownerName].filter(Boolean).join(' · ') || t('minutes.actions.noOwner')}
                    {a.dueDate && (
                      <>
                        {' – '}
                        {t('minutes.actions.dueBy', { date: date(a.dueDate) })}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </>
  );
}
