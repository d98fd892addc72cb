import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which parts of src/ may use which (README, "How it works"): data flows one way, content → step →
 * state → visual, so the data knows nothing of visuals, the scroll engine nothing of charts, a
 * visual nothing of scrolling or of the page around it.
 */
const SRC = resolve('src');

/** The src/ folders each module imports from, by module (relative imports only: packages are not parts). */
function importsByModule(folder: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const name of readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|astro)$/.test(name)) continue;
    const file = join(SRC, folder, name);
    const parts = new Set<string>();
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = relative(SRC, resolve(dirname(file), specifier!));
      if (!target.startsWith('..')) parts.add(target.split('/')[0]!.replace(/\.ts$/, ''));
    }
    found.set(`src/${folder}/${name}`, parts);
  }
  return found;
}

const RULES: [folder: string, mayNotImport: string[]][] = [
  ['data', ['viz', 'story', 'scroll', 'client', 'embed', 'components', 'pages']],
  ['lib', ['viz', 'story', 'scroll', 'client', 'embed', 'components', 'pages']],
  ['scroll', ['viz', 'data', 'story', 'client', 'embed', 'components', 'pages']],
  ['viz', ['scroll', 'client', 'embed', 'story', 'components', 'pages']],
  ['embed', ['client', 'viz', 'story', 'components', 'pages']],
  // Languages: messages, formats and the data's words; the parts above may use it, it uses none of them.
  ['i18n', ['viz', 'story', 'scroll', 'client', 'embed', 'components', 'pages']],
];

describe('the parts of src/', () => {
  for (const [folder, forbidden] of RULES) {
    it(`src/${folder}/ uses none of ${forbidden.map((f) => `src/${f}/`).join(', ')}`, () => {
      const modules = importsByModule(folder);
      expect(modules.size).toBeGreaterThan(0);
      const crossings = [...modules].flatMap(([module, parts]) => [...parts].filter((part) => forbidden.includes(part)).map((part) => `${module} imports src/${part}/`));
      expect(crossings).toEqual([]);
    });
  }
});
