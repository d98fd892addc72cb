import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { en } from './messages/en.ts';

/** The shape every language's messages have: English's (src/i18n/messages/en.ts). */
export type Messages = typeof en;

/** Each language's file exports its messages under the language's code, typed `satisfies Messages`. */
const files = import.meta.glob<Record<string, Messages>>('./messages/*.ts', { eager: true });

/**
 * Where `messages` differs in shape from `reference`: keys missing or extra, a text where a function is
 * expected or the other way round, a list of another length. Paths are dotted ("story.counter").
 */
export function messageProblems(messages: unknown, reference: unknown, path = ''): string[] {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof reference === 'function') return typeof messages === 'function' ? [] : [`${path}: expected a function (as in English)`];
  if (typeof reference === 'string') return typeof messages === 'string' ? [] : [`${path}: expected text`];
  if (Array.isArray(reference)) {
    if (!Array.isArray(messages)) return [`${path}: expected a list`];
    if (messages.length !== reference.length) return [`${path}: expected ${reference.length} items, found ${messages.length}`];
    return reference.flatMap((item, i) => messageProblems(messages[i], item, at(String(i))));
  }
  if (typeof messages !== 'object' || messages === null) return [`${path}: expected a group of messages`];
  const own = messages as Record<string, unknown>;
  const ref = reference as Record<string, unknown>;
  return [
    ...Object.keys(ref).flatMap((key) => (key in own ? messageProblems(own[key], ref[key], at(key)) : [`missing key ${at(key)}`])),
    ...Object.keys(own).filter((key) => !(key in ref)).map((key) => `unknown key ${at(key)} (not in English)`),
  ];
}

function load(locale: Locale): Messages {
  const file = `./messages/${locale}.ts`;
  const messages = files[file]?.[locale];
  if (!messages) throw new Error(`locale ${locale}: no messages (expected src/i18n/messages/${locale}.ts exporting \`${locale}\`)`);
  const problems = locale === DEFAULT_LOCALE ? [] : messageProblems(messages, en);
  if (problems.length > 0) throw new Error(`locale ${locale}: ${problems.join('; ')} (src/i18n/messages/${locale}.ts)`);
  return messages;
}

/** Every language's messages, checked against English's when the build loads them. */
const all = Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)])) as Record<Locale, Messages>;

export function messages(locale: Locale): Messages {
  return all[locale];
}
