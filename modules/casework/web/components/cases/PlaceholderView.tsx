import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { emergencyAccessBody } from '../../../contract';
import { Icon } from '../../../../../platform/web';
import { send, type CaseView } from '../../api/cases';
import { NeedsText } from './CaseBadges';
import { ReasonDialog } from './ReasonDialog';

/** A restricted case seen by someone not named on it: no identity, and the logged emergency override. */
export function PlaceholderView({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="placeholder-title" className="border border-danger rounded p-4 bg-white mb-4">
      <h2 id="placeholder-title" className="h4 d-flex align-items-center gap-2">
        <Icon name="it-locked" color="danger" />
        {t('cases.placeholderSubject')}
      </h2>
      <p>{t('cases.placeholder.text')}</p>
      <dl className="row mb-3">
        <dt className="col-sm-3">{t('cases.fields.needs')}</dt>
        <dd className="col-sm-9">
          <NeedsText needs={c.needs} />
        </dd>
      </dl>
      {c.access.can.emergencyAccess && (
        <button type="button" className="btn btn-danger btn-sm" onClick={() => setOpen(true)}>
          {t('cases.emergency.action')}
        </button>
      )}
      <ReasonDialog
        isOpen={open}
        danger
        title={t('cases.emergency.title')}
        intro={
          <div className="alert alert-warning" role="note">
            {t('cases.emergency.warning')}
          </div>
        }
        label={t('cases.emergency.reason')}
        hint={t('cases.emergency.reasonHint')}
        confirmLabel={t('cases.emergency.confirm')}
        schema={emergencyAccessBody}
        submit={(body) => send(`/cases/${c.id}/emergency-access`, body)}
        onDone={() => {
          void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', c.id] });
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </section>
  );
}
