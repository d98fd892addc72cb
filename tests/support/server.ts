import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Types a host would compress (fonts and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** How a host compresses text: not at all, gzip per request, or the build's precompressed files (scripts/compress.ts). */
export type Compression = 'none' | 'gzip' | 'precompressed';

/**
 * Serves a built site (dist/) the way a static host does: directory index.html, 404 otherwise.
 * `base` mounts the site under a sub-path, as a newsroom hosting its own copy would. `compress` as a
 * production host does (the benchmark measures what readers download): 'gzip' compresses text per
 * request; 'precompressed' sends the build's `.br` or `.gz` beside a file when the browser accepts that
 * encoding (nginx's brotli_static and gzip_static), else gzip per request.
 */
export async function serveStatic(
  root: string,
  { port = 0, host = '127.0.0.1', base = '/', compress = 'none' as Compression } = {},
): Promise<StaticServer> {
  const dir = resolve(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = (encoding: string) => new RegExp(`\\b${encoding}\\b`).test(String(req.headers['accept-encoding']));
    if (compress !== 'none' && COMPRESSIBLE.test(type)) {
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
        if (compress === 'precompressed' && accepts(encoding) && existsSync(file + suffix)) {
          res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
          createReadStream(file + suffix).pipe(res);
          return;
        }
      }
      if (accepts('gzip')) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return listen(server, port, host);
}

async function listen(server: Server, port: number, host: string): Promise<StaticServer> {
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${actual}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function notFound(res: import('node:http').ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

/** A page or script served by `serveFiles`. */
export interface ServedFile {
  body: string | Buffer;
  type: string;
}

/**
 * Serves fixed files by path, e.g. a host page that embeds the site from another origin
 * (pass another loopback address as `host`, such as 127.0.0.2, for a second origin).
 */
export async function serveFiles(files: Record<string, ServedFile>, { port = 0, host = '127.0.0.1' } = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return notFound(res);
    res.writeHead(200, { 'content-type': file.type });
    res.end(file.body);
  });
  return listen(server, port, host);
}
