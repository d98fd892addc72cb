import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * /embed.js: the loader (src/embed/host/embed.ts and loader.ts) bundled into one small classic script, at a stable
 * URL that hosts load with a single <script> tag. Built with the site (the project root is the
 * working directory of `astro build`).
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [resolve('src/embed/host/embed.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
