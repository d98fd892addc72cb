/**
 * The site's own CSS, made readable by the build-time image renderer (resvg), so images match the site.
 *
 * resvg reads a plain <style>: class selectors and longhand properties. It does not understand custom
 * properties (`var(--ink)` becomes black), `color-mix()`, the `font:` shorthand or at-rules. This resolves
 * them from the stylesheets the site ships: the light theme's tokens (rules outside any @media, the first
 * colour of each light-dark() pair) and the visual's own rules, with every value made plain.
 */

export interface CssRule {
  selectors: string[];
  declarations: [property: string, value: string][];
}

/** A stylesheet's top-level style rules, in order; at-rule blocks (@media, @supports, @font-face…) are left out. */
export function parseRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const semicolon = text.indexOf(';', at);
    // A statement at-rule (@import …;) has no block.
    if (semicolon !== -1 && (open === -1 || semicolon < open)) {
      at = semicolon + 1;
      continue;
    }
    if (open === -1) break;
    const close = matchingBrace(text, open);
    const prelude = text.slice(at, open).trim();
    if (!prelude.startsWith('@')) {
      rules.push({
        selectors: splitTopLevel(prelude, ',').map((s) => s.replace(/\s+/g, ' ').trim()),
        declarations: splitTopLevel(text.slice(open + 1, close), ';').flatMap((declaration) => {
          const colon = declaration.indexOf(':');
          return colon === -1 ? [] : [[declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [string, string]];
        }),
      });
    }
    at = close + 1;
  }
  return rules;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces after "${text.slice(Math.max(0, open - 40), open + 1)}"`);
}

/** Splits on a separator outside parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The custom properties set by rules whose selector applies to the image (later rules win, as in the cascade). */
export function customProperties(rules: CssRule[], appliesToImage: (selector: string) => boolean): Map<string, string> {
  const properties = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.selectors.some(appliesToImage)) continue;
    for (const [property, value] of rule.declarations) if (property.startsWith('--')) properties.set(property, value);
  }
  return properties;
}

/** Substitutes `var(--x, fallback)` until none is left; an unknown property without a fallback is an error. */
export function substituteVariables(value: string, properties: Map<string, string>, seen: string[] = []): string {
  return replaceFunction(value, 'var', (args) => {
    const [name, ...fallback] = splitTopLevel(args, ',');
    if (!name) throw new Error(`empty var() in "${value}"`);
    if (seen.includes(name)) throw new Error(`custom property ${name} refers to itself (${[...seen, name].join(' → ')})`);
    const found = properties.get(name) ?? (fallback.length ? fallback.join(', ') : undefined);
    if (found === undefined) throw new Error(`unknown custom property ${name}`);
    return substituteVariables(found, properties, [...seen, name]);
  });
}

/** Replaces each call of a CSS function (innermost first is not needed: `fn` gets its raw arguments). */
function replaceFunction(value: string, name: string, fn: (args: string) => string): string {
  const pattern = new RegExp(`(?<![\\w-])${name}\\(`, 'g');
  let out = '';
  let at = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    if (match.index < at) continue;
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = open;
    for (; close < value.length; close++) {
      if (value[close] === '(') depth++;
      else if (value[close] === ')' && --depth === 0) break;
    }
    if (close >= value.length) throw new Error(`unbalanced parentheses in "${value}"`);
    out += value.slice(at, match.index) + fn(value.slice(open + 1, close));
    at = close + 1;
    pattern.lastIndex = at;
  }
  return out + value.slice(at);
}

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
};

export function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const named = NAMED[value];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const [r, g, b, a = 255] = (hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!).map((d) => parseInt(d, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const rgb = /^rgba?\((.*)\)$/.exec(value)?.[1];
  if (rgb) {
    const [channels, alpha] = rgb.includes('/') ? rgb.split('/') : [rgb.split(',').slice(0, 3).join(' '), rgb.split(',')[3]];
    const [r, g, b] = channels!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((c) => (c.endsWith('%') ? (parseFloat(c) / 100) * 255 : parseFloat(c)));
    const a = alpha === undefined ? 1 : alpha.trim().endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
    if ([r, g, b, a].every((n) => n !== undefined && Number.isFinite(n))) return { r: r!, g: g!, b: b!, a };
  }
  throw new Error(`unsupported colour "${text}" (use #hex, rgb(), transparent, or color-mix() in srgb of those)`);
}

/** CSS Color 5 color-mix() in sRGB: percentages default to the rest of 100 %, channels mixed premultiplied by alpha. */
export function colorMix(args: string): Rgba {
  const [space, ...colors] = splitTopLevel(args, ',');
  if (space !== 'in srgb' || colors.length !== 2) throw new Error(`only color-mix(in srgb, a, b) is supported, not color-mix(${args})`);
  const stops = colors.map((c) => {
    const match = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(c)!;
    return { color: parseColor(match[1]!), percent: match[2] === undefined ? undefined : Number(match[2]) };
  });
  const [first, second] = stops as [(typeof stops)[0], (typeof stops)[0]];
  const p1 = first.percent ?? (second.percent === undefined ? 50 : 100 - second.percent);
  const p2 = second.percent ?? 100 - p1;
  const w1 = p1 / (p1 + p2);
  const w2 = 1 - w1;
  const a = first.color.a * w1 + second.color.a * w2;
  const channel = (k: 'r' | 'g' | 'b') => (a === 0 ? 0 : (first.color[k] * first.color.a * w1 + second.color[k] * second.color.a * w2) / a);
  return { r: channel('r'), g: channel('g'), b: channel('b'), a: a * Math.min(1, (p1 + p2) / 100) };
}

/** A colour as resvg reads it: #rrggbb when opaque, rgba() with commas otherwise. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const channels = [r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))));
  if (a >= 1) return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${channels.join(', ')}, ${Math.round(a * 1000) / 1000})`;
}

/** Colour functions resvg may not read (light-dark, color-mix, rgb with a slash) as plain colours; images take the light theme. */
function plainColors(value: string): string {
  const light = replaceFunction(value, 'light-dark', (args) => splitTopLevel(args, ',')[0]!);
  const mixed = replaceFunction(light, 'color-mix', (args) => formatColor(colorMix(plainColors(args))));
  return ['rgb', 'rgba'].reduce((v, name) => replaceFunction(v, name, (args) => formatColor(parseColor(`${name}(${args})`))), mixed);
}

const FONT_STYLES = new Set(['normal', 'italic', 'oblique']);
const FONT_WEIGHTS = new Set(['normal', 'bold', 'bolder', 'lighter']);

/** The `font:` shorthand as the longhands resvg reads (a shorthand resets style and weight, so they are written too). */
export function expandFont(value: string): [string, string][] {
  const match = /^((?:[\w-]+\s+)*?)([\d.]+(?:px|em|rem|%|pt))(?:\/\S+)?\s+(.+)$/.exec(value.trim());
  if (!match) throw new Error(`cannot read the font shorthand "${value}" (expected [style] [weight] size family)`);
  let style = 'normal';
  let weight = 'normal';
  for (const word of match[1]!.trim().split(/\s+/).filter(Boolean)) {
    if (FONT_STYLES.has(word)) style = word;
    else if (FONT_WEIGHTS.has(word) || /^\d+$/.test(word)) weight = word;
  }
  return [
    ['font-style', style],
    ['font-weight', weight],
    ['font-size', match[2]!],
    ['font-family', match[3]!],
  ];
}

/** Selectors resvg matches on the marks: one or more classes (`.tl-event.is-highlighted`), or lists of them. */
const CLASS_SELECTOR = /^(\.[\w-]+)+$/;

export interface ResolveOptions {
  /** Stylesheets whose custom properties apply (the site's tokens, then the visual's), in cascade order. */
  tokens: string[];
  /** Stylesheets whose class rules style the image's marks. */
  rules: string[];
  /** Selectors whose custom properties apply to the image besides :root, e.g. `.figure[data-viz='map']`. */
  scopes?: string[];
  /** The classes the image uses: rules for others (the page's HTML, say) are left out. */
  classes: Set<string>;
}

/**
 * The image's stylesheet: the class rules of `rules` that can match its elements, with custom properties,
 * colour mixes and font shorthands resolved against the light theme. Errors name the rule and the declaration.
 */
export function resolveCss({ tokens, rules, scopes = [], classes }: ResolveOptions): string {
  const normalise = (selector: string) => selector.replace(/"/g, "'").replace(/\s+/g, '');
  const inScope = new Set([':root', 'html', ...scopes].map(normalise));
  const properties = customProperties(tokens.flatMap(parseRules), (selector) => inScope.has(normalise(selector)));
  return rules
    .flatMap(parseRules)
    .filter((rule) => rule.selectors.every((s) => CLASS_SELECTOR.test(s)))
    .filter((rule) => rule.selectors.some((s) => s.slice(1).split('.').every((name) => classes.has(name))))
    .map((rule) => {
      const declarations = rule.declarations
        .filter(([property]) => !property.startsWith('--'))
        .flatMap(([property, value]) => {
          try {
            const plain = plainColors(substituteVariables(value, properties));
            return property === 'font' ? expandFont(plain) : [[property, plain] as [string, string]];
          } catch (error) {
            throw new Error(`${rule.selectors.join(', ')} { ${property}: ${value} }: ${(error as Error).message}`);
          }
        });
      return `${rule.selectors.join(',')}{${declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`;
    })
    .join('\n');
}
