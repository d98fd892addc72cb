import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const workdirs: string[] = [];
afterAll(() => workdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the project (sharing node_modules), applies `edit` to one content file and runs `npm run build`. */
async function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
  workdirs.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts', 'data']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    await run('npm', ['run', '--silent', 'build'], { cwd: dir, env: { ...process.env, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') } });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

/**
 * One full build proves the wiring: the content collection runs the story's schema and the build stops
 * with its message. What the schema checks, and how each message reads, is tested without a build in
 * tests/unit/story-schema.test.ts.
 */
describe('npm run build refuses a broken story', () => {
  it('names the file, the step and the field', async () => {
    const file = `src/content/story/en/${readdirSync(join(root, 'src/content/story/en')).filter((name) => name.endsWith('.md')).sort()[0]}`;
    const step = /- id: (\S+)\n\s+viz: \S+/.exec(readFileSync(join(root, file), 'utf8'))!;
    const { failed, output } = await buildWith(file, (text) => text.replace(step[0], step[0].replace(/viz: \S+$/, 'viz: piechart')));
    expect(failed).toBe(true);
    expect(output).toContain(basename(file));
    expect(output).toMatch(new RegExp(`steps\\.\\d+\\.viz.*step "${step[1]}": unknown visual "piechart"`, 's'));
  });
});
