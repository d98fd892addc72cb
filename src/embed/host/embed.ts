import { startLoader } from './loader.ts';

// The entry of /embed.js (src/pages/embed.js.ts): the script's own address, read while it first runs.
startLoader(document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : null);
