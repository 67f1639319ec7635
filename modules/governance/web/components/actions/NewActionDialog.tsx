import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, FormErrorSummary, SelectField, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { actionItemCreateSchema, createActionItem, organizationOptionsQuery, organizationPeopleQuery, roundtableOptionsQuery } from '../../api/actions';

type Props = { isOpen: boolean; onDone: (title: string) => void; onCancel: () => void };

const EMPTY = { roundtableId: '', title: '', description: '', ownerOrganizationId: '', ownerUserId: '', dueDate: '' };

/** A new action item on a table the caller manages (outside of minutes). */
export function NewActionDialog({ isOpen, onDone, onCancel }: Props) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const form = useForm(EMPTY);
  const tables = useQuery(roundtableOptionsQuery);
  const organizations = useQuery(organizationOptionsQuery);
  const people = useQuery(organizationPeopleQuery(form.values.ownerOrganizationId));
  const labels = {
    roundtableId: t('actions.fields.table'),
    title: t('actions.fields.title'),
    description: t('actions.fields.description'),
    ownerOrganizationId: t('actions.fields.ownerOrganization'),
    ownerUserId: t('actions.fields.ownerPerson'),
    dueDate: t('actions.fields.dueDate'),
  };
  const create = useMutation({
    mutationFn: createActionItem,
    onSuccess: (_created, body) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'action-items'] });
      onDone((body as { title: string }).title);
    },
    onError: form.showError,
  });
  const { reset, set } = form;
  useEffect(() => {
    if (!isOpen) reset(EMPTY);
  }, [isOpen, reset]);
  const confirm = () => {
    const v = form.values;
    const body = form.validate(actionItemCreateSchema, {
      roundtableId: v.roundtableId,
      title: v.title,
      description: v.description || null,
      ownerOrganizationId: v.ownerOrganizationId || null,
      ownerUserId: v.ownerUserId || null,
      dueDate: v.dueDate || null,
    });
    if (body) create.mutate(body);
  };
  const manageable = (tables.data ?? []).filter((r) => r.abilities?.manage !== false);
  return (
    <ConfirmDialog isOpen={isOpen} title={t('actions.new.title')} confirmLabel={t('actions.new.submit')} busy={create.isPending} onConfirm={confirm} onCancel={onCancel}>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <SelectField
        label={labels.roundtableId}
        required
        emptyLabel={t('actions.new.chooseTable')}
        options={manageable.map((r) => ({ value: r.id, label: r.name }))}
        {...form.field('roundtableId')}
      />
      <TextField label={labels.title} required maxLength={500} {...form.field('title')} />
      <TextAreaField label={labels.description} rows={3} maxLength={4000} {...form.field('description')} />
      <SelectField
        label={labels.ownerOrganizationId}
        emptyLabel={t('actions.new.noOrganization')}
        options={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        {...form.field('ownerOrganizationId')}
        onChange={(value) => {
          set('ownerOrganizationId', value);
          set('ownerUserId', '');
        }}
      />
      <SelectField
        label={labels.ownerUserId}
        emptyLabel={t('actions.new.noPerson')}
        hint={form.values.ownerOrganizationId ? undefined : t('actions.new.personHint')}
        disabled={!form.values.ownerOrganizationId}
        options={(people.data?.items ?? []).map((p) => ({ value: p.userId, label: p.displayName }))}
        {...form.field('ownerUserId')}
      />
      <TextField label={labels.dueDate} type="date" {...form.field('dueDate')} />
    </ConfirmDialog>
  );
}
