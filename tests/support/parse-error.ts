import { parseDataFile } from '../../src/data/load.ts';

/** The build error a data or content file gets (one "path: message" per line), or '' when it parses. */
export function parseError(file: string, schema: Parameters<typeof parseDataFile>[1], raw: unknown): string {
  try {
    parseDataFile(file, schema, raw);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
