import type { Section } from './schema.ts';

/** How each kind of section is labelled to readers, as newsrooms label analysis and opinion. */
export const sectionLabels: Record<Section['label'], { name: string; explanation?: string }> = {
  report: { name: 'Report' },
  analysis: { name: 'Analysis', explanation: 'This section is the article’s own analysis and interpretation, not news reporting.' },
  opinion: { name: 'Opinion', explanation: 'This section gives the article’s recommendations: the views of its author, not facts.' },
  epilogue: { name: 'Added by the explainer', explanation: 'Not part of the article: events after it, each dated and sourced.' },
};
