import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../../platform/web';

type Field = { value: string; onChange: (v: string) => void; error?: string };
type Props = { year: Field; month: Field; day: Field };

/** A birth date that may be partial: the year alone, month and year, or the full date. */
export function BirthDateFields({ year, month, day }: Props) {
  const { t, i18n } = useTranslation('casework');
  const monthName = new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'it-IT', { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName.format(new Date(Date.UTC(2000, i, 1))) }));
  const daysIn = year.value && month.value ? new Date(Date.UTC(Number(year.value), Number(month.value), 0)).getUTCDate() : 31;
  const days = Array.from({ length: daysIn }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <fieldset className="mb-2">
      <legend className="fs-6 fw-semibold mb-1">{t('person.birthDate')}</legend>
      <p className="small text-secondary mb-3">{t('personForm.birthDateHint')}</p>
      <div className="row g-3">
        <div className="col-12 col-sm-4">
          <TextField label={t('personForm.birthYear')} inputMode="numeric" maxLength={4} autoComplete="off" {...year} />
        </div>
        <div className="col-12 col-sm-4">
          <SelectField
            label={t('personForm.birthMonth')}
            emptyLabel={t('personForm.unknown')}
            options={months}
            {...month}
            onChange={(v) => {
              month.onChange(v);
              if (!v) day.onChange('');
            }}
            disabled={!year.value}
          />
        </div>
        <div className="col-12 col-sm-4">
          <SelectField label={t('personForm.birthDay')} emptyLabel={t('personForm.unknown')} options={days} {...day} disabled={!month.value} />
        </div>
      </div>
    </fieldset>
  );
}
