import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ErrorState, ForbiddenPage, LoadingState, PageHeader, useForm } from '../../../../platform/web';
import { organizationQuery, type Organization } from '../api';
import { OrganizationForm, valuesOf } from '../components/OrganizationForm';

function EditForm({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initial = valuesOf(org);
  const form = useForm(initial);
  const update = useMutation({
    mutationFn: (body: unknown) => apiFetch<Organization>(`/api/organizations/${org.id}`, { method: 'PATCH', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationQuery(org.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
      navigate(`/organizations/${org.id}`, { state: { saved: true } });
    },
    onError: form.showError,
  });
  return (
    <OrganizationForm
      form={form}
      submitLabel={t('common:actions.save')}
      busy={update.isPending}
      onSubmit={(body) => update.mutate(body)}
      onCancel={() => navigate(`/organizations/${org.id}`)}
    />
  );
}

export function OrganizationEditPage() {
  const { t } = useTranslation('organizations');
  const { id = '' } = useParams();
  const org = useQuery(organizationQuery(id));
  if (org.isPending) return <LoadingState />;
  if (org.isError) return <ErrorState error={org.error} onRetry={() => void org.refetch()} />;
  if (!org.data.abilities.update) return <ForbiddenPage />;
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: org.data.name })}
        breadcrumbs={[
          { label: t('list.title'), to: '/organizations' },
          { label: org.data.name, to: `/organizations/${id}` },
        ]}
      />
      <EditForm org={org.data} />
    </>
  );
}
