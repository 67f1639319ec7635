import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { protectionLevels } from '../../../contract';

type Protection = (typeof protectionLevels)[number];

/** Ordinary or restricted, with what restricted means for who sees the case. */
export function ProtectionChoice({ value, onChange }: { value: Protection; onChange: (p: Protection) => void }) {
  const { t } = useTranslation('casework');
  const id = useId();
  return (
    <fieldset className="mb-4" aria-describedby={`${id}-explain`}>
      <legend className="h6 mb-2">{t('cases.fields.protection')}</legend>
      {protectionLevels.map((p) => (
        <div key={p} className="form-check">
          <input id={`${id}-${p}`} type="radio" name={`${id}-protection`} value={p} checked={value === p} onChange={() => onChange(p)} />
          <label htmlFor={`${id}-${p}`}>{t(`cases.protection.${p}`)}</label>
        </div>
      ))}
      <div id={`${id}-explain`} className="mt-2 mb-0 p-3 border-start border-4 border-primary bg-light">
        <p className="small mb-1">{t('cases.protection.ordinaryExplain')}</p>
        <p className="small mb-0">{t('cases.protection.restrictedExplain')}</p>
      </div>
    </fieldset>
  );
}
