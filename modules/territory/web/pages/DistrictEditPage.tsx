import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ErrorState, ForbiddenPage, LoadingState, PageHeader, todayIso, useForm } from '../../../../platform/web';
import { districtQuery, type DistrictDetail } from '../api';
import { DistrictForm, districtValuesOf } from '../components/DistrictForm';

function EditForm({ district }: { district: DistrictDetail }) {
  const { t } = useTranslation('territory');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm(districtValuesOf(district));
  const update = useMutation({
    mutationFn: (body: unknown) => apiFetch<DistrictDetail>(`/api/territory/districts/${district.id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['territory'] });
      navigate(`/territory/districts/${district.id}`, { state: { saved: true } });
    },
    onError: form.showError,
  });
  return (
    <DistrictForm
      form={form}
      submitLabel={t('common:actions.save')}
      busy={update.isPending}
      onSubmit={(body) => update.mutate(body)}
      onCancel={() => navigate(`/territory/districts/${district.id}`)}
    />
  );
}

export function DistrictEditPage() {
  const { t } = useTranslation('territory');
  const { id = '' } = useParams();
  const district = useQuery(districtQuery(id, todayIso()));
  if (district.isPending) return <LoadingState />;
  if (district.isError) return <ErrorState error={district.error} onRetry={() => void district.refetch()} />;
  if (!district.data.abilities.update) return <ForbiddenPage />;
  return (
    <>
      <PageHeader
        title={t('districtForm.editTitle', { name: district.data.name })}
        breadcrumbs={[
          { label: t('districts.title'), to: '/territory/districts' },
          { label: district.data.name, to: `/territory/districts/${id}` },
        ]}
      />
      <EditForm district={district.data} />
    </>
  );
}
