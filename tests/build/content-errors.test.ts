import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    try {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    } catch {
      // Not every project has every folder.
    }
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

const FILE = 'src/content/story/01-the-current-situation.md';

describe('npm run build refuses a broken story', () => {
  it('names the file and the step when a step uses an unknown visual', async () => {
    const { failed, output } = await buildWith(FILE, (t) => t.replace(/(- id: separatists-charge\n\s+viz:) \w+/, '$1 piechart'));
    expect(failed).toBe(true);
    expect(output).toContain('01-the-current-situation.md');
    expect(output).toContain('step "separatists-charge": unknown visual "piechart"');
  });

  it('names the file, the step and the field when a state value is out of range', async () => {
    const { failed, output } = await buildWith(FILE, (t) => t.replace('{ from: 2023-09-10, to: 2023-09-25,', '{ from: 2023-09-25, to: 2023-09-10,'));
    expect(failed).toBe(true);
    expect(output).toContain('01-the-current-situation.md');
    expect(output).toMatch(/steps\.4\.state\.to.*step "separatists-charge": \(timeline\) must be after from/s);
  });

  it('names both files when two sections use the same step id', async () => {
    const { failed, output } = await buildWith('src/content/story/02-the-international-response.md', (t) => t.replace('- id: us-concern', '- id: offensive'));
    expect(failed).toBe(true);
    expect(output).toMatch(/Duplicate step id "offensive" in .*02-the-international-response\.md \(already used in .*01-the-current-situation\.md\)/);
  });
});
