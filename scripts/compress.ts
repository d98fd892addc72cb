/**
 * Precompresses a built site (`npm run build` runs it after the build; `node scripts/compress.ts [dir]`
 * on any build, default ASTRO_OUT_DIR or dist/): beside every text file it writes `<file>.br`, brotli at
 * its highest quality (11), and `<file>.gz`, gzip at level 9. Hosts that serve precompressed files send
 * these as they are (nginx's `brotli_static` and `gzip_static`, Caddy's `file_server { precompressed br
 * gzip }`, or as objects stored with their Content-Encoding). Brotli's highest quality is too slow to
 * apply per request, which is why it is done once here, and it is what brings the story's HTML under
 * the size one network round trip carries on a slow phone connection (README, "the performance
 * benchmark"). Runs on Node 22's type stripping: erasable TypeScript only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** What a host compresses: text. Images and fonts are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.xml', '.txt']);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (COMPRESSED_TYPES.has(extname(entry.name))) yield path;
  }
}

async function compress(file: string) {
  const body = readFileSync(file);
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipAsync(body, { level: 9 }),
  ]);
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
}

/** Compresses every text file under `dir`, a few at a time (zlib's work runs on libuv's thread pool). */
export async function compressSite(dir: string): Promise<number> {
  const queue = [...textFiles(resolve(dir))];
  const total = queue.length;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await compress(file);
  };
  await Promise.all(Array.from({ length: Math.max(2, cpus().length) }, worker));
  return total;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
  const started = performance.now();
  const count = await compressSite(dir);
  console.log(`compressed ${count} files in ${dir} (.br, .gz) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
