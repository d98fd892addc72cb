import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, setEmbedOptions } from '../../src/embed/options.ts';

describe('a newsroom’s options for a single-graphic embed', () => {
  it('defaults to everything shown, in the reader’s theme', () => {
    expect(parseEmbedOptions('')).toEqual({ title: true, caption: true, controls: true, theme: 'auto' });
    expect(parseEmbedOptions('?step=blockade')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('reads each option, and only that option', () => {
    expect(parseEmbedOptions('?step=blockade&title=0')).toEqual({ ...DEFAULT_EMBED_OPTIONS, title: false });
    expect(parseEmbedOptions('?caption=0')).toEqual({ ...DEFAULT_EMBED_OPTIONS, caption: false });
    expect(parseEmbedOptions('?controls=0')).toEqual({ ...DEFAULT_EMBED_OPTIONS, controls: false });
    expect(parseEmbedOptions('?theme=dark')).toEqual({ ...DEFAULT_EMBED_OPTIONS, theme: 'dark' });
    expect(parseEmbedOptions('?theme=light&title=1&caption=0&controls=0')).toEqual({ title: true, caption: false, controls: false, theme: 'light' });
  });

  it('keeps the default for malformed or unknown values, never failing', () => {
    for (const search of ['?title=no', '?title=', '?title=00', '?caption=true', '?controls=2', '?theme=blue', '?theme=', '?colour=dark', '?title=0x', '?%E0%A4%A=1', '?theme=dark&theme=light']) {
      const options = parseEmbedOptions(search);
      for (const [name, value] of Object.entries(options)) {
        const given = new URLSearchParams(search).getAll(name);
        // Only a well-formed value changes an option (the first one, when a name is repeated).
        if (given.length === 0 || !['0', '1', 'light', 'dark', 'auto'].includes(given[0]!)) expect(value, `${search}: ${name}`).toBe(DEFAULT_EMBED_OPTIONS[name as keyof typeof options]);
      }
    }
    expect(parseEmbedOptions('?theme=DARK&title= 0 ')).toEqual({ ...DEFAULT_EMBED_OPTIONS, title: false, theme: 'dark' });
  });

  it('writes only what differs from the defaults into a snippet’s address, keeping its step', () => {
    const params = new URLSearchParams('step=blockade&title=0&theme=dark');
    setEmbedOptions(params, { ...DEFAULT_EMBED_OPTIONS, controls: false });
    expect(params.toString()).toBe('step=blockade&controls=0');
    setEmbedOptions(params, DEFAULT_EMBED_OPTIONS);
    expect(params.toString()).toBe('step=blockade');
    const all = { title: false, caption: false, controls: false, theme: 'light' } as const;
    expect(parseEmbedOptions(setEmbedOptions(new URLSearchParams(), all).toString())).toEqual(all);
  });
});
