import { getRelativeLocaleUrl } from 'astro:i18n';
import { sitePath } from '../site.ts';
import { DEFAULT_LOCALE, i18n, LOCALES, asLocale, type I18n, type Locale } from './index.ts';

/** What a page or component needs to speak its page's language, with links inside that language. */
export interface PageI18n extends I18n {
  /** A page or file of this language's edition ("glossary/", "viz/map.json"), base and locale included. */
  link(path?: string): string;
  /** The language's path prefix inside the site: "" for English, "ru/" (for addresses built outside Astro). */
  prefix: string;
}

/**
 * The language of the page being built (Astro.currentLocale, from Astro's i18n routing) and its links.
 * Only for .astro files and the routes in src/pages/ (it reads `astro:i18n`).
 */
export function pageI18n(astro: { currentLocale?: string | undefined }): PageI18n {
  return localeI18n(asLocale(astro.currentLocale));
}

export function localeI18n(locale: Locale): PageI18n {
  // Astro writes the language's home with the site's base ("/", "/ru/", "/karabakh/ru/").
  const home = getRelativeLocaleUrl(locale, '');
  const link = (path = '') => `${home}${path.replace(/^\//, '')}`;
  return { ...i18n(locale), link, prefix: sitePath(home).replace(/^\//, '') };
}

/**
 * The same page in every language, for hreflang alternates and the language switch: the page's path with
 * its language's prefix swapped for each other's.
 */
export function alternates(pathname: string, locale: Locale): { locale: Locale; href: string; name: string }[] {
  const own = localeI18n(locale).prefix;
  const inside = sitePath(pathname).replace(/^\//, '');
  const rest = own && inside.startsWith(own) ? inside.slice(own.length) : inside;
  return LOCALES.map((other) => ({ locale: other, href: getRelativeLocaleUrl(other, rest), name: i18n(other).t.language.name }));
}

export { DEFAULT_LOCALE };
