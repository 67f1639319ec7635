import { type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { interventionBody, interventionKinds } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { send, type CaseView } from '../../api/cases';
import { housingUnitsQuery } from '../../api/plan';
import { DistrictServiceSelect } from '../cases/ServiceSelects';
import { mediationLanguages, useLanguageName } from './languages';

const blank = {
  kind: 'mediation',
  serviceId: '',
  description: '',
  startsOn: '',
  endsOn: '',
  language: '',
  scheduledAt: '',
  place: '',
  durationMinutes: '60',
  heldOn: '',
  participants: '',
  discussion: '',
  recommendations: '',
  housingUnitId: '',
  milestones: '',
  sessionsPlanned: '',
  targetService: '',
};
type Values = typeof blank;

const lines = (s: string) =>
  s
    .split(/\n|;/)
    .map((x) => x.trim())
    .filter(Boolean);
const opt = (s: string) => s.trim() || undefined;
const int = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The request body for the chosen kind: common fields plus what that kind adds. */
function toBody(v: Values) {
  const common = { kind: v.kind, serviceId: v.serviceId || undefined, description: opt(v.description), startsOn: opt(v.startsOn), endsOn: opt(v.endsOn) };
  switch (v.kind) {
    case 'mediation':
      return {
        ...common,
        language: v.language || undefined,
        scheduledAt: v.scheduledAt ? new Date(v.scheduledAt).toISOString() : undefined,
        place: v.place,
        durationMinutes: int(v.durationMinutes),
      };
    case 'ethnoclinical_consultation':
      return { ...common, heldOn: opt(v.heldOn), participants: lines(v.participants), discussion: v.discussion, recommendations: v.recommendations };
    case 'housing_placement':
      return { ...common, housingUnitId: v.housingUnitId || undefined, milestones: lines(v.milestones).map((title) => ({ title })) };
    case 'psychosocial':
    case 'socio_educational':
      return { ...common, sessionsPlanned: int(v.sessionsPlanned) };
    default:
      return { ...common, targetService: opt(v.targetService) };
  }
}

/** Adds an intervention; the fields follow the kind (mediation request, consultation, placement, support, orientation). */
export function InterventionForm({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const languageName = useLanguageName();
  const initial = { ...blank, serviceId: c.lead.serviceId };
  const form = useForm(initial);
  const units = useQuery({ ...housingUnitsQuery(c.districtId), enabled: form.values.kind === 'housing_placement' });
  const add = useMutation({
    mutationFn: (body: unknown) => send(`/cases/${c.id}/interventions`, body),
    onSuccess: () => {
      form.reset({ ...initial, kind: form.values.kind });
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', c.id, 'plan'] });
    },
    onError: form.showError,
  });
  const L = (k: string) => t(`plan.interventions.fields.${k}`);
  const labels = Object.fromEntries(Object.keys(blank).map((k) => [k, L(k)]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(interventionBody, toBody(form.values));
    if (body) add.mutate(body);
  };
  const kind = form.values.kind;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="add-intervention-title" className="border rounded p-3 bg-white">
      <h3 id="add-intervention-title" className="h6">
        {t('plan.interventions.add')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField label={labels.kind!} required options={interventionKinds.map((k) => ({ value: k, label: t(`plan.interventions.kinds.${k}`) }))} {...form.field('kind')} />
        </div>
        <div className="col-12 col-md-6">
          <DistrictServiceSelect districtId={c.districtId} label={labels.serviceId!} required {...form.field('serviceId')} />
        </div>
      </div>
      {kind === 'mediation' && (
        <fieldset className="row">
          <legend className="visually-hidden">{t('plan.interventions.kinds.mediation')}</legend>
          <div className="col-12 col-md-6">
            <SelectField
              label={labels.language!}
              required
              emptyLabel={t('cases.form.choose')}
              options={mediationLanguages.map((l) => ({ value: l, label: languageName(l) })).sort((a, b) => a.label.localeCompare(b.label))}
              {...form.field('language')}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.scheduledAt!} type="datetime-local" required {...form.field('scheduledAt')} />
          </div>
          <div className="col-12 col-md-8">
            <TextField label={labels.place!} required maxLength={300} {...form.field('place')} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={labels.durationMinutes!} type="number" min={15} max={480} step={15} required {...form.field('durationMinutes')} />
          </div>
        </fieldset>
      )}
      {kind === 'ethnoclinical_consultation' && (
        <>
          <TextField label={labels.heldOn!} type="date" required {...form.field('heldOn')} />
          <TextAreaField label={labels.participants!} hint={t('plan.interventions.participantsHint')} required rows={2} {...form.field('participants')} />
          <TextAreaField label={labels.discussion!} required rows={4} {...form.field('discussion')} />
          <TextAreaField label={labels.recommendations!} required rows={3} {...form.field('recommendations')} />
        </>
      )}
      {kind === 'housing_placement' && (
        <>
          <SelectField
            label={labels.housingUnitId!}
            required
            emptyLabel={units.isPending ? t('cases.form.loadingServices') : t('cases.form.choose')}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name}${u.organizationName ? ` – ${u.organizationName}` : ''} (${u.occupancy}/${u.capacity})` }))}
            {...form.field('housingUnitId')}
          />
          <TextAreaField label={labels.milestones!} hint={t('plan.interventions.milestonesHint')} rows={3} {...form.field('milestones')} />
        </>
      )}
      {(kind === 'psychosocial' || kind === 'socio_educational') && <TextField label={labels.sessionsPlanned!} type="number" min={1} max={500} {...form.field('sessionsPlanned')} />}
      {kind === 'orientation' && <TextField label={labels.targetService!} maxLength={300} {...form.field('targetService')} />}
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField label={labels.startsOn!} type="date" required={kind === 'housing_placement'} {...form.field('startsOn')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={labels.endsOn!} type="date" {...form.field('endsOn')} />
        </div>
      </div>
      <TextAreaField label={labels.description!} rows={2} maxLength={5000} {...form.field('description')} />
      <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
        {add.isPending ? t('common:actions.saving') : t('plan.interventions.save')}
      </button>
    </form>
  );
}
