import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, PageHeader, useForm } from '../../../../platform/web';
import type { DistrictDetail } from '../api';
import { DistrictForm, emptyDistrict } from '../components/DistrictForm';

export function DistrictCreatePage() {
  const { t } = useTranslation('territory');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm(emptyDistrict);
  const create = useMutation({
    mutationFn: (body: unknown) => apiFetch<DistrictDetail>('/api/territory/districts', { method: 'POST', body }),
    onSuccess: (d) => {
      void queryClient.invalidateQueries({ queryKey: ['territory', 'districts'] });
      navigate(`/territory/districts/${d.id}`, { state: { created: true } });
    },
    onError: form.showError,
  });
  return (
    <>
      <PageHeader title={t('districtForm.createTitle')} breadcrumbs={[{ label: t('districts.title'), to: '/territory/districts' }]} />
      <DistrictForm
        form={form}
        submitLabel={t('districtForm.createSubmit')}
        busy={create.isPending}
        onSubmit={(body) => create.mutate(body)}
        onCancel={() => navigate('/territory/districts')}
      />
    </>
  );
}
