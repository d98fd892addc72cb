import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressSite } from '../../scripts/compress.ts';
import { serveStatic, type Compression } from '../support/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'compress-'));
const html = `<!doctype html><title>Story</title>${'<p>The corridor, the road, the people. '.repeat(200)}`;

beforeAll(async () => {
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'data', 'steps.json'), JSON.stringify({ steps: ['a', 'b'] }));
  writeFileSync(join(dir, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await compressSite(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build, precompressed (scripts/compress.ts)', () => {
  it('writes brotli and gzip copies beside each text file that decompress to it, and none for images', () => {
    for (const file of ['index.html', 'data/steps.json']) {
      const original = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
    }
    expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(readFileSync(join(dir, 'index.html.gz')).length);
    expect(existsSync(join(dir, 'card.png.br'))).toBe(false);
  });

  it('does not compress its own output when run again', async () => {
    await compressSite(dir);
    expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
    expect(existsSync(join(dir, 'index.html.gz.br'))).toBe(false);
  });
});

describe('a host serving the build', () => {
  /** The encoding a page arrives in, and its text once decoded (fetch decodes it). */
  async function load(compress: Compression, acceptEncoding: string) {
    const server = await serveStatic(dir, { compress });
    try {
      const response = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': acceptEncoding } });
      return { encoding: response.headers.get('content-encoding'), text: await response.text() };
    } finally {
      await server.close();
    }
  }

  it('sends the precompressed file the browser accepts, brotli first, else gzips per request', async () => {
    expect(await load('precompressed', 'gzip, deflate, br, zstd')).toEqual({ encoding: 'br', text: html });
    expect(await load('precompressed', 'gzip, deflate')).toEqual({ encoding: 'gzip', text: html });
    expect(await load('gzip', 'gzip, deflate, br')).toEqual({ encoding: 'gzip', text: html });
    expect(await load('none', 'gzip, deflate, br')).toEqual({ encoding: null, text: html });
  });
});
