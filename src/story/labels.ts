/**
 * How each kind of section is labelled to readers, as newsrooms label analysis and opinion: the words are
 * each language's (messages `labels`). The mark on the article's analysis inside a reported section links to
 * its explanation on the How we know page (`href`, inside the page's language).
 */
export const analysisMark = {
  href: 'sources/#labels',
  /** The element every mark is described by (one per story). */
  descriptionId: 'analysis-mark-explained',
};
