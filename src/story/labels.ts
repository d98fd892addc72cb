import type { Section } from './schema.ts';

/** How each kind of section is labelled to readers, as newsrooms label analysis and opinion. */
export const sectionLabels: Record<Section['label'], { name: string; explanation?: string }> = {
  report: { name: 'Report' },
  analysis: { name: 'Analysis', explanation: 'This section is the article’s own analysis and interpretation, not news reporting.' },
  opinion: { name: 'Opinion', explanation: 'This section gives the article’s recommendations: the views of its author, not facts.' },
  epilogue: { name: 'Added by the explainer', explanation: 'Not part of the article: events after it, each dated and sourced.' },
};

/** A step of the explainer's own inside one of the article's sections. */
export const addedStepLabel = { name: 'Added by the explainer', explanation: 'Background the article does not give, with its sources.' };

/** The mark on the article's analysis inside a reported section; `href` is the explanation on the How we know page. */
export const analysisMark = {
  explanation: 'Marked as analysis: the article’s interpretation inside a news section, not reporting.',
  href: 'sources/#labels',
  /** The element every mark is described by (one per story). */
  descriptionId: 'analysis-mark-explained',
};
