import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { en } from './messages/en.ts';

/** The shape every language's messages have: English's (src/i18n/messages/en.ts). */
export type Messages = typeof en;

/** Every other language's messages, translated from English's: src/i18n/messages/<locale>.json. */
const translations = import.meta.glob<Messages>('./messages/*.json', { eager: true, import: 'default' });

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
/** A message that takes a count: one text per plural category of its language (Intl.PluralRules). */
const isPlural = (value: object) => 'other' in value && Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort().join(' ');

/**
 * Where `messages` differs in shape from `reference`: keys missing or extra, a text where a group is expected or
 * the other way round, a list of another length, a text whose {placeholders} are not English's, a plural message
 * without exactly the plural categories of the language (`pluralCategories`). Paths are dotted ("story.counter").
 */
export function messageProblems(messages: unknown, reference: unknown, pluralCategories: readonly string[], path = ''): string[] {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof reference === 'string') {
    if (typeof messages !== 'string') return [`${path}: expected text`];
    return placeholders(messages) === placeholders(reference) ? [] : [`${path}: uses "${placeholders(messages)}", expected "${placeholders(reference)}" (as in English)`];
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(messages)) return [`${path}: expected a list`];
    if (messages.length !== reference.length) return [`${path}: expected ${reference.length} items, found ${messages.length}`];
    return reference.flatMap((item, i) => messageProblems(messages[i], item, pluralCategories, at(String(i))));
  }
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) return [`${path}: expected a group of messages`];
  const own = messages as Record<string, unknown>;
  const ref = reference as Record<string, unknown>;
  if (isPlural(ref)) {
    const categories = [...pluralCategories].sort().join(' ');
    if (Object.keys(own).sort().join(' ') !== categories) return [`${path}: expected the plural forms "${categories}", found "${Object.keys(own).sort().join(' ')}"`];
    return pluralCategories.flatMap((category) => messageProblems(own[category], ref.other, pluralCategories, at(category)));
  }
  return [
    ...Object.keys(ref).flatMap((key) => (key in own ? messageProblems(own[key], ref[key], pluralCategories, at(key)) : [`missing key ${at(key)}`])),
    ...Object.keys(own).filter((key) => !(key in ref)).map((key) => `unknown key ${at(key)} (not in English)`),
  ];
}

function load(locale: Locale): Messages {
  if (locale === DEFAULT_LOCALE) return en;
  const file = `src/i18n/messages/${locale}.json`;
  const messages = translations[`./messages/${locale}.json`];
  if (!messages) throw new Error(`locale ${locale}: no messages (expected ${file})`);
  const categories = new Intl.PluralRules(messages.language?.intl).resolvedOptions().pluralCategories;
  const problems = messageProblems(messages, en, categories);
  if (problems.length > 0) throw new Error(`locale ${locale}: ${problems.join('; ')} (${file})`);
  return messages;
}

/** Every language's messages, checked against English's when the build loads them. */
const all = Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)])) as Record<Locale, Messages>;

export function messages(locale: Locale): Messages {
  return all[locale];
}
