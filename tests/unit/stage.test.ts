// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MountVisual, VisualContext } from '../../src/viz/client.ts';

/**
 * The stage (src/client/stage.ts) under jsdom, with scripted visuals in place of the real ones:
 * the test decides when a visual's module and data arrive and when it has drawn a state.
 */

/** A promise with its resolve in hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

interface Scripted {
  /** Resolves the visual's module import. */
  loaded: ReturnType<typeof deferred<void>>;
  mounts: { figure: HTMLElement; data: unknown }[];
  /** Every state shown, with its options, and the promise that finishes drawing it. */
  shows: { state: unknown; animate: boolean; drawn: ReturnType<typeof deferred<void>> }[];
}

const scripted: Record<string, Scripted> = {};
function script(viz: string): Scripted {
  const visual: Scripted = { loaded: deferred(), mounts: [], shows: [] };
  scripted[viz] = visual;
  return visual;
}

vi.mock('../../src/viz/client.ts', () => ({
  visualModules: new Proxy(
    {},
    {
      get: (_, viz: string) => async (): Promise<{ mount: MountVisual }> => {
        const visual = scripted[viz]!;
        await visual.loaded.promise;
        return {
          mount: (figure, data) => {
            visual.mounts.push({ figure, data });
            return {
              show(state, { animate }) {
                const drawn = deferred();
                visual.shows.push({ state, animate, drawn });
                return drawn.promise;
              },
            };
          },
        };
      },
    },
  ),
}));

const { createStage, specStage } = await import('../../src/client/stage.ts');

const context: VisualContext = { whenStill: () => Promise.resolve() };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let reducedMotion = false;
let fetched: string[] = [];
/** The story spec's response, held until the test lets it arrive. */
let specArrives = deferred();

function page(visualContext = context) {
  document.body.innerHTML = `
    <div data-stage>
      <figure data-viz="timeline" data-viz-data="/data/timeline.json"><p class="figure__alt"></p>
        <a data-image-template="/images/{step}-wide.png">Image of this view</a></figure>
      <figure data-viz="map" data-viz-data="/data/map.json"><p class="figure__alt"></p></figure>
      <p data-announcer></p>
    </div>`;
  return createStage(document.querySelector<HTMLElement>('[data-stage]')!, () => reducedMotion, visualContext);
}
const figure = (viz: string) => document.querySelector<HTMLElement>(`figure[data-viz="${viz}"]`)!;
const step = (id: string, viz: string) => ({ id, viz, state: { id }, alt: `What ${id} shows.` });
const spec = { steps: [step('a', 'map'), step('b', 'timeline'), step('c', 'timeline')] };

beforeEach(() => {
  reducedMotion = false;
  fetched = [];
  specArrives = deferred();
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    if (url === '/story.json') {
      await specArrives.promise;
      return new Response(JSON.stringify(spec));
    }
    return new Response(JSON.stringify({ from: url }));
  });
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});
afterEach(() => vi.unstubAllGlobals());

