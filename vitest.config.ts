import { defineConfig } from 'vitest/config';

/**
 * Five projects, their files two at a time (two workers, one per core). The site is built once, before
 * any (tests/support/site-build.ts), for the static checks and the browser tests alike.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some units are real work (images, the golden walks under jsdom), beside the type checks.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Type errors fail the suite: tsc over every .ts file, astro check over the components and pages.
          name: 'types',
          include: ['tests/types/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        test: {
          // The built pages as files: valid HTML, links that resolve, the Content-Security-Policy.
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the site once and serves it; see the file for what it provides to tests.
          globalSetup: ['tests/support/global-setup.ts'],
          // A limit, not a wait: a test that walks every page shares the machine with another file's.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // Two files at a time, one per core, each running its tests one after another (each with its
          // own Chromium): a page in Chromium waiting on the test leaves a core idle otherwise. With one
          // test running per worker, tests keep the global expect (expect.poll needs to know its test).
          maxConcurrency: 1,
          // What a test waits for in a page (an attribute, a frame) can take more than expect.poll's default
          // second on a busy machine: a longer limit, never a longer wait when it comes sooner.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
