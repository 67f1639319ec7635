import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, PageHeader, useCurrentDistrictId, useForm } from '../../../../platform/web';
import type { Organization } from '../api';
import { emptyOrganization, OrganizationForm } from '../components/OrganizationForm';

export function OrganizationCreatePage() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A coordinator registers organisations in their own district: start from it.
  const districtId = useCurrentDistrictId() ?? '';
  const initial = { ...emptyOrganization, districtId };
  const form = useForm(initial);
  const create = useMutation({
    mutationFn: (body: unknown) => apiFetch<Organization>('/api/organizations', { method: 'POST', body }),
    onSuccess: (org) => {
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      navigate(`/organizations/${org.id}`, { state: { created: true } });
    },
    onError: form.showError,
  });
  return (
    <>
      <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: '/organizations' }]} />
      <OrganizationForm
        form={form}
        submitLabel={t('create.submit')}
        busy={create.isPending}
        onSubmit={(body) => create.mutate(body)}
        onCancel={() => navigate('/organizations')}
      />
    </>
  );
}
