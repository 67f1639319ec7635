import { type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { memberBody, memberRoles, memberUpdateBody } from '../../../contract';
import { FormErrorSummary, SelectField, TextField, todayIso, useForm } from '../../../../../platform/web';
import { addMember, organizationStaffQuery, organizationsOptionsQuery, updateMember, type TableMember } from '../../api/tables';

type Values = {
  seat: string;
  organizationId: string;
  delegateUserId: string;
  substituteUserId: string;
  expertName: string;
  role: string;
  mandateFrom: string;
  mandateTo: string;
};

const valuesOf = (m: TableMember | null): Values => ({
  seat: m && !m.organizationId ? 'expert' : 'organization',
  organizationId: m?.organizationId ?? '',
  delegateUserId: m?.delegateUserId ?? '',
  substituteUserId: m?.substituteUserId ?? '',
  expertName: m?.expertName ?? '',
  role: m?.role ?? 'member',
  mandateFrom: m?.mandateFrom ?? todayIso(),
  mandateTo: m?.mandateTo ?? '',
});

/** A person of the organisation, chosen from its staff when the user may list them, else typed as a user id. */
function PersonChoice({ organizationId, label, hint, field }: { organizationId: string; label: string; hint: string; field: { value: string; onChange: (v: string) => void; error?: string } }) {
  const { t } = useTranslation('governance');
  const staff = useQuery({ ...organizationStaffQuery(organizationId), enabled: !!organizationId });
  if (organizationId && staff.isSuccess) {
    const options = staff.data.items.map((s) => ({ value: s.userId, label: s.jobTitle ? `${s.displayName} (${s.jobTitle})` : s.displayName }));
    if (field.value && !options.some((o) => o.value === field.value)) options.push({ value: field.value, label: t('tables.members.otherPerson') });
    return <SelectField label={label} emptyLabel={t('tables.members.nobody')} options={options} {...field} />;
  }
  const note = !organizationId ? t('tables.members.chooseOrganizationFirst') : staff.isPending ? t('tables.members.loadingStaff') : hint;
  return <TextField label={label} hint={note} maxLength={36} {...field} />;
}

type Props = { tableId: string; member: TableMember | null; onDone: (message: string) => void; onCancel: () => void };

/** Seat an organisation (delegate and substitute) or an individual expert; or change a seat. */
export function MemberForm({ tableId, member, onDone, onCancel }: Props) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const form = useForm<Values>(valuesOf(member));
  const { values } = form;
  const organizations = useQuery(organizationsOptionsQuery);
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      member ? updateMember(tableId, member.id, body as Parameters<typeof updateMember>[2]) : addMember(tableId, body as Parameters<typeof addMember>[1]),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'roundtables', 'detail', tableId] });
      onDone(member ? t('tables.members.updated') : t('tables.members.added'));
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const org = values.seat === 'organization';
    const body = {
      organizationId: org ? values.organizationId || null : null,
      delegateUserId: org ? values.delegateUserId.trim() || null : null,
      substituteUserId: org ? values.substituteUserId.trim() || null : null,
      expertName: org ? null : values.expertName,
      role: values.role,
      mandateFrom: values.mandateFrom,
      mandateTo: values.mandateTo || null,
    };
    const parsed = form.validate(member ? memberUpdateBody : memberBody, body);
    if (parsed) save.mutate(parsed as Record<string, unknown>);
  };
  const labels: Record<string, string> = {
    organizationId: t('tables.members.organization'),
    delegateUserId: t('tables.members.delegate'),
    substituteUserId: t('tables.members.substitute'),
    expertName: t('tables.members.expertName'),
    role: t('tables.members.role'),
    mandateFrom: t('tables.members.mandateFrom'),
    mandateTo: t('tables.members.mandateTo'),
  };
  const orgId = values.seat === 'organization' ? values.organizationId : '';
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4 bg-light" aria-labelledby="member-form-title">
      <h3 id="member-form-title" className="h5">
        {member ? t('tables.members.editTitle') : t('tables.members.addTitle')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <fieldset className="mb-3">
        <legend className="h6">{t('tables.members.seat')}</legend>
        {(['organization', 'expert'] as const).map((seat) => (
          <div key={seat} className="form-check form-check-inline">
            <input id={`member-seat-${seat}`} type="radio" name="member-seat" value={seat} checked={values.seat === seat} onChange={() => form.set('seat', seat)} />
            <label htmlFor={`member-seat-${seat}`}>{t(`tables.members.seats.${seat}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="row">
        {values.seat === 'organization' ? (
          <>
            <div className="col-12 col-lg-4">
              <SelectField
                label={labels.organizationId!}
                required
                emptyLabel={t('tables.form.chooseOrganization')}
                options={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                {...form.field('organizationId')}
              />
            </div>
            <div className="col-12 col-md-6 col-lg-4">
              <PersonChoice key={`d-${orgId}`} organizationId={orgId} label={labels.delegateUserId!} hint={t('tables.members.userIdHint')} field={form.field('delegateUserId')} />
            </div>
            <div className="col-12 col-md-6 col-lg-4">
              <PersonChoice key={`s-${orgId}`} organizationId={orgId} label={labels.substituteUserId!} hint={t('tables.members.userIdHint')} field={form.field('substituteUserId')} />
            </div>
          </>
        ) : (
          <div className="col-12 col-lg-6">
            <TextField label={labels.expertName!} required maxLength={200} {...form.field('expertName')} />
          </div>
        )}
        <div className="col-12 col-md-4">
          <SelectField label={labels.role!} options={memberRoles.map((r) => ({ value: r, label: t(`tables.roles.${r}`) }))} {...form.field('role')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.mandateFrom!} type="date" required {...form.field('mandateFrom')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.mandateTo!} type="date" hint={t('tables.members.mandateToHint')} {...form.field('mandateTo')} />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : member ? t('common:actions.save') : t('tables.members.add')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
