import { z } from 'astro/zod';
import { isoDate as date } from '../../data/schema.ts';
import { isValidIsoDate, parseIsoDate } from '../../lib/dates.ts';
import type { TimelineItem, TimelineState } from './layout.ts';


/** A timeline step's state, checked against the events that exist. */
export function timelineStateSchema(items: TimelineItem[]): z.ZodType<TimelineState> {
  const ids = new Set(items.map((d) => d.id));
  const first = items.map((d) => d.date).sort()[0]!;
  return z
    .strictObject({
      from: date,
      to: date,
      highlight: z.strictObject({ from: date, to: date, label: z.string().optional() }).optional(),
      label: z.array(z.string()).default([]),
    })
    .superRefine((s, ctx) => {
      if (!isValidIsoDate(s.from) || !isValidIsoDate(s.to)) return;
      if (parseIsoDate(s.from) >= parseIsoDate(s.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be after from (${s.from})` });
      const t = (v: string) => parseIsoDate(v).getTime();
      if (t(s.to) < t(first)) ctx.addIssue({ code: 'custom', path: ['to'], message: `is before the first event (${first})` });
      if (s.highlight && isValidIsoDate(s.highlight.from) && isValidIsoDate(s.highlight.to)) {
        if (t(s.highlight.from) > t(s.highlight.to)) ctx.addIssue({ code: 'custom', path: ['highlight', 'to'], message: 'must not be before highlight.from' });
        if (t(s.highlight.from) < t(s.from) || t(s.highlight.to) > t(s.to))
          ctx.addIssue({ code: 'custom', path: ['highlight'], message: `must lie inside the visible window ${s.from} – ${s.to}` });
      }
      s.label.forEach((id, i) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['label', i], message: `unknown event "${id}" (not in src/data/timeline.json)` });
      });
    });
}
