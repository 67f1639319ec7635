import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../../../platform/web';
import { permitTypes } from '../../../contract';
import { useMunicipalities } from '../../api/services';
import { CodeListPicker } from './CodeListPicker';
import { useIsoNames } from './isoNames';
import type { PersonFormState } from './usePersonForm';

type Props = { state: PersonFormState; organizationId: string | null };

/** Origin, languages, legal status and contacts. */
export function PersonDetailsFields({ state, organizationId }: Props) {
  const { t } = useTranslation('casework');
  const { form, lists } = state;
  const iso = useIsoNames();
  const municipalities = useMunicipalities(organizationId);
  return (
    <>
      <section aria-labelledby="person-origin" className="mb-4">
        <h2 id="person-origin" className="h4 mb-3">
          {t('personForm.origin')}
        </h2>
        <div className="row g-3">
          <div className="col-12 col-md-6">
            <TextField label={t('person.birthPlace')} dir="auto" {...form.field('birthPlace')} />
          </div>
          <div className="col-12 col-md-6">
            <SelectField label={t('person.birthCountry')} emptyLabel={t('personForm.choose')} options={iso.countryOptions} {...form.field('birthCountry')} />
          </div>
        </div>
        <CodeListPicker legend={t('person.citizenships')} addLabel={t('personForm.addCitizenship')} value={lists.citizenships} onChange={lists.setCitizenships} options={iso.countryOptions} nameOf={iso.countryName} />
        <CodeListPicker legend={t('person.languages')} addLabel={t('personForm.addLanguage')} value={lists.languages} onChange={lists.setLanguages} options={iso.languageOptions} nameOf={iso.languageName} />
        <CheckboxField label={t('person.needsMediator')} checked={form.values.needsMediator === 'true'} onChange={(c) => form.set('needsMediator', c ? 'true' : '')} className="mb-4" />
      </section>
      <section aria-labelledby="person-legal" className="mb-4">
        <h2 id="person-legal" className="h4 mb-3">
          {t('personForm.legal')}
        </h2>
        <div className="row g-3">
          <div className="col-12 col-md-4">
            <SelectField label={t('person.permitType')} emptyLabel={t('personForm.none')} options={permitTypes.map((p) => ({ value: p, label: t(`permitTypes.${p}`) }))} {...form.field('permitType')} error={form.fieldErrors['permit.type']} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={t('person.permitNumber')} {...form.field('permitNumber')} error={form.fieldErrors['permit.number']} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={t('person.permitExpiresOn')} type="date" {...form.field('permitExpiresOn')} error={form.fieldErrors['permit.expiresOn']} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('person.taxCode')} hint={t('personForm.taxCodeHint')} autoComplete="off" {...form.field('taxCode')} />
          </div>
        </div>
      </section>
      <section aria-labelledby="person-contacts" className="mb-4">
        <h2 id="person-contacts" className="h4 mb-3">
          {t('personForm.contacts')}
        </h2>
        <div className="row g-3">
          <div className="col-12 col-md-6">
            <TextField label={t('person.phone')} type="tel" autoComplete="off" {...form.field('phone')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('person.email')} type="email" autoComplete="off" {...form.field('email')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('person.address')} {...form.field('address')} />
          </div>
          <div className="col-12 col-md-6">
            <SelectField label={t('person.municipality')} emptyLabel={t('personForm.choose')} options={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))} {...form.field('municipalityId')} />
          </div>
        </div>
      </section>
    </>
  );
}
