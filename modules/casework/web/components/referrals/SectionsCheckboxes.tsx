import { useTranslation } from 'react-i18next';
import { sections } from '../../../contract';
import { CheckboxField } from '../../../../../platform/web';

type Section = (typeof sections)[number];

/** The parts of the record a referral shares, each with what it contains. */
export function SectionsCheckboxes({ value, onChange, error }: { value: Section[]; onChange: (next: Section[]) => void; error?: string }) {
  const { t } = useTranslation('casework');
  return (
    <fieldset className="mb-4">
      <legend className="h6 mb-1">{t('referrals.form.sections')}</legend>
      <p className="small mb-2">{t('referrals.form.sectionsHint')}</p>
      <div className="row">
        {sections.map((s) => (
          <div key={s} className="col-12 col-md-6">
            <CheckboxField
              label={t(`cases.sections.${s}`)}
              hint={t(`referrals.sectionHints.${s}`)}
              checked={value.includes(s)}
              onChange={(on) => onChange(on ? sections.filter((x) => x === s || value.includes(x)) : value.filter((x) => x !== s))}
              className="mb-2"
            />
          </div>
        ))}
      </div>
      {error && <div className="invalid-feedback d-block">{error}</div>}
    </fieldset>
  );
}
