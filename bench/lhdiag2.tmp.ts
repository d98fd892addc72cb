import lighthouse from 'lighthouse';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';
const server = await serveStatic(process.env.DIST!, { gzip: true });
const port = 9335;
const browser = await launchBrowser({ args: [`--remote-debugging-port=${port}`] } as any);
for (const path of (process.env.PAGES ?? '/').split(',')) {
  const r = await lighthouse(`${server.origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  const m = (a['metrics'].details as any).items[0];
  console.log(path, 'FCP', Math.round(a['first-contentful-paint'].numericValue!), 'LCP', Math.round(a['largest-contentful-paint'].numericValue!), 'obsFCP', m.observedFirstContentfulPaint);
  const tasks = (a['main-thread-tasks'].details as any).items;
  let sum = 0;
  for (const t of tasks) { if (t.startTime < m.observedFirstContentfulPaint) { sum += t.duration; console.log('  task', Math.round(t.startTime), Math.round(t.duration)); } }
  console.log('  sum before FCP', Math.round(sum));
  const diag = (a['diagnostics'].details as any).items[0];
  console.log('  diag', JSON.stringify(diag));
  const br = (a['mainthread-work-breakdown'].details as any).items.map((i: any) => `${i.group}:${Math.round(i.duration)}`).join(' ');
  console.log('  breakdown', br);
}
await browser.close(); process.exit(0);
