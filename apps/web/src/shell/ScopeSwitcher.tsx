import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, type WorkScope } from '../../../../platform/web';

export function useScopeLabel(): (scope: WorkScope) => string {
  const { t } = useTranslation();
  return (scope) => (scope.kind === 'platform' ? t('common:scopeKinds.platform') : `${t(`common:scopeKinds.${scope.kind}`)}: ${scope.name ?? '—'}`);
}

/** Where the user is working (a district or an organisation they hold a role in); remembered across visits. */
export function ScopeSwitcher() {
  const { t } = useTranslation();
  const { scopes, scope, selectScope } = useSession();
  const label = useScopeLabel();
  const id = useId();
  if (scopes.length === 0 || !scope) return null;
  return (
    <div className="scope-switcher d-flex align-items-center gap-2">
      {scopes.length === 1 ? (
        // One scope: plain text, since a <label> may only name a form control.
        <span className="small text-white">
          <span className="text-nowrap">{t('header.scope')}</span> <span className="fw-semibold">{label(scope)}</span>
        </span>
      ) : (
        <>
          <label htmlFor={id} className="mb-0 small text-white text-nowrap">
            {t('header.scope')}
          </label>
        <select id={id} className="form-select form-select-sm" value={scope.key} onChange={(e) => selectScope(e.target.value)}>
          {scopes.map((s) => (
            <option key={s.key} value={s.key}>
              {label(s)}
            </option>
          ))}
          </select>
        </>
      )}
    </div>
  );
}
