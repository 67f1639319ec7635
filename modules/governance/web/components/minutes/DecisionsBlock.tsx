import { useId, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, EmptyState, ErrorState, useFormat } from '../../../../../platform/web';
import { send, type Decision, type DecisionOutcome } from '../../api/minutes';
import { DecisionForm } from './DecisionForm';

const outcomeTone = { approved: 'success', rejected: 'danger', noted: 'secondary' } as const;

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const { t } = useTranslation('governance');
  return <Badge tone={outcomeTone[outcome]}>{t(`minutes.outcome.${outcome}`)}</Badge>;
}

/** "favorevoli 8, contrari 2, astenuti 1" — only the counts that were recorded. */
export function VotesLine({ decision }: { decision: Decision }) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const parts = [
    decision.votesFor != null ? t('minutes.decisions.votesForN', { n: number(decision.votesFor) }) : null,
    decision.votesAgainst != null ? t('minutes.decisions.votesAgainstN', { n: number(decision.votesAgainst) }) : null,
    decision.votesAbstained != null ? t('minutes.decisions.votesAbstainedN', { n: number(decision.votesAbstained) }) : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="small mb-0">
      {t('minutes.decisions.votes')}: {parts.join(', ')}
    </p>
  );
}

type Props = {
  minutesId: string;
  minutesItemId: string;
  decisions: Decision[];
  /** Managers may add, edit and delete while the minutes are not approved. */
  editable: boolean;
  onChanged: () => void;
};

/** The decisions taken on one section, "Decisione n. N", with their outcome and vote. */
export function DecisionsBlock({ minutesId, minutesItemId, decisions, editable, onChanged }: Props) {
  const { t } = useTranslation('governance');
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Decision | null>(null);
  // When a form or the deleted decision's buttons go away, focus returns to the block's heading, not to the page's top.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refocus = (delay = 0) => setTimeout(() => headingRef.current?.focus(), delay);
  const remove = useMutation({
    mutationFn: (d: Decision) => send(`/minutes/${minutesId}/decisions/${d.id}`, undefined, 'DELETE'),
    onSuccess: () => {
      setDeleting(null);
      onChanged();
      // After the dialog's closing transition, which would otherwise put focus back on the (removed) delete button.
      refocus(400);
    },
  });
  return (
    <div className="mb-3" aria-labelledby={headingId} role="group">
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="h6 text-uppercase mt-3">
        {t('minutes.decisions.title')}
      </h4>
      {decisions.length === 0 && !adding && <EmptyState message={t('minutes.decisions.empty')} />}
      {decisions.length > 0 && (
        <ul className="list-unstyled">
          {decisions.map((d) =>
            editing === d.id ? (
              <li key={d.id}>
                <DecisionForm
                  minutesId={minutesId}
                  minutesItemId={minutesItemId}
                  decision={d}
                  onDone={() => {
                    setEditing(null);
                    onChanged();
                    refocus();
                  }}
                  onCancel={() => {
                    setEditing(null);
                    refocus();
                  }}
                />
              </li>
            ) : (
              <li key={d.id} className="border rounded p-3 mb-2 bg-white">
                <p className="fw-semibold mb-1">
                  {t('minutes.decisions.number', { number: d.number })} <OutcomeBadge outcome={d.outcome} />
                </p>
                <p className="mb-1 text-break" style={{ whiteSpace: 'pre-line' }}>
                  {d.text}
                </p>
                <VotesLine decision={d} />
                {editable && (
                  <div className="d-flex gap-2 mt-2">
                    <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(d.id)}>
                      {t('minutes.decisions.edit', { number: d.number })}
                    </button>
                    <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setDeleting(d)}>
                      {t('minutes.decisions.delete', { number: d.number })}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {editable &&
        (adding ? (
          <DecisionForm
            minutesId={minutesId}
            minutesItemId={minutesItemId}
            onDone={() => {
              setAdding(false);
              onChanged();
              refocus();
            }}
            onCancel={() => {
              setAdding(false);
              refocus();
            }}
          />
        ) : (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setAdding(true)}>
            {t('minutes.decisions.addButton')}
          </button>
        ))}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('minutes.decisions.deleteTitle', { number: deleting?.number ?? '' })}
        confirmLabel={t('minutes.decisions.deleteConfirm')}
        danger
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <p>{t('minutes.decisions.deleteText')}</p>
        {remove.isError && <ErrorState error={remove.error} />}
      </ConfirmDialog>
    </div>
  );
}
