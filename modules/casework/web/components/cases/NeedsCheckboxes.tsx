import { useTranslation } from 'react-i18next';
import { needAreas } from '../../../contract';
import { CheckboxField } from '../../../../../platform/web';

type Need = (typeof needAreas)[number];

/** The nine areas of need as checkboxes, in one labelled group. */
export function NeedsCheckboxes({ value, onChange, error }: { value: Need[]; onChange: (next: Need[]) => void; error?: string }) {
  const { t } = useTranslation('casework');
  const toggle = (n: Need, on: boolean) => onChange(on ? needAreas.filter((x) => x === n || value.includes(x)) : value.filter((x) => x !== n));
  return (
    <fieldset className="mb-4">
      <legend className="h6 mb-2">{t('cases.fields.needs')}</legend>
      <div className="row">
        {needAreas.map((n) => (
          <div key={n} className="col-12 col-sm-6 col-lg-4">
            <CheckboxField label={t(`cases.needs.${n}`)} checked={value.includes(n)} onChange={(on) => toggle(n, on)} />
          </div>
        ))}
      </div>
      {error && <div className="invalid-feedback d-block">{error}</div>}
    </fieldset>
  );
}
