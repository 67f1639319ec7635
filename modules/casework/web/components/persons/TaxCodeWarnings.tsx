import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/persons';

/** After a save: which parts of the tax code disagree with the names and birth data. */
export function TaxCodeWarnings({ warnings }: { warnings: Person['warnings'] | undefined }) {
  const { t } = useTranslation('casework');
  if (!warnings?.length) return null;
  return (
    <div className="alert alert-warning">
      {warnings.map((w, i) => (
        <p key={i} className="mb-0">
          {t('person.taxCodeWarning', { parts: w.parts.map((part) => t(`taxCodeParts.${part}`, { defaultValue: part })).join(', ') })}
        </p>
      ))}
    </div>
  );
}
