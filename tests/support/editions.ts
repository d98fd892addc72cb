import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { messages, type Messages } from '../../src/i18n/messages.ts';
import { readStory } from './story.ts';

export interface Edition {
  locale: Locale;
  /** The edition's home, from the site's root: "/" for English, "/ru/" for Russian. */
  home: string;
  t: Messages;
  /** The section titles, in reading order. */
  sections: string[];
}

/** Each language's edition of the site: the end-to-end gates run on every one of them. */
export const editions: Edition[] = LOCALES.map((locale) => ({
  locale,
  home: locale === DEFAULT_LOCALE ? '/' : `/${locale}/`,
  t: messages(locale),
  sections: readStory(locale).map((section) => section.title),
}));
