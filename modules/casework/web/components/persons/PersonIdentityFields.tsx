import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../../platform/web';
import { sexes } from '../../../contract';
import { AlternativeNames } from './AlternativeNames';
import { BirthDateFields } from './BirthDateFields';
import type { PersonFormState } from './usePersonForm';

/** Names in both scripts, other spellings, sex and the (possibly partial) birth date. */
export function PersonIdentityFields({ state }: { state: PersonFormState }) {
  const { t } = useTranslation('casework');
  const { form, lists } = state;
  return (
    <section aria-labelledby="person-identity" className="mb-4">
      <h2 id="person-identity" className="h4 mb-3">
        {t('personForm.identity')}
      </h2>
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <TextField label={t('person.givenName')} required autoComplete="off" {...form.field('givenName')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={t('person.familyName')} required autoComplete="off" {...form.field('familyName')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={t('person.nativeGivenName')} hint={t('personForm.nativeHint')} dir="auto" autoComplete="off" {...form.field('nativeGivenName')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={t('person.nativeFamilyName')} dir="auto" autoComplete="off" {...form.field('nativeFamilyName')} />
        </div>
      </div>
      <AlternativeNames value={lists.alternativeNames} onChange={lists.setAlternativeNames} />
      <div className="row g-3">
        <div className="col-12 col-md-4">
          <SelectField label={t('person.sex')} emptyLabel={t('personForm.unknown')} options={sexes.map((s) => ({ value: s, label: t(`sexes.${s}`) }))} {...form.field('sex')} />
        </div>
      </div>
      <BirthDateFields year={{ ...form.field('birthYear'), error: form.fieldErrors.birthDate }} month={form.field('birthMonth')} day={form.field('birthDay')} />
    </section>
  );
}
