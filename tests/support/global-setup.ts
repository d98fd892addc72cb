import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';
import { buildSitesOnce } from './site-build.ts';
import { BUILD_DIR } from './site-pages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served from dist/. */
    origin: string;
  }
}

/** The end-to-end tests' setup: the site built once (site-build.ts), then served. */
export default async function setup(project: TestProject) {
  await buildSitesOnce();
  const server = await serveStatic(BUILD_DIR);
  project.provide('origin', server.origin);
  return () => server.close();
}
