import { type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { quorumRules, roundtableBody, roundtableKinds, roundtableUpdateBody } from '../../../contract';
import {
  ErrorState,
  FormErrorSummary,
  LoadingState,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  useCurrentDistrictId,
  useForm,
} from '../../../../../platform/web';
import {
  allNetworksQuery,
  allRoundtablesQuery,
  createRoundtable,
  districtsOptionsQuery,
  organizationsOptionsQuery,
  roundtableQuery,
  updateRoundtable,
  type RoundtableDetail,
} from '../../api/tables';

type Values = {
  name: string;
  kind: string;
  mandate: string;
  networkId: string;
  parentId: string;
  districtId: string;
  coordinatingOrganizationId: string;
  quorumRule: string;
  quorumFixed: string;
};

const valuesOf = (table: RoundtableDetail | null, districtId: string | null): Values => ({
  name: table?.name ?? '',
  kind: table?.kind ?? '',
  mandate: table?.mandate ?? '',
  networkId: table?.networkId ?? '',
  parentId: table?.parentId ?? '',
  districtId: table ? (table.districtId ?? '') : (districtId ?? ''),
  coordinatingOrganizationId: table?.coordinatingOrganizationId ?? '',
  quorumRule: table?.quorumRule ?? 'none',
  quorumFixed: table?.quorumFixed != null ? String(table.quorumFixed) : '',
});

function TableForm({ table }: { table: RoundtableDetail | null }) {
  const { t } = useTranslation('governance');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const currentDistrictId = useCurrentDistrictId();
  const form = useForm<Values>(valuesOf(table, currentDistrictId));
  const { values } = form;
  const organizations = useQuery(organizationsOptionsQuery);
  const districts = useQuery(districtsOptionsQuery);
  const networks = useQuery(allNetworksQuery);
  const tables = useQuery(allRoundtablesQuery);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      table ? updateRoundtable(table.id, body as Parameters<typeof updateRoundtable>[1]) : createRoundtable(body as Parameters<typeof createRoundtable>[0]),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'roundtables'] });
      navigate(`/governance/tables/${saved.id}`, { state: { saved: true } });
    },
    onError: form.showError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      name: values.name,
      kind: values.kind || undefined,
      mandate: values.mandate,
      networkId: values.networkId || null,
      parentId: values.parentId || null,
      districtId: values.districtId || null,
      coordinatingOrganizationId: values.coordinatingOrganizationId || undefined,
      quorumRule: values.quorumRule,
      quorumFixed: values.quorumRule === 'fixed' ? (values.quorumFixed === '' ? null : Number(values.quorumFixed)) : null,
    };
    const parsed = form.validate(table ? roundtableUpdateBody : roundtableBody, body);
    if (parsed) save.mutate(parsed as Record<string, unknown>);
  };

  const labels: Record<string, string> = {
    name: t('tables.fields.name'),
    kind: t('tables.fields.kind'),
    mandate: t('tables.fields.mandate'),
    networkId: t('tables.fields.network'),
    parentId: t('tables.fields.parent'),
    districtId: t('tables.fields.district'),
    coordinatingOrganizationId: t('tables.fields.coordinator'),
    quorumRule: t('tables.fields.quorumRule'),
    quorumFixed: t('tables.fields.quorumFixed'),
  };
  const cancelTo = table ? `/governance/tables/${table.id}` : '/governance';
  return (
    <form onSubmit={submit} noValidate>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-lg-8">
          <TextField label={labels.name!} required maxLength={300} {...form.field('name')} />
        </div>
        <div className="col-12 col-lg-4">
          <SelectField
            label={labels.kind!}
            required
            emptyLabel={t('tables.form.chooseKind')}
            options={roundtableKinds.map((k) => ({ value: k, label: t(`tables.kinds.${k}`) }))}
            {...form.field('kind')}
          />
        </div>
        <div className="col-12">
          <TextAreaField label={labels.mandate!} hint={t('tables.form.mandateHint')} rows={5} maxLength={8000} {...form.field('mandate')} />
        </div>
        <div className="col-12 col-lg-6">
          <SelectField
            label={labels.coordinatingOrganizationId!}
            required
            emptyLabel={t('tables.form.chooseOrganization')}
            options={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.field('coordinatingOrganizationId')}
          />
        </div>
        <div className="col-12 col-lg-6">
          <SelectField
            label={labels.districtId!}
            emptyLabel={t('tables.form.noDistrict')}
            options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            {...form.field('districtId')}
          />
        </div>
        <div className="col-12 col-lg-6">
          <SelectField
            label={labels.networkId!}
            emptyLabel={t('tables.form.noNetwork')}
            options={(networks.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
            {...form.field('networkId')}
          />
        </div>
        <div className="col-12 col-lg-6">
          <SelectField
            label={labels.parentId!}
            hint={t('tables.form.parentHint')}
            emptyLabel={t('tables.form.noParent')}
            options={(tables.data?.items ?? []).filter((r) => r.id !== table?.id).map((r) => ({ value: r.id, label: r.name }))}
            {...form.field('parentId')}
          />
        </div>
        <fieldset className="col-12 col-lg-8 mb-2">
          <legend className="h6">{t('tables.form.quorumLegend')}</legend>
          <div className="row">
            <div className="col-12 col-md-6">
              <SelectField label={labels.quorumRule!} options={quorumRules.map((q) => ({ value: q, label: t(`tables.quorum.${q}`) }))} {...form.field('quorumRule')} />
            </div>
            {values.quorumRule === 'fixed' && (
              <div className="col-12 col-md-6">
                <TextField label={labels.quorumFixed!} type="number" min={1} max={1000} inputMode="numeric" required {...form.field('quorumFixed')} />
              </div>
            )}
          </div>
        </fieldset>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : table ? t('common:actions.save') : t('tables.form.create')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => navigate(cancelTo)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

export function TableNewPage() {
  const { t } = useTranslation('governance');
  return (
    <>
      <PageHeader title={t('tables.form.newTitle')} breadcrumbs={[{ label: t('tables.list.title'), to: '/governance' }]} />
      <TableForm table={null} />
    </>
  );
}

export function TableEditPage() {
  const { t } = useTranslation('governance');
  const { id = '' } = useParams();
  const table = useQuery(roundtableQuery(id));
  const crumbs = [{ label: t('tables.list.title'), to: '/governance' }, ...(table.data ? [{ label: table.data.name, to: `/governance/tables/${id}` }] : [])];
  return (
    <>
      <PageHeader title={t('tables.form.editTitle')} breadcrumbs={crumbs} />
      {table.isPending ? <LoadingState /> : table.isError ? <ErrorState error={table.error} onRetry={() => void table.refetch()} /> : <TableForm key={table.data.id} table={table.data} />}
    </>
  );
}
