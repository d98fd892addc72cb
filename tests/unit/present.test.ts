// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keyAction, type KeyPress } from '../../src/present/keys.ts';
import { createStepper, type Stepper } from '../../src/present/stepper.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('the keys a presentation clicker sends', () => {
  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['n', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['p', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['.', 'blank'],
    ['b', 'blank'],
    ['f', 'fullscreen'],
    ['F5', 'start'],
  ])('%j means %s', (key, action) => {
    expect(keyAction(press(key))).toBe(action);
  });

  it('goes back with Shift+Space and starts full screen with Shift+F5', () => {
    expect(keyAction(press(' ', { shiftKey: true }))).toBe('previous');
    expect(keyAction(press('F5', { shiftKey: true }))).toBe('start');
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser, and other shifted or unknown keys alone', () => {
    for (const mods of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }]) {
      expect(keyAction(press('ArrowRight', mods))).toBeUndefined();
      expect(keyAction(press('F5', mods))).toBeUndefined();
    }
    expect(keyAction(press('ArrowRight', { shiftKey: true }))).toBeUndefined();
    expect(keyAction(press('N', { shiftKey: true }))).toBeUndefined();
    expect(keyAction(press('x'))).toBeUndefined();
  });
});

describe('the presentation stepper', () => {
  let stepper: Stepper | undefined;
  afterEach(() => {
    stepper?.destroy();
    history.replaceState(null, '', '/present/');
  });

  function setup(ids = ['a', 'b', 'c']) {
    document.body.innerHTML = `${ids.map((id) => `<div data-step="${id}" id="${id}"></div>`).join('')}<button data-prev></button><button data-next></button>`;
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const shown: string[] = [];
    const controls = { prev: document.querySelector<HTMLElement>('[data-prev]')!, next: document.querySelector<HTMLElement>('[data-next]')! };
    stepper = createStepper({ steps, controls, onStep: (id) => shown.push(id) });
    const current = () => steps.filter((s) => s.getAttribute('aria-current') === 'step').map((s) => s.dataset.step);
    return { stepper, shown, current, controls };
  }

  it('shows the first step, one at a time, and moves within the story', () => {
    const { stepper, shown, current, controls } = setup();
    expect(current()).toEqual(['a']);
    expect(controls.prev.getAttribute('aria-disabled')).toBe('true');
    stepper.move(1);
    stepper.move(1);
    stepper.move(1);
    expect(current()).toEqual(['c']);
    expect(controls.next.getAttribute('aria-disabled')).toBe('true');
    stepper.goTo(-4);
    expect(current()).toEqual(['a']);
    expect(shown).toEqual(['a', 'b', 'c', 'a']);
  });

  it('moves with the Previous and Next buttons', () => {
    const { current, controls } = setup();
    controls.next.click();
    controls.next.click();
    controls.prev.click();
    expect(current()).toEqual(['b']);
  });

  it('opens at the step in the address, follows the address, and writes it once the reader moves', () => {
    history.replaceState(null, '', '/present/?notes#b');
    const { stepper, current } = setup();
    expect(current()).toEqual(['b']);
    stepper.move(1);
    expect(location.hash).toBe('#c');
    expect(location.search).toBe('?notes');
    location.hash = 'a';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(current()).toEqual(['a']);
    expect(stepper.open('nowhere')).toBe(false);
    expect(current()).toEqual(['a']);
  });

  it('leaves the address alone on the first step shown, so the browser does not focus it', () => {
    setup();
    expect(location.hash).toBe('');
  });
});
