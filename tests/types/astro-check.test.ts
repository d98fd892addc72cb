import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

/** The .astro components and pages, type-checked by astro check (the .ts files are tsc.test.ts's: not checked twice). */
it('type-checks every Astro component and page (astro check)', async () => {
  // Vitest puts Vite's own variables (BASE_URL, MODE, ...) into process.env; Astro would take them over its config.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  const result = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check', '--tsconfig', 'tests/types/tsconfig.astro.json'], { env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } }).catch(
    (error: { stdout: string; code: number }) => error,
  );
  expect(result.stdout).toMatch(/- 0 errors\n- 0 warnings/);
});
