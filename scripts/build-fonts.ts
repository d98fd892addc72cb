/**
 * The site's web fonts, cut down to the characters it uses. `npm run fonts` (run before every build,
 * dev server and test run) reads every text source under src/ (content, data, components, styles,
 * the generated geodata), adds printable ASCII and the typography that code produces (d3-format's
 * minus sign, dashes, quotes), and writes each face of src/fonts/faces.ts as WOFF2 to FONT_DIR with
 * harfbuzz's subsetter (subset-font), without hinting (screens smooth outlines themselves) and with
 * only the OpenType features the pages use: one file for its Latin cut and one for its Cyrillic cut.
 * A file is rewritten only when its characters or source change. It then writes FONT_CSS per script:
 * each cut's @font-face with its unicode-range, and (with the Latin cut, which every page loads) each
 * face's fallback: a local font resized (size-adjust and ascent, descent and line-gap overrides,
 * computed as Capsize does from the face's own metrics) to set text in the same room as the web font.
 * Runs on Node 22's type stripping: erasable TypeScript only, imports with .ts extensions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { FAMILIES, FONT_CSS, FONT_DIR, faceFile, scriptOf, type FontFace, type FontFamily, type FontScript, type LocalFont } from '../src/fonts/faces.ts';

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

/** A set of characters as a CSS unicode-range ("U+20-7E, U+A0, U+2013-2014"). */
export function unicodeRange(characters: string): string {
  const codes = [...new Set([...characters].map((ch) => ch.codePointAt(0)!))].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const code of codes) {
    const last = ranges.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/** The site's characters by script: each face is cut once per script (faces.ts). */
export function charactersByScript(characters = siteCharacters()): Record<FontScript, string> {
  const cuts: Record<FontScript, string> = { latin: '', cyrillic: '' };
  for (const ch of characters) cuts[scriptOf(ch)] += ch;
  return cuts;
}

/** The @font-face rule of a face's cut, limited to its characters (so a page fetches only the cuts its text needs). */
function cutCss(family: FontFamily, face: FontFace, script: FontScript, characters: string): string {
  return fontFaceCss(family.name, {
    'font-family': `'${family.name}'`,
    src: `url('./${relative(FONT_DIR, faceFile(family, face, script))}') format('woff2')`,
    'font-weight': face.weight,
    'font-style': face.style,
    'font-display': 'swap',
    'unicode-range': unicodeRange(characters),
  });
}

/** The @font-face rule of a face's fallback: a local font sized to take the web font's room. */
async function fallbackCss(family: FontFamily, face: FontFace): Promise<string> {
  const metrics = await fromBuffer(readFileSync(require.resolve(face.source)));
  const local = face.weight >= 600 ? family.fallback.bold : face.style === 'italic' ? family.fallback.italic : family.fallback.regular;
  return fontFaceCss(fallbackName(family), {
    'font-family': `'${fallbackName(family)}'`,
    src: local.names.map((name) => `local('${name}')`).join(', '),
    'font-weight': face.weight,
    'font-style': face.style,
    ...fallbackOverrides(metrics, local.metrics),
  });
}

export async function writeFonts(): Promise<string[]> {
  const cuts = charactersByScript();
  mkdirSync(join(ROOT, FONT_DIR), { recursive: true });
  const manifestFile = join(ROOT, FONT_DIR, 'manifest.json');
  const manifest: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const written: string[] = [];
  const scripts = Object.keys(cuts) as FontScript[];
  for (const family of FAMILIES) {
    for (const face of family.faces) {
      const source = readFileSync(require.resolve(face.source));
      for (const script of scripts) {
        const file = faceFile(family, face, script);
        const key = createHash('sha256').update(source).update(cuts[script]).update(FEATURES.join()).digest('hex');
        if (manifest[file] === key && existsSync(join(ROOT, file))) continue;
        writeFileSync(join(ROOT, file), await subsetFont(source, cuts[script], { targetFormat: 'woff2', keepFeatures: FEATURES, noHinting: true }));
        manifest[file] = key;
        written.push(file);
      }
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const faces = FAMILIES.flatMap((family) => family.faces.map((face) => ({ family, face })));
  const header = '/* Generated by npm run fonts (scripts/build-fonts.ts) from src/fonts/faces.ts: do not edit. */\n';
  // The fallbacks cover every script, so they go with the Latin cut that every page loads.
  const fallbacks = await Promise.all(faces.map(({ family, face }) => fallbackCss(family, face)));
  for (const script of scripts) {
    const rules = faces.map(({ family, face }) => cutCss(family, face, script, cuts[script]));
    writeFileSync(join(ROOT, FONT_CSS[script]), header + [...rules, ...(script === 'latin' ? fallbacks : [])].join(''));
  }
  return written;
}

if (import.meta.main) {
  const written = await writeFonts();
  const files = FAMILIES.flatMap((family) => family.faces.flatMap((face) => (['latin', 'cyrillic'] as const).map((script) => faceFile(family, face, script))));
  const sizes = files.map((file) => `${relative(FONT_DIR, file)} ${(statSync(join(ROOT, file)).size / 1024).toFixed(1)} KB`);
  console.log(`fonts: ${written.length ? `wrote ${written.length}` : 'up to date'} (${siteCharacters().length} characters): ${sizes.join(', ')}`);
}
