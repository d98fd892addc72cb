/**
 * What the long tasks of a Chrome trace spend their time on: `node bench/trace-summary.ts <trace.json>`, or
 * printed by `npm run bench` when BENCH_TRACE names the file. Long tasks are the page's main-thread tasks over
 * 50 ms; where the trace has the reader-pace run's `bench:moving` measures, only the tasks that overlap one
 * count (what the "while moving" budget is about). Each task's time goes to the innermost event that spent
 * it, grouped into kinds: the compositor commit (the main thread waiting for the frame to be handed over,
 * which includes WebGL's work: in software, on SwiftShader, here), MapLibre's JavaScript, the site's own,
 * other JavaScript, style and layout, paint, garbage collection, the rest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

export interface LongTaskSummary {
  /** Whether only the tasks overlapping the reader's scrolls were counted. */
  whileMoving: boolean;
  longTasks: number;
  totalMs: number;
  /** Milliseconds of long-task time by kind, largest first. */
  byKind: Record<string, number>;
  /** The longest tasks, each with its largest kinds. */
  longest: { durationMs: number; byKind: Record<string, number> }[];
}

const LONG_TASK_US = 50_000;
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'RunMicrotasks', 'V8.Execute', 'v8.run', 'v8.compile']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'IntersectionObserverController::computeIntersections', 'PrePaint', 'Layerize', 'UpdateLayer']);

function scriptUrl(event: TraceEvent): string {
  const data = event.args?.data;
  return data?.url || data?.stackTrace?.[0]?.url || '';
}

/** The kind an event's own time counts as; script without a URL takes its caller's. */
function kindOf(event: TraceEvent, parent: string | undefined, siteOrigin: string | undefined): string {
  const { name } = event;
  if (name === 'Commit') return 'compositor commit';
  if (SCRIPT.has(name) || /^v8|^V8/.test(name)) {
    if (/GC|Scavenge|MarkCompact/i.test(name)) return 'garbage collection';
    const url = scriptUrl(event);
    if (/maplibre/i.test(url)) return 'MapLibre JavaScript';
    if (url && (!siteOrigin || url.startsWith(siteOrigin))) return "the site's JavaScript";
    if (parent?.endsWith('JavaScript')) return parent;
    return 'other JavaScript';
  }
  if (STYLE_LAYOUT.has(name)) return 'style and layout';
  if (name === 'Paint' || name === 'PaintImage' || name === 'RasterTask') return 'paint';
  if (/GC/.test(name)) return 'garbage collection';
  return parent ?? 'other';
}

function round(us: number) {
  return Math.round(us / 1000);
}

function sorted(counts: Map<string, number>, limit = Infinity): Record<string, number> {
  return Object.fromEntries(
    [...counts]
      .filter(([, us]) => round(us) > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([kind, us]) => [kind, round(us)]),
  );
}

export function summarizeLongTasks(path: string, siteOrigin?: string): LongTaskSummary {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  // The page's main thread: the renderer main thread with the most work.
  const perThread = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && threadNames.get(thread) === 'CrRendererMain') perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
  }
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error(`${path}: no renderer main thread in the trace`);
  const onMain = events
    .filter((e): e is TraceEvent & { dur: number } => e.ph === 'X' && `${e.pid}:${e.tid}` === main && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // The reader's scrolls, from the bench's `bench:moving` measures (async begin/end pairs).
  const moving: { start: number; end: number }[] = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'bench:moving' || !e.cat?.includes('user_timing')) continue;
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) moving.push({ start: open.get(key)!, end: e.ts });
  }

  const tasks: (TraceEvent & { dur: number })[] = [];
  for (const e of onMain) {
    if (!TASKS.has(e.name) || e.dur <= LONG_TASK_US) continue;
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue; // nested in a task already counted
    if (moving.length && !moving.some((m) => e.ts <= m.end && e.ts + e.dur >= m.start)) continue;
    tasks.push(e);
  }

  const total = new Map<string, number>();
  const perTask = tasks.map((task) => {
    const own = new Map<string, number>();
    const end = task.ts + task.dur;
    const stack: { end: number; kind: string }[] = [];
    const add = (kind: string, us: number) => own.set(kind, (own.get(kind) ?? 0) + us);
    add('other', task.dur);
    stack.push({ end, kind: 'other' });
    for (const e of onMain) {
      if (e.ts < task.ts || e === task) continue;
      if (e.ts >= end) break;
      if (e.ts + e.dur > end) continue;
      while (stack.length > 1 && e.ts >= stack.at(-1)!.end) stack.pop();
      const parent = stack.at(-1)!;
      const kind = kindOf(e, parent.kind === 'other' ? undefined : parent.kind, siteOrigin);
      add(parent.kind, -e.dur);
      add(kind, e.dur);
      stack.push({ end: e.ts + e.dur, kind });
    }
    for (const [kind, us] of own) total.set(kind, (total.get(kind) ?? 0) + us);
    return { durationMs: round(task.dur), byKind: sorted(own, 3) };
  });

  return {
    whileMoving: moving.length > 0,
    longTasks: tasks.length,
    totalMs: round(tasks.reduce((sum, t) => sum + t.dur, 0)),
    byKind: sorted(total),
    longest: perTask.sort((a, b) => b.durationMs - a.durationMs).slice(0, 5),
  };
}

export function printLongTaskSummary(summary: LongTaskSummary) {
  console.log(`\nLong tasks${summary.whileMoving ? ' while moving' : ''}: ${summary.longTasks}, ${summary.totalMs} ms in all. Where their time goes:`);
  for (const [kind, ms] of Object.entries(summary.byKind)) console.log(`  ${String(ms).padStart(6)} ms  ${Math.round((100 * ms) / summary.totalMs)} %  ${kind}`);
  console.log('The longest:');
  for (const task of summary.longest) console.log(`  ${task.durationMs} ms: ${Object.entries(task.byKind).map(([kind, ms]) => `${kind} ${ms}`).join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [path] = process.argv.slice(2);
  if (!path) throw new Error('usage: node bench/trace-summary.ts <trace.json>');
  printLongTaskSummary(summarizeLongTasks(path));
}
