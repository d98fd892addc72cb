/**
 * The site's web fonts, cut down to the characters it uses. `npm run fonts` (run before every build,
 * dev server and test run) reads every text source under src/ (content, data, components, styles,
 * the generated geodata), adds printable ASCII and the typography that code produces (d3-format's
 * minus sign, dashes, quotes), and writes each face of src/fonts/faces.ts as WOFF2 to FONT_DIR with
 * harfbuzz's subsetter (subset-font), without hinting (screens smooth outlines themselves) and with
 * only the OpenType features the pages use. A face is rewritten only when its characters or source
 * change. It then writes FONT_CSS: each face's @font-face, and its fallback: a local font resized
 * (size-adjust and ascent, descent and line-gap overrides, computed as Capsize does from the face's
 * own metrics) to set text in the same room as the web font.
 * Runs on Node 22's type stripping: erasable TypeScript only, imports with .ts extensions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { FAMILIES, FONT_CSS, FONT_DIR, faceFile, type FontFace, type FontFamily, type LocalFont } from '../src/fonts/faces.ts';

// npm scripts and vitest run from the project root.
const ROOT = process.cwd();
const require = createRequire(join(ROOT, 'package.json'));

/** Files whose text can reach a page. */
const TEXT_FILES = new Set(['.md', '.json', '.ts', '.astro', '.css', '.yaml', '.yml', '.csv', '.txt']);
/** Characters code writes that the sources may not contain: d3-format's minus, typographic punctuation, spaces. */
const ALWAYS = '−–—‘’“”…•·×→←↑↓°′″№\u00a0\u2009\u202f';
/**
 * The OpenType features the pages use: what browsers apply by default (kerning, ligatures, marks,
 * local forms) and tabular figures (font-variant-numeric in tables). The rest (small caps, old-style
 * figures, alternates) would pull in glyphs no page shows.
 */
const FEATURES = ['kern', 'liga', 'clig', 'calt', 'rlig', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === join(ROOT, FONT_DIR)) continue;
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (TEXT_FILES.has(extname(name))) yield path;
  }
}

/** Every character the site's sources use, plus printable ASCII and ALWAYS, in code point order. */
export function siteCharacters(dirs = [join(ROOT, 'src')]): string {
  const found = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) found.add(c);
  const add = (text: string) => {
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      // Controls and private use never render as text.
      if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xe000 && code < 0xf900)) continue;
      // text-transform may change a letter's case.
      for (const variant of [ch, ch.toUpperCase(), ch.toLowerCase()]) if ([...variant].length === 1) found.add(variant.codePointAt(0)!);
    }
  };
  add(ALWAYS);
  for (const dir of dirs) for (const file of textFiles(dir)) add(readFileSync(file, 'utf8'));
  return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

type Metrics = LocalFont['metrics'];

const percent = (value: number) => `${Number((value * 100).toFixed(4))}%`;

/** The overrides that make `local` set text in the room `font` takes (Capsize's createFontStack). */
export function fallbackOverrides(font: Metrics, local: Metrics): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

/** The family name of a family's fallback, for the site's font stacks (global.css). */
export const fallbackName = (family: FontFamily) => `${family.name} fallback`;

function fontFaceCss(family: string, properties: Record<string, string | number>): string {
  return `@font-face {\n${Object.entries(properties)
    .map(([name, value]) => `  ${name}: ${value};\n`)
    .join('')}}\n`;
}

/** The @font-face rules of a face and of its fallback. */
async function faceCss(family: FontFamily, face: FontFace): Promise<string> {
  const metrics = await fromBuffer(readFileSync(require.resolve(face.source)));
  const local = face.weight >= 600 ? family.fallback.bold : face.style === 'italic' ? family.fallback.italic : family.fallback.regular;
  const common = { 'font-weight': face.weight, 'font-style': face.style };
  return [
    fontFaceCss(family.name, {
      'font-family': `'${family.name}'`,
      src: `url('./${relative(FONT_DIR, faceFile(family, face))}') format('woff2')`,
      ...common,
      'font-display': 'swap',
    }),
    fontFaceCss(fallbackName(family), {
      'font-family': `'${fallbackName(family)}'`,
      src: local.names.map((name) => `local('${name}')`).join(', '),
      ...common,
      ...fallbackOverrides(metrics, local.metrics),
    }),
  ].join('');
}

export async function writeFonts(): Promise<string[]> {
  const characters = siteCharacters();
  mkdirSync(join(ROOT, FONT_DIR), { recursive: true });
  const manifestFile = join(ROOT, FONT_DIR, 'manifest.json');
  const manifest: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const written: string[] = [];
  for (const family of FAMILIES) {
    for (const face of family.faces) {
      const file = faceFile(family, face);
      const source = readFileSync(require.resolve(face.source));
      const key = createHash('sha256').update(source).update(characters).update(FEATURES.join()).digest('hex');
      if (manifest[file] === key && existsSync(join(ROOT, file))) continue;
      writeFileSync(join(ROOT, file), await subsetFont(source, characters, { targetFormat: 'woff2', keepFeatures: FEATURES, noHinting: true }));
      manifest[file] = key;
      written.push(file);
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const rules = await Promise.all(FAMILIES.flatMap((family) => family.faces.map((face) => faceCss(family, face))));
  writeFileSync(join(ROOT, FONT_CSS), `/* Generated by npm run fonts (scripts/build-fonts.ts) from src/fonts/faces.ts: do not edit. */\n${rules.join('')}`);
  return written;
}

if (import.meta.main) {
  const written = await writeFonts();
  const sizes = FAMILIES.flatMap((family) => family.faces.map((face) => faceFile(family, face))).map((file) => `${relative(FONT_DIR, file)} ${(statSync(join(ROOT, file)).size / 1024).toFixed(1)} KB`);
  console.log(`fonts: ${written.length ? `wrote ${written.length}` : 'up to date'} (${siteCharacters().length} characters): ${sizes.join(', ')}`);
}
