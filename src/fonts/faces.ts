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
export const FONT_CSS = `${FONT_DIR}/fonts.css`;

// Metrics of Times New Roman and Arial (as Capsize and Astro list them), which Liberation and
// Croscore's Tinos and Arimo copy.
const TIMES = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
const TIMES_BOLD = { ...TIMES, xWidthAvg: 886 };
const ARIAL = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
const ARIAL_BOLD = { ...ARIAL, xWidthAvg: 983 };

export const FAMILIES: FontFamily[] = [
  {
    name: 'Source Serif 4',
    generic: 'serif',
    faces: [
      { source: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf', weight: 400, style: 'normal' },
      { source: '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf', weight: 400, style: 'italic' },
      { source: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf', weight: 600, style: 'normal' },
    ],
    fallback: {
      regular: { names: ['Liberation Serif', 'Tinos', 'Times New Roman', 'TimesNewRomanPSMT'], metrics: TIMES },
      italic: { names: ['Liberation Serif Italic', 'Tinos Italic', 'Times New Roman Italic', 'TimesNewRomanPS-ItalicMT'], metrics: TIMES },
      bold: { names: ['Liberation Serif Bold', 'Tinos Bold', 'Times New Roman Bold', 'TimesNewRomanPS-BoldMT'], metrics: TIMES_BOLD },
    },
  },
  {
    name: 'Inter',
    generic: 'sans-serif',
    faces: [
      { source: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', weight: 400, style: 'normal' },
      { source: '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf', weight: 400, style: 'italic' },
      { source: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf', weight: 600, style: 'normal' },
      { source: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf', weight: 700, style: 'normal' },
    ],
    fallback: {
      regular: { names: ['Liberation Sans', 'Arimo', 'Arial', 'ArialMT'], metrics: ARIAL },
      italic: { names: ['Liberation Sans Italic', 'Arimo Italic', 'Arial Italic', 'Arial-ItalicMT'], metrics: ARIAL },
      bold: { names: ['Liberation Sans Bold', 'Arimo Bold', 'Arial Bold', 'Arial-BoldMT'], metrics: ARIAL_BOLD },
    },
  },
];

/** The generated file of a face, relative to the project root. */
export function faceFile(family: FontFamily, face: FontFace): string {
  return `${FONT_DIR}/${family.name.toLowerCase().replaceAll(' ', '-')}-${face.weight}-${face.style}.woff2`;
}
