/*
 * The browser's search runtime (assets/search-runtime.<hash>.js): lunr with its Swedish support,
 * our word rules (search-core.js) and query code (search-query.js), bundled from these imports
 * into one ES module by bundle-runtime.mjs when Lagesbild.Site is compiled. In the browser,
 * layouts/assets/search-loader.js imports it when the reader first searches, once a module
 * preload has checked it against its integrity hash.
 */
import lunr from './lunr-sv.js';
import { create, schema } from './search-core.js';
import { open as openWith, answer } from './search-query.js';

let core = null;

/** A searcher over the contents of an index file ({ v, docs, syn, index, words, text }). */
function open(data) {
  core = core || create(lunr);
  return openWith(core, data);
}

export { schema, open, answer };
