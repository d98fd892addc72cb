import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

/** Type errors are test failures: TypeScript strict over src/, tests/, scripts/ and bench/. */
it('type-checks every TypeScript file (tsc --noEmit)', async () => {
  const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']).catch((error: { stdout: string }) => error);
  expect(result.stdout).toBe('');
});
