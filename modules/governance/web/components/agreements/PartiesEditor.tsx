import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../../platform/web';
import { organizationOptionsQuery } from '../../api/actions';

export type PartyRow = { key: string; organizationId: string; signatoryName: string; signatoryRole: string };

let nextKey = 0;
export const newPartyRow = (p?: Partial<Omit<PartyRow, 'key'>>): PartyRow => ({
  key: `party-${++nextKey}`,
  organizationId: p?.organizationId ?? '',
  signatoryName: p?.signatoryName ?? '',
  signatoryRole: p?.signatoryRole ?? '',
});

/**
 * Field errors with the "at least two parties" rule in this module's words (the contract's message
 * key is not in the shared texts).
 */
export function withPartiesMessage(errors: Record<string, string>, rows: PartyRow[], minMessage: string): Record<string, string> {
  if (!errors.parties || rows.length >= 2) return errors;
  return { ...errors, parties: minMessage };
}

/** The rows as the API body. */
export const partiesBodyOf = (rows: PartyRow[]) =>
  rows.map((r) => ({ organizationId: r.organizationId, signatoryName: r.signatoryName || null, signatoryRole: r.signatoryRole || null }));

type Props = {
  rows: PartyRow[];
  onChange: (rows: PartyRow[]) => void;
  /** Field errors keyed as the API sends them: parties, parties.0.organizationId… */
  errors: Record<string, string>;
};

/** The signing organisations (at least two), each with who signed and in what role. */
export function PartiesEditor({ rows, onChange, errors }: Props) {
  const { t } = useTranslation('governance');
  const organizations = useQuery(organizationOptionsQuery);
  const options = (organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const update = (i: number, patch: Partial<PartyRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="mb-4">
      <legend className="h5">{t('agreements.parties.legend')}</legend>
      <p className="small mb-2">
        {t('agreements.parties.hint')}
      </p>
      {errors.parties && (
        <div className="invalid-feedback d-block mb-2" role="alert">
          {errors.parties}
        </div>
      )}
      <ol className="list-unstyled mb-2">
        {rows.map((row, i) => (
          <li key={row.key} className="border rounded p-3 mb-2">
            <p className="fw-semibold mb-2">{t('agreements.parties.number', { n: i + 1 })}</p>
            <div className="row">
              <div className="col-12 col-lg-5">
                <SelectField
                  label={t('agreements.parties.organization', { n: i + 1 })}
                  required
                  emptyLabel={t('agreements.form.choose')}
                  options={options}
                  value={row.organizationId}
                  onChange={(organizationId) => update(i, { organizationId })}
                  error={errors[`parties.${i}.organizationId`]}
                />
              </div>
              <div className="col-12 col-md-6 col-lg-3">
                <TextField
                  label={t('agreements.parties.signatoryName', { n: i + 1 })}
                  maxLength={200}
                  value={row.signatoryName}
                  onChange={(signatoryName) => update(i, { signatoryName })}
                  error={errors[`parties.${i}.signatoryName`]}
                />
              </div>
              <div className="col-12 col-md-6 col-lg-3">
                <TextField
                  label={t('agreements.parties.signatoryRole', { n: i + 1 })}
                  maxLength={200}
                  value={row.signatoryRole}
                  onChange={(signatoryRole) => update(i, { signatoryRole })}
                  error={errors[`parties.${i}.signatoryRole`]}
                />
              </div>
              <div className="col-12 col-lg-1 d-flex align-items-start pt-lg-4">
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  disabled={rows.length <= 2}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  aria-label={t('agreements.parties.remove', { n: i + 1 })}
                >
                  {t('common:actions.remove')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onChange([...rows, newPartyRow()])}>
        {t('agreements.parties.add')}
      </button>
    </fieldset>
  );
}
