import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served from dist/. */
    origin: string;
  }
}

/** Builds the site as `npm run build` does (set SKIP_BUILD=1 to reuse dist/), then serves it. */
export default async function setup(project: TestProject) {
  if (!process.env.SKIP_BUILD) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const server = await serveStatic(process.env.ASTRO_OUT_DIR ?? 'dist');
  project.provide('origin', server.origin);
  return () => server.close();
}
