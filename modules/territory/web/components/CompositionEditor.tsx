import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, CheckboxField, ConfirmDialog, ErrorState, FormErrorSummary, LoadingState, TextField, todayIso, useErrorMessage, useFormat } from '../../../../platform/web';
import { compositionBody } from '../../contract';
import { districtQuery, provinceMunicipalitiesQuery, type DistrictDetail } from '../api';
import { ProvinceSelect } from './ProvinceSelect';

type Candidate = { id: string; name: string; istatCode: string };

type Props = { district: DistrictDetail; onSaved: (validFrom: string) => void; onCancel: () => void };

/**
 * Chooses the district's municipalities from a date on. The list offers the municipalities of one province
 * plus those already in the district; a dialog summarises who joins and who leaves before saving.
 */
export function CompositionEditor({ district, onSaved, onCancel }: Props) {
  const { t } = useTranslation('territory');
  const { date: formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const current = district.municipalities;
  const [provinceCode, setProvinceCode] = useState(current[0]?.istatCode.slice(0, 3) ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(current.map((m) => m.id)));
  const [validFrom, setValidFrom] = useState(todayIso());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const province = useQuery(provinceMunicipalitiesQuery(provinceCode));

  const candidates = useMemo(() => {
    const byId = new Map<string, Candidate>();
    for (const m of current) byId.set(m.id, { id: m.id, name: m.name, istatCode: m.istatCode });
    for (const m of province.data?.items ?? []) byId.set(m.id, { id: m.id, name: m.name, istatCode: m.istatCode });
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  }, [current, province.data]);
  const names = useMemo(() => new Map(candidates.map((c) => [c.id, c.name])), [candidates]);

  const currentIds = new Set(current.map((m) => m.id));
  const joining = [...selected].filter((id) => !currentIds.has(id)).map((id) => names.get(id) ?? id);
  const leaving = current.filter((m) => !selected.has(m.id)).map((m) => m.name);

  const save = useMutation({
    mutationFn: (body: { municipalityIds: string[]; validFrom: string }) =>
      apiFetch<DistrictDetail>(`/api/territory/districts/${district.id}/composition`, { method: 'PUT', body }),
    onSuccess: (saved, body) => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['territory'] });
      queryClient.setQueryData(districtQuery(district.id, body.validFrom).queryKey, saved);
      onSaved(body.validFrom);
    },
    onError: (error) => {
      setConfirming(false);
      setFormError(errorMessage(error));
    },
  });

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = compositionBody.safeParse({ municipalityIds: [...selected], validFrom });
    if (!parsed.success) {
      setFieldErrors({ validFrom: t('composition.dateRequired') });
      setFormError(t('common:form.fixErrors'));
      return;
    }
    setFieldErrors({});
    if (joining.length === 0 && leaving.length === 0) {
      setFormError(t('composition.noChanges'));
      return;
    }
    setFormError(null);
    setConfirming(true);
  };

  return (
    <form noValidate onSubmit={submit} className="bg-white p-4 rounded shadow-sm mb-4" aria-labelledby="composition-form-title">
      <h3 id="composition-form-title" className="h5">
        {t('composition.formTitle')}
      </h3>
      <p className="small">{t('composition.lead')}</p>
      <FormErrorSummary message={formError} fieldErrors={fieldErrors} labels={{ validFrom: t('composition.validFrom') }} />
      <div className="row">
        <div className="col-12 col-md-6 col-lg-4">
          <TextField
            label={t('composition.validFrom')}
            hint={t('composition.validFromHint')}
            type="date"
            required
            value={validFrom}
            onChange={(v) => {
              setValidFrom(v);
              setFieldErrors({});
            }}
            error={fieldErrors.validFrom}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <ProvinceSelect value={provinceCode} onChange={setProvinceCode} />
        </div>
      </div>
      <fieldset className="mb-4">
        <legend className="h6">{t('composition.legend', { count: selected.size })}</legend>
        {province.isFetching && <LoadingState />}
        {province.isError && <ErrorState error={province.error} onRetry={() => void province.refetch()} />}
        {candidates.length === 0 && !province.isFetching ? (
          <p>{t('composition.chooseProvince')}</p>
        ) : (
          <div className="row">
            {candidates.map((c) => (
              <div key={c.id} className="col-12 col-md-6 col-lg-4">
                <CheckboxField label={`${c.name} (${c.istatCode})`} checked={selected.has(c.id)} onChange={(on) => toggle(c.id, on)} />
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('composition.review')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title={t('composition.confirmTitle')}
        confirmLabel={save.isPending ? t('common:actions.saving') : t('composition.confirm')}
        busy={save.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => save.mutate({ municipalityIds: [...selected], validFrom })}
      >
        <p>{t('composition.confirmText', { name: district.name, date: formatDate(validFrom) })}</p>
        <p className="mb-1 fw-semibold">{t('composition.joining', { count: joining.length })}</p>
        {joining.length > 0 && (
          <ul>
            {joining.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <p className="mb-1 fw-semibold">{t('composition.leaving', { count: leaving.length })}</p>
        {leaving.length > 0 && (
          <ul className="mb-0">
            {leaving.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </ConfirmDialog>
    </form>
  );
}
