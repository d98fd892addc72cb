import type { z } from 'astro/zod';

/**
 * Validates a data file at the boundary, failing with the file and the field that are wrong,
 * e.g. `src/data/timeline.json: [12].sources: needs at least one source`.
 */
export function parseDataFile<T extends z.ZodType>(file: string, schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new Error(`Invalid data in ${file}:\n${problems.join('\n')}`);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') || '(root)';
}
