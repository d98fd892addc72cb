import { defineConfig } from 'vitest/config';

/**
 * Five projects. Vitest runs the ones whose files may run side by side first (two workers, one per
 * core), then the browser tests one file at a time. The site is built once, before either
 * (tests/support/site-build.ts), for the static checks and the browser tests alike.
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One test file at a time: the machines have two cores. A file may run two tests at once
          // (describe.concurrent) where nothing is timed, such as the axe and page-walk gates.
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
