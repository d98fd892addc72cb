import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapHandover, type EngineEvents, type MapEngine, type MapPhase } from '../../src/viz/map/handover.ts';
import type { MapState } from '../../src/viz/map/layout.ts';

/**
 * The hand-over between the SVG map and MapLibre, with MapLibre replaced by a scripted engine: the
 * test decides when it finishes starting, drawing, or fails.
 */

const state = (id: string): MapState => ({ camera: { center: [46.7, 39.8], zoom: 7, bearing: 0, pitch: 0 }, layers: [], highlight: [], labels: [id] }) as MapState;
const A = state('a');
const B = state('b');
const C = state('c');
const label = (s: MapState | undefined) => s?.labels[0];

/** A promise with its resolve and reject in hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function setup({ shown = true } = {}) {
  const svgDrawn: string[] = [];
  const svgFollowed: string[] = [];
  const engineDrawn: string[] = [];
  const phases: string[] = [];
  const created = deferred<MapEngine>();
  const still = { next: deferred() };
  let events: EngineEvents | undefined;
  let signal: AbortSignal | undefined;
  let firstState: MapState | undefined;
  let onScreen = shown;
  const engine = {
    destroyed: 0,
    /** When set, show() waits for it: a frame being drawn. */
    drawing: undefined as ReturnType<typeof deferred<void>> | undefined,
    failNext: undefined as Error | undefined,
    async show(s: MapState) {
      if (engine.failNext) throw engine.failNext;
      await engine.drawing?.promise;
      engineDrawn.push(label(s)!);
    },
    destroy() {
      engine.destroyed++;
    },
  };
  const handover = mapHandover({
    prepare: async () => 'prepared',
    create(prepared, first, given, abort) {
      expect(prepared).toBe('prepared');
      firstState = first;
      events = given;
      signal = abort;
      return created.promise;
    },
    async showSvg(s) {
      svgDrawn.push(label(s)!);
    },
    followSvg: (s) => svgFollowed.push(label(s)!),
    whenStill: () => still.next.promise,
    isShown: () => onScreen,
    onPhase: (phase: MapPhase, reason?: string) => phases.push(reason ? `${phase}:${reason}` : phase),
    timeoutMs: 5000,
  });
  return {
    handover,
    engine,
    svgDrawn,
    svgFollowed,
    engineDrawn,
    phases,
    created,
    events: () => events!,
    signal: () => signal!,
    firstState: () => firstState,
    /** The reader stops moving: every wait for stillness so far resolves. */
    beStill: async () => {
      still.next.resolve();
      await settle();
    },
    setShown: (on: boolean) => (onScreen = on),
    /** Where the hand-over stands: its last phase, the step each map drew last, how many engines it removed. */
    latest: () => ({ phase: phases.at(-1), svg: svgDrawn.at(-1), engine: engineDrawn.at(-1), destroyed: engine.destroyed }),
  };
}

