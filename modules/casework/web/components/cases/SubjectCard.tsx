import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';

type Birth = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

/** A birth date that may be partial: year, month and year, or the full date. */
export function partialBirth(b: Birth): string {
  if (!b.birthYear) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  if (b.birthMonth && b.birthDay) return `${pad(b.birthDay)}/${pad(b.birthMonth)}/${b.birthYear}`;
  if (b.birthMonth) return `${pad(b.birthMonth)}/${b.birthYear}`;
  return String(b.birthYear);
}

/** Who the case is about, with a link to their record. */
export function SubjectCard({ subject }: { subject: CaseView['subject'] }) {
  const { t } = useTranslation('casework');
  if (subject.hidden) return <p className="fst-italic">{t('cases.placeholderSubject')}</p>;
  if (subject.kind === 'person')
    return (
      <dl className="row mb-0">
        <dt className="col-sm-4">{t('cases.subject.name')}</dt>
        <dd className="col-sm-8">
          <Link to={`/casework/persons/${subject.id}`}>
            {subject.givenName} {subject.familyName}
          </Link>
          {(subject.nativeGivenName || subject.nativeFamilyName) && (
            <span className="d-block small" dir="auto">
              {[subject.nativeGivenName, subject.nativeFamilyName].filter(Boolean).join(' ')}
            </span>
          )}
        </dd>
        <dt className="col-sm-4">{t('cases.subject.birth')}</dt>
        <dd className="col-sm-8">{partialBirth(subject) || '—'}</dd>
        <dt className="col-sm-4">{t('cases.subject.sex')}</dt>
        <dd className="col-sm-8">{subject.sex ? t(`cases.subject.sexes.${subject.sex}`) : '—'}</dd>
        <dt className="col-sm-4">{t('cases.subject.citizenships')}</dt>
        <dd className="col-sm-8">{subject.citizenships.join(', ') || '—'}</dd>
      </dl>
    );
  return (
    <>
      <p>
        <Link to={`/casework/households/${subject.id}`}>{subject.name}</Link>
        {subject.singleParent && <span className="badge bg-light text-dark ms-2">{t('cases.subject.singleParent')}</span>}
      </p>
      <ul>
        {subject.members.map((m) => (
          <li key={m.personId}>
            <Link to={`/casework/persons/${m.personId}`}>
              {m.givenName} {m.familyName}
            </Link>{' '}
            ({t(`cases.subject.relationships.${m.relationship}`, { defaultValue: m.relationship })}
            {partialBirth(m) && `, ${partialBirth(m)}`})
          </li>
        ))}
      </ul>
    </>
  );
}
