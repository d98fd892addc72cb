import { localizedData, type LocalizedData } from './data.ts';
import { formats, type Formats } from './format.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { messages, type Messages } from './messages.ts';

export { DEFAULT_LOCALE, LOCALES, asLocale, isLocale, type Locale } from './locales.ts';
export type { Messages } from './messages.ts';
export type { Formats } from './format.ts';

/** What a page or a visual needs to speak a language: its messages, its formats of dates and numbers, its data. */
export interface I18n {
  locale: Locale;
  t: Messages;
  format: Formats;
  /** The sourced records, with their words in this language. */
  data: LocalizedData;
}

const cache = new Map<Locale, I18n>();

export function i18n(locale: Locale = DEFAULT_LOCALE): I18n {
  let found = cache.get(locale);
  if (!found) {
    const t = messages(locale);
    found = { locale, t, format: formats(t.language.intl), data: localizedData(locale) };
    cache.set(locale, found);
  }
  return found;
}
