/** Marks an iframe for the project's own loader (/embed.js); shared by the loader and the snippets. */
export const LOADER_ATTRIBUTE = 'data-karabakh-embed';