/** Starts MapLibre and hands over to it (the reader still, the map on screen, the first frame drawn). */
async function ready(t: ReturnType<typeof setup>) {
  await t.handover.show(A, { animate: false });
  await t.beStill();
  t.created.resolve(t.engine);
  await settle();
  expect(t.handover.phase).toBe('ready');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the map hand-over', () => {
  it('shows the SVG map until MapLibre has drawn the step, then MapLibre', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    expect(t.svgDrawn).toEqual(['a']);
    expect(t.phases).toEqual(['starting']);
    await t.beStill();
    expect(t.firstState()).toBe(A);
    t.created.resolve(t.engine);
    await settle();
    expect(t.engineDrawn).toEqual(['a']);
    expect(t.phases).toEqual(['starting', 'ready']);

    // Under MapLibre the SVG map is only asked to follow, not drawn.
    await t.handover.show(B, { animate: true });
    expect(t.engineDrawn).toEqual(['a', 'b']);
    expect(t.svgDrawn).toEqual(['a']);
    expect(t.svgFollowed).toEqual(['b']);
  });

  it('starts MapLibre only once the reader is still', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await settle();
    expect(t.firstState()).toBeUndefined();
    await t.beStill();
    expect(t.firstState()).toBe(A);
  });

  it('creates MapLibre only while the map is on screen, at the step the story is at', async () => {
    const t = setup({ shown: false });
    await t.handover.show(A, { animate: false });
    await t.beStill();
    expect(t.firstState()).toBeUndefined();
    t.setShown(true);
    await t.handover.show(B, { animate: false });
    await settle();
    expect(t.firstState()).toBe(B);
  });

  it('converges on the latest step when steps change while MapLibre starts', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await t.beStill();
    await t.handover.show(B, { animate: true });
    await t.handover.show(C, { animate: true });
    expect(t.svgDrawn).toEqual(['a', 'b', 'c']);
    t.created.resolve(t.engine);
    await settle();
    expect(t.engineDrawn.at(-1)).toBe('c');
    expect(t.handover.phase).toBe('ready');
  });

  it('converges on the latest step when the step changes while MapLibre draws its first one', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await t.beStill();
    t.engine.drawing = deferred();
    t.created.resolve(t.engine);
    await settle();
    await t.handover.show(B, { animate: false });
    expect(t.handover.phase).toBe('starting');
    const drawing = t.engine.drawing;
    t.engine.drawing = undefined;
    drawing.resolve();
    await settle();
    expect(t.engineDrawn).toEqual(['a', 'b']);
    expect(t.phases.at(-1)).toBe('ready');
  });

  it('keeps the SVG map when MapLibre cannot start (no WebGL2), and the story goes on', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await t.beStill();
    t.created.reject(Object.assign(new Error('no WebGL2'), { name: 'GPUInitializationError' }));
    await settle();
    expect(t.phases).toEqual(['starting', 'failed:GPUInitializationError']);
    await t.handover.show(B, { animate: false });
    expect(t.svgDrawn.at(-1)).toBe('b');
  });

  it('gives MapLibre a time limit for its first frame, then removes it if it arrives late', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await t.beStill();
    await vi.advanceTimersByTimeAsync(4999);
    expect(t.handover.phase).toBe('starting');
    await t.handover.show(B, { animate: false });
    await vi.advanceTimersByTimeAsync(1);
    expect(t.latest()).toMatchObject({ phase: 'failed:TimeoutError', svg: 'b' });
    expect(t.signal().aborted).toBe(true);
    t.created.resolve(t.engine);
    await settle();
    expect(t.engine.destroyed).toBe(1);
    expect(t.engineDrawn).toEqual([]);
  });

  it('falls back to the SVG map at the current step when MapLibre fails to draw one, without rejecting', async () => {
    const t = setup();
    await ready(t);
    t.engine.failNext = new Error('broken');
    await expect(t.handover.show(B, { animate: true })).resolves.toBeUndefined();
    expect(t.latest()).toMatchObject({ phase: 'failed:Error', svg: 'b', destroyed: 1 });
    await t.handover.show(C, { animate: false });
    expect(t.svgDrawn.at(-1)).toBe('c');
  });

  it('falls back to the SVG map when MapLibre reports an error after it started', async () => {
    const t = setup();
    await ready(t);
    await t.handover.show(B, { animate: false });
    t.events().failed(new TypeError('style'));
    await settle();
    expect(t.latest()).toMatchObject({ phase: 'failed:TypeError', svg: 'b', destroyed: 1 });
  });

  it('shows the SVG map while the WebGL context is lost, and MapLibre at the latest step once restored', async () => {
    const t = setup();
    await ready(t);
    t.events().lost();
    expect(t.latest()).toMatchObject({ phase: 'lost', svg: 'a' });
    await t.handover.show(B, { animate: true });
    expect(t.svgDrawn.at(-1)).toBe('b');
    expect(t.engineDrawn).toEqual(['a']);
    t.events().restored();
    await settle();
    expect(t.latest()).toMatchObject({ phase: 'ready', engine: 'b', destroyed: 0 });
  });

  it('does not hand over to a MapLibre whose context was lost while it started', async () => {
    const t = setup();
    await t.handover.show(A, { animate: false });
    await t.beStill();
    t.events().lost();
    t.created.resolve(t.engine);
    await settle();
    expect(t.phases).toEqual(['starting', 'lost']);
    t.events().restored();
    await settle();
    expect(t.phases.at(-1)).toBe('ready');
  });
});
