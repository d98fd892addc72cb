import { describe, expect, it } from 'vitest';
import { colorMix, expandFont, formatColor, parseRules, resolveCss } from '../../src/images/css.ts';

const classes = (...names: string[]) => new Set(names);

describe('the image stylesheet resolver', () => {
  it('reads top-level rules and leaves at-rule blocks out', () => {
    const rules = parseRules('/* c */ :root { --a: #fff; } @media (prefers-color-scheme: dark) { :root { --a: #000; } } .x, .y.z { fill: var(--a); }');
    expect(rules).toEqual([
      { selectors: [':root'], declarations: [['--a', '#fff']] },
      { selectors: ['.x', '.y.z'], declarations: [['fill', 'var(--a)']] },
    ]);
  });

  it('resolves custom properties of the light theme, nested and with fallbacks', () => {
    const css = resolveCss({
      tokens: [':root { --ink: #123456; --label: var(--ink); } @media screen { :root { --ink: #ffffff; } }'],
      rules: ['.a { fill: var(--label); stroke: var(--missing, var(--ink)); }'],
      classes: classes('a'),
    });
    expect(css).toBe('.a{fill:#123456;stroke:#123456}');
  });

  it("takes the figure's own custom properties from its scope, later rules winning", () => {
    const css = resolveCss({
      tokens: [":root { --land: #111111; }", ".figure[data-viz='map'] { --land: #222222; }", '.figure[data-viz="other"] { --land: #333333; }'],
      rules: ['.map-land { fill: var(--land); }'],
      scopes: [".figure[data-viz='map']"],
      classes: classes('map-land'),
    });
    expect(css).toBe('.map-land{fill:#222222}');
  });

  it('mixes colours in sRGB as CSS does, with transparency', () => {
    expect(formatColor(colorMix('in srgb, #0000ff 40%, #ffffff'))).toBe('#9999ff');
    expect(formatColor(colorMix('in srgb, #ff0000, #0000ff'))).toBe('#800080');
    expect(formatColor(colorMix('in srgb, #1d1d1f 8%, transparent'))).toBe('rgba(29, 29, 31, 0.08)');
    const css = resolveCss({ tokens: [':root { --a: #b54a00; }'], rules: ['.band { fill: rgb(213 94 0 / 0.12); stroke: color-mix(in srgb, var(--a) 50%, white); }'], classes: classes('band') });
    expect(css).toBe('.band{fill:rgba(213, 94, 0, 0.12);stroke:#daa580}');
  });

  it('writes the font shorthand, which resvg ignores, as longhands', () => {
    expect(expandFont("600 13px 'Inter Variable', sans-serif")).toEqual([
      ['font-style', 'normal'],
      ['font-weight', '600'],
      ['font-size', '13px'],
      ['font-family', "'Inter Variable', sans-serif"],
    ]);
    expect(expandFont('italic 12px/1.2 serif')).toEqual([
      ['font-style', 'italic'],
      ['font-weight', 'normal'],
      ['font-size', '12px'],
      ['font-family', 'serif'],
    ]);
  });

  it('keeps only class rules for classes the image uses', () => {
    const css = resolveCss({ tokens: [], rules: ['.a { fill: red; } .b { fill: blue; } .a.is-on { fill: green; } .wrap .a { fill: black; } .a:hover { fill: pink; }'], classes: classes('a') });
    expect(css).toBe('.a{fill:red}');
  });

  it('fails naming the rule and the declaration it cannot resolve', () => {
    expect(() => resolveCss({ tokens: [], rules: ['.a { fill: var(--nope); }'], classes: classes('a') })).toThrow('.a { fill: var(--nope) }: unknown custom property --nope');
    expect(() => resolveCss({ tokens: [], rules: ['.a { fill: color-mix(in oklch, red, blue); }'], classes: classes('a') })).toThrow(/^\.a \{ fill: .*only color-mix\(in srgb/);
  });
});
