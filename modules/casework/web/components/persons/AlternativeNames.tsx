import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../../platform/web';

/** Other spellings the person is known by (documents, transliterations): add and remove. */
export function AlternativeNames({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation('casework');
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (name && !value.includes(name)) onChange([...value, name]);
    setDraft('');
  };
  return (
    <fieldset className="mb-4">
      <legend className="fs-6 fw-semibold mb-2">{t('person.alternativeNames')}</legend>
      {value.length > 0 && (
        <ul className="list-unstyled mb-2">
          {value.map((name) => (
            <li key={name} className="d-flex align-items-center gap-2 mb-1">
              <span dir="auto">{name}</span>
              <button type="button" className="btn btn-outline-primary btn-xs py-0 px-2" onClick={() => onChange(value.filter((n) => n !== name))}>
                {t('personForm.removeItem', { name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="d-flex gap-2 align-items-end">
        <TextField
          label={t('personForm.addAlternativeName')}
          hint={t('personForm.alternativeNamesHint')}
          value={draft}
          onChange={setDraft}
          dir="auto"
          className="flex-grow-1 mb-0"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn-outline-primary mb-4" onClick={add} disabled={!draft.trim()}>
          {t('personForm.add')}
        </button>
      </div>
    </fieldset>
  );
}
