import { useTranslation } from 'react-i18next';
import { SelectField, type Option } from '../../../../../platform/web';

type Props = { legend: string; addLabel: string; value: string[]; onChange: (next: string[]) => void; options: Option[]; nameOf: (code: string) => string };

/** A list of codes (countries, languages) chosen one at a time from a select, each removable. */
export function CodeListPicker({ legend, addLabel, value, onChange, options, nameOf }: Props) {
  const { t } = useTranslation('casework');
  return (
    <fieldset className="mb-4">
      <legend className="fs-6 fw-semibold mb-2">{legend}</legend>
      {value.length > 0 && (
        <ul className="list-inline mb-2">
          {value.map((code) => (
            <li key={code} className="list-inline-item mb-1">
              <span className="chip chip-simple chip-primary d-inline-flex align-items-center gap-1 px-2">
                <span className="chip-label">{nameOf(code)}</span>
                <button type="button" className="btn btn-link btn-sm p-0 ms-1" aria-label={t('personForm.removeItem', { name: nameOf(code) })} onClick={() => onChange(value.filter((c) => c !== code))}>
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        label={addLabel}
        value=""
        emptyLabel={t('personForm.choose')}
        options={options.filter((o) => !value.includes(o.value))}
        onChange={(code) => code && onChange([...value, code])}
        className="mb-0"
      />
    </fieldset>
  );
}