describe('the stage', () => {
  it('brings the step’s figure forward, says what it shows, and marks it shown once its visual has drawn the state', async () => {
    const stage = page();
    const timeline = script('timeline');
    timeline.loaded.resolve();
    const shown = stage.show(step('blockade', 'timeline'));
    expect(figure('timeline').classList.contains('is-active')).toBe(true);
    expect(figure('map').classList.contains('is-active')).toBe(false);
    expect(figure('timeline').querySelector('.figure__alt')!.textContent).toBe('What blockade shows.');
    expect(document.querySelector('[data-announcer]')!.textContent).toBe('What blockade shows.');
    expect(figure('timeline').querySelector('a')!.getAttribute('href')).toBe('/images/blockade-wide.png');

    await settle();
    expect(timeline.mounts).toEqual([{ figure: figure('timeline'), data: { from: '/data/timeline.json' } }]);
    expect(timeline.shows.map((s) => s.state)).toEqual([{ id: 'blockade' }]);
    expect(figure('timeline').dataset.vizStep).toBeUndefined();
    timeline.shows[0]!.drawn.resolve();
    await shown;
    expect(figure('timeline').dataset.vizStep).toBe('blockade');
  });

  it('animates a change within the figure on screen, not a switch of figures, and never for reduced motion', async () => {
    const stage = page();
    const timeline = script('timeline');
    const map = script('map');
    timeline.loaded.resolve();
    map.loaded.resolve();
    const draw = async (s: ReturnType<typeof step>) => {
      const shown = stage.show(s);
      await settle();
      scripted[s.viz]!.shows.at(-1)!.drawn.resolve();
      await shown;
      return scripted[s.viz]!.shows.at(-1)!.animate;
    };
    expect(await draw(step('a', 'timeline'))).toBe(false);
    expect(await draw(step('b', 'timeline'))).toBe(true);
    expect(await draw(step('c', 'map'))).toBe(false);
    expect(await draw(step('d', 'timeline'))).toBe(false);
    reducedMotion = true;
    expect(await draw(step('e', 'timeline'))).toBe(false);
    // One mount and one data request per visual, however many steps.
    expect([timeline.mounts.length, map.mounts.length]).toEqual([1, 1]);
    expect(fetched.sort()).toEqual(['/data/map.json', '/data/timeline.json']);
  });

  it('ends on the latest step when the reader moves on before a visual has loaded or drawn', async () => {
    const stage = page();
    const timeline = script('timeline');
    const map = script('map');
    const first = stage.show(step('slow', 'map'));
    const second = stage.show(step('next', 'timeline'));
    timeline.loaded.resolve();
    await settle();
    timeline.shows[0]!.drawn.resolve();
    await second;
    map.loaded.resolve();
    await first;
    // The map, loaded late, is mounted but not told to show a step the reader has left.
    expect(map.mounts).toHaveLength(1);
    expect(map.shows).toEqual([]);
    expect(figure('map').dataset.vizStep).toBeUndefined();
    expect(figure('timeline').dataset.vizStep).toBe('next');
    expect(figure('timeline').classList.contains('is-active')).toBe(true);

    // A draw that finishes after the reader has moved on does not mark its figure shown.
    const third = stage.show(step('third', 'timeline'));
    await settle();
    const fourth = stage.show(step('fourth', 'timeline'));
    await settle();
    timeline.shows[2]!.drawn.resolve();
    timeline.shows[1]!.drawn.resolve();
    await Promise.all([third, fourth]);
    expect(figure('timeline').dataset.vizStep).toBe('fourth');
  });

  it('mounts a visual ahead of its first step when asked, and ignores a step whose visual has no figure', async () => {
    const stage = page();
    const map = script('map');
    map.loaded.resolve();
    stage.ready(['map']);
    await settle();
    expect(map.mounts).toHaveLength(1);
    expect(map.shows).toEqual([]);
    await stage.show(step('nowhere', 'piechart'));
    expect(document.querySelectorAll('.is-active')).toHaveLength(0);
  });

  it('readies a visual ahead by downloading it, and lays it out only once the reader is still again', async () => {
    let still = deferred();
    const stage = page({ whenStill: () => still.promise });
    const map = script('map');
    map.loaded.resolve();
    stage.ready(['map']);
    await settle();
    expect(fetched).toEqual(['/data/map.json']);
    expect(map.mounts).toHaveLength(0);
    still.resolve();
    await settle();
    expect(map.mounts).toHaveLength(1);

    // Its step showing first (the reader got there while moving): laid out at once, and only once.
    still = deferred();
    const timeline = script('timeline');
    timeline.loaded.resolve();
    stage.ready(['timeline']);
    await settle();
    expect(timeline.mounts).toHaveLength(0);
    void stage.show(step('first', 'timeline'));
    await settle();
    expect(timeline.mounts).toHaveLength(1);
    expect(timeline.shows).toHaveLength(1);
    still.resolve();
    await settle();
    expect(timeline.mounts).toHaveLength(1);
    expect(fetched.filter((url) => url === '/data/timeline.json')).toHaveLength(1);
  });

  it('lays out the visuals it readies one at a time, each in a still moment of its own', async () => {
    const stills: ReturnType<typeof deferred<void>>[] = [];
    const stage = page({
      whenStill: () => {
        stills.push(deferred());
        return stills.at(-1)!.promise;
      },
    });
    const map = script('map');
    const timeline = script('timeline');
    map.loaded.resolve();
    timeline.loaded.resolve();
    void stage.ready(['map', 'timeline']);
    await settle();
    expect(fetched).toEqual(['/data/map.json', '/data/timeline.json']); // both downloads at once
    expect(stills).toHaveLength(1);
    stills[0]!.resolve();
    await settle();
    expect([map.mounts.length, timeline.mounts.length]).toEqual([1, 0]);
    expect(stills).toHaveLength(2); // the second waits for the reader to be still again
    stills[1]!.resolve();
    await settle();
    expect([map.mounts.length, timeline.mounts.length]).toEqual([1, 1]);
  });
});

describe('the story’s stage, by step id', () => {
  /** A page whose stage names its spec (data-story-spec), with both visuals loaded at once. */
  function specPage() {
    document.body.innerHTML = `
      <div data-stage><div data-story-spec="/story.json">
        <figure data-viz="map" data-viz-data="/data/map.json"><p class="figure__alt"></p></figure>
        <figure data-viz="timeline" data-viz-data="/data/timeline.json"><p class="figure__alt"></p></figure>
      </div></div>`;
    const [map, timeline] = [script('map'), script('timeline')];
    map.loaded.resolve();
    timeline.loaded.resolve();
    return { map, timeline, stage: specStage(document.querySelector<HTMLElement>('[data-stage]')!, context) };
  }

  it('fetches the spec once, and shows the steps asked for before it arrives in order, ending on the latest', async () => {
    const { map, timeline, stage } = specPage();
    stage.showStep('a');
    stage.showStep('b');
    await settle();
    expect(fetched).toEqual(['/story.json']);
    expect(document.querySelectorAll('.is-active')).toHaveLength(0);

    specArrives.resolve();
    await settle();
    expect(figure('timeline').classList.contains('is-active')).toBe(true);
    expect(figure('timeline').querySelector('.figure__alt')!.textContent).toBe('What b shows.');
    expect(timeline.shows.map((s) => s.state)).toEqual([{ id: 'b' }]);
    expect(map.shows).toEqual([]);
    timeline.shows[0]!.drawn.resolve();
    await settle();
    expect(figure('timeline').dataset.vizStep).toBe('b');

    stage.showStep('c');
    await settle();
    expect(timeline.shows.map((s) => s.state)).toEqual([{ id: 'b' }, { id: 'c' }]);
    expect(fetched.filter((url) => url === '/story.json')).toHaveLength(1);
  });

  it('readies the next steps’ visuals only once the step’s own visual has drawn it', async () => {
    const { map, stage } = specPage();
    specArrives.resolve();
    stage.showStep('a');
    await settle();
    expect(map.shows.map((s) => s.state)).toEqual([{ id: 'a' }]);
    expect(fetched).toEqual(['/story.json', '/data/map.json']);
    map.shows[0]!.drawn.resolve();
    await settle();
    expect(fetched).toEqual(['/story.json', '/data/map.json', '/data/timeline.json']);
  });
});
