import type { MapState } from './layout.ts';

/** The WebGL map, as the hand-over sees it (maplibre.ts implements it). */
export interface MapEngine {
  /** Shows the state; resolves once the map has drawn it. */
  show(state: MapState, options: { animate: boolean }): Promise<void>;
  /** Removes the map and frees its WebGL context. */
  destroy(): void;
}

/** What the engine reports after it has started. */
export interface EngineEvents {
  /** It cannot draw for now (the GPU dropped its WebGL context). */
  lost(): void;
  /** It can draw again. */
  restored(): void;
  /** It broke for good. */
  failed(error: unknown): void;
}

/**
 * Which map the reader sees: the SVG map until MapLibre has started and drawn the latest step
 * ('starting'), then MapLibre ('ready'); the SVG map again while the WebGL context is lost
 * ('lost'), and for good if MapLibre fails ('failed').
 */
export type MapPhase = 'idle' | 'starting' | 'ready' | 'lost' | 'failed';

export interface HandoverOptions<Prepared> {
  /** Loads what MapLibre needs whatever the figure's size (its code, the geodata). */
  prepare(): Promise<Prepared>;
  /**
   * Creates MapLibre in the figure showing `first`; resolves once its first frame is drawn. On
   * `signal`'s abort (the time limit) it removes what it made.
   */
  create(prepared: Prepared, first: MapState, events: EngineEvents, signal: AbortSignal): Promise<MapEngine>;
  /** Shows a state on the SVG map; resolves once drawn. */
  showSvg(state: MapState, animate: boolean): Promise<void>;
  /**
   * Keeps the SVG map (hidden under MapLibre but for its legend, and the printed map) in step
   * while MapLibre is on screen: whenever it costs the reader nothing.
   */
  followSvg(state: MapState): void;
  /** Resolves when heavy work will not interrupt the reader (not scrolling, browser idle). */
  whenStill(): Promise<void>;
  /** Whether the map is on screen now (MapLibre needs its size). */
  isShown(): boolean;
  onPhase(phase: MapPhase, reason?: string): void;
  /** How long MapLibre may take from creation to its first frame before the SVG map stays. */
  timeoutMs: number;
}

/** An error's name, for `data-map-fallback-reason` (e.g. GPUInitializationError without WebGL2). */
const reasonOf = (error: unknown) => (error instanceof Error ? error.name : 'Error');

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(Object.assign(new Error(`MapLibre did not draw its first frame within ${ms} ms`), { name: 'TimeoutError' }));
    }, ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * The map's engine as a small state machine: idle → starting → ready | failed (and ready ⇄ lost).
 * Whatever happens while MapLibre starts or runs, it converges on the latest step shown, and
 * `show` resolves once some map draws it: it never rejects.
 */
export function mapHandover<Prepared>(options: HandoverOptions<Prepared>) {
  const { prepare, create, showSvg, followSvg, whenStill, isShown, onPhase, timeoutMs } = options;
  let phase: MapPhase = 'idle';
  let latest: MapState | undefined;
  let engine: MapEngine | undefined;
  let contextLost = false;
  let shown: (() => void) | undefined;

  const enter = (next: MapPhase, reason?: string) => {
    phase = next;
    onPhase(next, reason);
  };

  /** Back to the SVG map for good, at the latest step. */
  const fail = async (error: unknown) => {
    if (phase === 'failed') return;
    engine?.destroy();
    engine = undefined;
    enter('failed', reasonOf(error));
    console.info('Map: showing the SVG map instead of the WebGL map.', error);
    if (latest) await showSvg(latest, false);
  };

  /** Shows the latest state on `target` until it stays the latest (the reader may move on meanwhile). */
  const converge = async (target: MapEngine) => {
    let drawn: MapState;
    do {
      drawn = latest!;
      await target.show(drawn, { animate: false });
    } while (drawn !== latest);
  };

  const events: EngineEvents = {
    lost() {
      contextLost = true;
      if (phase !== 'ready') return;
      enter('lost');
      if (latest) void showSvg(latest, false);
    },
    restored() {
      contextLost = false;
      if (phase !== 'lost' || !engine) return;
      converge(engine).then(() => {
        if (phase === 'lost' && !contextLost) enter('ready');
      }, fail);
    },
    failed: (error) => void fail(error),
  };

  /** Waits until the reader is still with the map on screen. */
  const stillAndShown = async () => {
    for (;;) {
      await whenStill();
      if (isShown()) return;
      await new Promise<void>((resolve) => (shown = resolve));
    }
  };

  async function start() {
    enter('starting');
    const controller = new AbortController();
    let created: Promise<MapEngine> | undefined;
    try {
      await whenStill();
      const prepared = await prepare();
      await stillAndShown();
      created = create(prepared, latest!, events, controller.signal);
      const started = await withTimeout(created, timeoutMs, () => controller.abort());
      await converge(started);
      if (phase !== 'starting') return started.destroy(); // it failed while drawing
      engine = started;
      enter(contextLost ? 'lost' : 'ready');
    } catch (error) {
      // One that arrives after all (past the time limit) is removed.
      void created?.then((late) => late.destroy(), () => {});
      await fail(error);
    }
  }

  return {
    get phase() {
      return phase;
    },
    async show(state: MapState, { animate }: { animate: boolean }): Promise<void> {
      latest = state;
      shown?.();
      if (phase === 'idle') void start();
      if (phase === 'ready' && engine) {
        followSvg(state);
        try {
          return await engine.show(state, { animate });
        } catch (error) {
          return fail(error);
        }
      }
      await showSvg(state, animate);
    },
  };
}
