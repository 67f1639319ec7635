import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonIt from '../../../platform/web/locales/it.json';
import commonEn from '../../../platform/web/locales/en.json';
import appIt from './locales/it.json';
import appEn from './locales/en.json';
import { webModules } from './modules';

export const languages = ['it', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'crocevia.language';
// Read by the server to translate its messages when no Accept-Language is sent (e.g. a CSV download).
const LOCALE_COOKIE = 'crocevia_locale';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'it' || value === 'en') return value;
  } catch {
    // Storage disabled: Italian, the platform's default.
  }
  return 'it';
}

function resources(lang: Language) {
  const bundle: Record<string, Record<string, unknown>> = {
    translation: lang === 'it' ? appIt : appEn,
    common: lang === 'it' ? commonIt : commonEn,
  };
  // Each module's texts live in its own namespace, named after the module.
  for (const m of webModules) bundle[m.name] = m.locales[lang];
  return bundle;
}

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.cookie = `${LOCALE_COOKIE}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still applied.
  }
}

void i18n.use(initReactI18next).init({
  resources: { it: resources('it'), en: resources('en') },
  lng: storedLanguage(),
  fallbackLng: 'it',
  supportedLngs: languages,
  defaultNS: 'translation',
  ns: ['translation', 'common', ...webModules.map((m) => m.name)],
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false,
  returnNull: false,
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export default i18n;
