import { buildSitesOnce } from './site-build.ts';

/** The static checks' setup (tests/site/): they read the build output, built once for the run. */
export default () => buildSitesOnce();
