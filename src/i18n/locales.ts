/**
 * The site's languages. English is the reference: its pages sit at the root, every other language's
 * under /<code>/ (Astro's i18n routing, astro.config.mjs, reads this list). Each language has its
 * messages (src/i18n/messages/<code>.json), its content (src/content/story/<code>/ …) and, for every
 * language but English, the translations of the data records' text (src/i18n/data/<code>/).
 * README, "Add a language".
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages written in Cyrillic: their pages load the fonts' Cyrillic cut (src/fonts/faces.ts). */
export const CYRILLIC_LOCALES: readonly Locale[] = ['ru'];

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** A page's language as Astro gives it (Astro.currentLocale): one of LOCALES, else an error naming it. */
export function asLocale(value: string | undefined): Locale {
  const locale = value ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`unknown locale "${locale}" (known: ${LOCALES.join(', ')}; see src/i18n/locales.ts)`);
  return locale;
}

/** A language's route parameter in src/pages/[...locale]/: none for English (the root), its code for the others. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths of a page built once per language, under src/pages/[...locale]/. */
export function everyLocale(): { params: { locale: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** getStaticPaths of pages built for each language from that language's own list (each step, each visual…). */
export async function perLocale<Params extends Record<string, string>, Props extends object>(
  each: (locale: Locale) => { params: Params; props: Props }[] | Promise<{ params: Params; props: Props }[]>,
): Promise<{ params: Params & { locale: string | undefined }; props: Props }[]> {
  const lists = await Promise.all(LOCALES.map(async (locale) => (await each(locale)).map(({ params, props }) => ({ params: { ...params, locale: localeParam(locale) }, props }))));
  return lists.flat();
}
