import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../../../platform/web';

/** Languages most asked of the district's mediators (ISO 639 codes); their names come from Intl. */
export const mediationLanguages = ['ar', 'ti', 'so', 'am', 'fr', 'en', 'es', 'pt', 'uk', 'ru', 'sq', 'ro', 'bn', 'ur', 'pa', 'hi', 'fa', 'ps', 'ku', 'tr', 'wo', 'zh'] as const;

/** Code → language name in the interface language ("Arabo", "Tigrino"). */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([intlLocale(i18n.language)], { type: 'language' });
    } catch {
      names = null;
    }
    return (code: string) => {
      const name = names?.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase() + name.slice(1);
    };
  }, [i18n.language]);
}
