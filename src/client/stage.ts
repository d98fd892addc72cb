import { visualModules, type MountVisual, type VisualContext, type VisualInstance } from '../viz/client.ts';

export interface StepSpec {
  id: string;
  viz: string;
  state: unknown;
  alt: string;
}

/** The data a figure's visual is laid out from (its data-viz-data address). */
async function visualData(figure: HTMLElement): Promise<unknown> {
  const response = await fetch(figure.dataset.vizData!);
  if (!response.ok) throw new Error(`Visual data: ${response.status} for ${response.url}`);
  return response.json();
}

/**
 * The stage: the sticky area holding one figure per visual. Showing a step brings its figure
 * forward, hands the visual its state, then marks the figure with data-viz-step (the public
 * contract) and announces what it now shows.
 */
export function createStage(root: HTMLElement, prefersReducedMotion: () => boolean, context: VisualContext) {
  const figures = new Map([...root.querySelectorAll<HTMLElement>('figure[data-viz]')].map((f) => [f.dataset.viz!, f]));
  const announcer = root.querySelector<HTMLElement>('[data-announcer]');
  const downloads = new Map<string, Promise<[{ mount: MountVisual }, unknown]>>();
  const instances = new Map<string, Promise<VisualInstance>>();
  let latest: StepSpec | undefined;

  /** A visual's code and data. */
  function download(viz: string) {
    let found = downloads.get(viz);
    if (!found) {
      found = Promise.all([visualModules[viz]!(), visualData(figures.get(viz)!)]);
      downloads.set(viz, found);
    }
    return found;
  }

  /** A visual mounted in its figure (its first layout). */
  function instance(viz: string): Promise<VisualInstance> {
    let found = instances.get(viz);
    if (!found) {
      found = download(viz).then(([{ mount }, data]) => mount(figures.get(viz)!, data, context));
      instances.set(viz, found);
    }
    return found;
  }

  async function show(step: StepSpec) {
    latest = step;
    const figure = figures.get(step.viz);
    if (!figure) return;
    const switching = !figure.classList.contains('is-active');
    for (const f of figures.values()) f.classList.toggle('is-active', f === figure);
    const alt = figure.querySelector('.figure__alt');
    if (alt) alt.textContent = step.alt;
    // Its image downloads: in the figure, or in the "About this graphic" it points to (the story's are after its steps).
    const about = document.getElementById(figure.getAttribute('aria-details') ?? '') ?? figure;
    for (const link of about.querySelectorAll<HTMLAnchorElement>('a[data-image-template]')) link.href = link.dataset.imageTemplate!.replace('{step}', step.id);
    if (announcer) announcer.textContent = step.alt;

    const visual = await instance(step.viz);
    if (latest !== step) return; // the reader has already moved on
    await visual.show(step.state, { animate: !switching && !prefersReducedMotion() });
    if (latest === step) figure.dataset.vizStep = step.id;
  }

  /**
   * Readies visuals ahead of their steps: downloads them all at once, then lays them out one at a time, each
   * when the reader is still again (the downloads may end as the reader moves on; a first layout can take a
   * phone 100 ms, and two in one pause could still be running when the reader scrolls on), unless its step
   * shows first. Best effort: a visual that fails to load says so when its step shows.
   */
  async function ready(vizs: string[]) {
    const loads = vizs.map((viz) => download(viz).catch(() => undefined));
    for (const [i, viz] of vizs.entries()) {
      if (!(await loads[i])) continue;
      await context.whenStill();
      await instance(viz).catch(() => {});
    }
  }
  return { show, ready };
}

/** How many steps ahead the stage readies its visuals (code, data) while the reader reads. */
const READY_AHEAD = 2;

/**
 * The stage of a page that drives the whole story (the figures' data-story-spec: each step's visual, state
 * and description), shown by step id: what the scroll engine and the presentation stepper both drive.
 * Once a step's visual shows it, the next steps' visuals are readied when the reader is still, so no
 * visual first loads mid-move. The spec is fetched as the stage starts; steps shown before it arrives
 * wait for it, in order.
 */
export function specStage(stageEl: HTMLElement, context: VisualContext) {
  const spec = fetchSpec(stageEl.querySelector<HTMLElement>('[data-story-spec]')!.dataset.storySpec!);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const stage = createStage(stageEl, () => reducedMotion.matches, context);
  const showStep = (id: string) => {
    void spec.then(({ steps, byId }) => {
      const { step, index } = byId.get(id)!;
      const ahead = [...new Set(steps.slice(index + 1, index + 1 + READY_AHEAD).map((s) => s.viz))];
      // The step's own visual comes first (the map's MapLibre starts in the reader's first still moment), then the next steps'.
      void stage.show(step).then(() => context.whenStill()).then(() => stage.ready(ahead));
    });
  };
  return { showStep, prefersReducedMotion: () => reducedMotion.matches };
}

async function fetchSpec(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Story spec: ${response.status} for ${response.url}`);
  const { steps } = (await response.json()) as { steps: StepSpec[] };
  return { steps, byId: new Map(steps.map((step, index) => [step.id, { step, index }])) };
}
