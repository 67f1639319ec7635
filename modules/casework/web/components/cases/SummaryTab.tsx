import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { NeedsText } from './CaseBadges';
import { ParticipantsList } from './ParticipantsList';
import { SubjectCard } from './SubjectCard';
import { WorkersEditor } from './WorkersEditor';

/** Sintesi: who, which needs, which services and which named workers. */
export function SummaryTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  return (
    <div className="row g-4">
      <section className="col-12 col-lg-6" aria-labelledby="sum-subject">
        <h2 id="sum-subject" className="h5">
          {c.subject.kind === 'household' ? t('cases.summary.household') : t('cases.summary.person')}
        </h2>
        <SubjectCard subject={c.subject} />
      </section>
      <section className="col-12 col-lg-6" aria-labelledby="sum-needs">
        <h2 id="sum-needs" className="h5">
          {t('cases.fields.needs')}
        </h2>
        <p>
          <NeedsText needs={c.needs} />
        </p>
        {c.summary && (
          <>
            <h3 className="h6">{t('cases.fields.summary')}</h3>
            <p className="text-break" style={{ whiteSpace: 'pre-line' }}>
              {c.summary}
            </p>
          </>
        )}
      </section>
      <section className="col-12 col-lg-6" aria-labelledby="sum-participants">
        <h2 id="sum-participants" className="h5">
          {t('cases.summary.participants')}
        </h2>
        <ParticipantsList c={c} />
      </section>
      <section className="col-12 col-lg-6" aria-labelledby="sum-workers">
        <h2 id="sum-workers" className="h5">
          {t('cases.summary.workers')}
        </h2>
        <WorkersEditor c={c} />
      </section>
    </div>
  );
}
