// subset-font 2.9 ships no types, and @types/subset-font (2.3) predates the options used here.
declare module 'subset-font' {
  export interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType feature tags to keep (all when absent). */
    keepFeatures?: string[];
    /** Drop TrueType hinting instructions. */
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
