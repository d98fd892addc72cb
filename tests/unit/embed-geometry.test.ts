import { describe, expect, it } from 'vitest';
import { stepAtLine } from '../../src/embed/frame/host-viewport.ts';
import { stickyOffset } from '../../src/embed/frame/sticky.ts';

describe('the step at the trigger line', () => {
  const tops = [1000, 1800, 2600, 4000];

  it('is none before the line reaches the first step', () => {
    expect(stepAtLine(tops, 999)).toBe(-1);
  });

  it('is the step the line has entered last, staying current across gaps', () => {
    expect(stepAtLine(tops, 1000)).toBe(0);
    expect(stepAtLine(tops, 1799)).toBe(0);
    expect(stepAtLine(tops, 2600)).toBe(2);
    expect(stepAtLine(tops, 3999)).toBe(2);
    expect(stepAtLine(tops, 99999)).toBe(3);
  });

  it('is none when there are no steps', () => {
    expect(stepAtLine([], 500)).toBe(-1);
  });
});

describe('sticky emulation', () => {
  // A 600px stage laid out at y=200 inside a container that ends at y=3000.
  const at = (bandTop: number) => stickyOffset({ bandTop, naturalTop: 200, height: 600, containerBottom: 3000 });

  it('leaves the stage in place until the viewport reaches it', () => {
    expect(at(-500)).toBe(0);
    expect(at(200)).toBe(0);
  });

  it('then keeps it at the top of the viewport', () => {
    expect(at(201)).toBe(1);
    expect(at(1500)).toBe(1300);
  });

  it('and lets it go at the end of its container', () => {
    expect(at(2400)).toBe(2200);
    expect(at(9000)).toBe(2200);
  });

  it('never moves a stage taller than its container', () => {
    expect(stickyOffset({ bandTop: 500, naturalTop: 0, height: 900, containerBottom: 800 })).toBe(0);
  });
});
