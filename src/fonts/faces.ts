/**
 * The site's web fonts, defined once. Each face is a TrueType file from npm (SIL Open Font
 * License); `npm run fonts` (scripts/build-fonts.ts, before every build) cuts each down to the
 * characters the site's sources use, writes it to FONT_DIR as WOFF2, and writes FONT_CSS: the
 * @font-face rules, and for each face a local fallback resized to take the same room, so text
 * paints at once and the swap to the web font moves nothing.
 */
export interface FontFace {
  /** The TrueType file, as a package path. */
  source: string;
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
}

/** A system font the fallback can be drawn in, with the metrics its size is matched against. */
export interface LocalFont {
  /** Full names for local(): metric-compatible clones first (a Linux lookup of a missing name returns some other font). */
  names: string[];
  metrics: { ascent: number; descent: number; lineGap: number; unitsPerEm: number; xWidthAvg: number };
}

export interface FontFamily {
  name: string;
  generic: 'serif' | 'sans-serif';
  faces: FontFace[];
  /** Regular and bold local fonts for the fallback (a face of weight 600 or more takes the bold one). */
  fallback: { regular: LocalFont; bold: LocalFont; italic: LocalFont };
}

/** Where `npm run fonts` writes the cut-down faces and their CSS (generated, not committed). */
export const FONT_DIR = 'src/fonts/generated';

/**
 * Each face is cut in two: its Latin cut (everything but Cyrillic), which every page loads, and its
 * Cyrillic cut, in files and CSS of their own that only pages in a Cyrillic-script language link
 * (src/layouts/Page.astro), so English pages stay as small as they were.
 */
export type FontScript = 'latin' | 'cyrillic';
/** Cyrillic letters: the Cyrillic block, its Supplement and Extended-A, -B and -C. */
const CYRILLIC = /[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]/u;
export const scriptOf = (character: string): FontScript => (CYRILLIC.test(character) ? 'cyrillic' : 'latin');
export const FONT_CSS: Record<FontScript, string> = { latin: `${FONT_DIR}/fonts.css`, cyrillic: `${FONT_DIR}/fonts-cyrillic.css` };

/** A face from an @expo-google-fonts package, whose folders and files are named by weight and style ("600SemiBold", "400Regular_Italic"). */
const WEIGHT_NAMES = { 400: 'Regular', 600: 'SemiBold', 700: 'Bold' } as const;
function expoFace(pkg: string, file: string, weight: FontFace['weight'], style: FontFace['style'] = 'normal'): FontFace {
  const variant = `${weight}${WEIGHT_NAMES[weight]}${style === 'italic' ? '_Italic' : ''}`;
  return { source: `@expo-google-fonts/${pkg}/${variant}/${file}_${variant}.ttf`, weight, style };
}

/**
 * The local fallbacks of one design: each family's full names ("Tinos", "Tinos Italic", "Tinos Bold"),
 * then the design's PostScript name (macOS).
 */
function localFallback(families: string[], postScript: Record<keyof FontFamily['fallback'], string>, metrics: LocalFont['metrics'], boldMetrics: LocalFont['metrics']): FontFamily['fallback'] {
  const names = (suffix: string, postScriptName: string) => [...families.map((family) => `${family}${suffix}`), postScriptName];
  return {
    regular: { names: names('', postScript.regular), metrics },
    italic: { names: names(' Italic', postScript.italic), metrics },
    bold: { names: names(' Bold', postScript.bold), metrics: boldMetrics },
  };
}

// Metrics of Times New Roman and Arial (as Capsize and Astro list them), which Liberation and
// Croscore's Tinos and Arimo copy.
const TIMES = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
const ARIAL = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };

export const FAMILIES: FontFamily[] = [
  {
    name: 'Source Serif 4',
    generic: 'serif',
    faces: [expoFace('source-serif-4', 'SourceSerif4', 400), expoFace('source-serif-4', 'SourceSerif4', 400, 'italic'), expoFace('source-serif-4', 'SourceSerif4', 600)],
    fallback: localFallback(
      ['Liberation Serif', 'Tinos', 'Times New Roman'],
      { regular: 'TimesNewRomanPSMT', italic: 'TimesNewRomanPS-ItalicMT', bold: 'TimesNewRomanPS-BoldMT' },
      TIMES,
      { ...TIMES, xWidthAvg: 886 },
    ),
  },
  {
    name: 'Inter',
    generic: 'sans-serif',
    faces: [expoFace('inter', 'Inter', 400), expoFace('inter', 'Inter', 400, 'italic'), expoFace('inter', 'Inter', 600), expoFace('inter', 'Inter', 700)],
    fallback: localFallback(
      ['Liberation Sans', 'Arimo', 'Arial'],
      { regular: 'ArialMT', italic: 'Arial-ItalicMT', bold: 'Arial-BoldMT' },
      ARIAL,
      { ...ARIAL, xWidthAvg: 983 },
    ),
  },
];

/** The generated file of a face's cut, relative to the project root. */
export function faceFile(family: FontFamily, face: FontFace, script: FontScript = 'latin'): string {
  return `${FONT_DIR}/${family.name.toLowerCase().replaceAll(' ', '-')}-${face.weight}-${face.style}${script === 'latin' ? '' : `-${script}`}.woff2`;
}
