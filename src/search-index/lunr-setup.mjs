// lunr-languages' Swedish stemmer and stop words on our small lunr stand-in (lunr-shim.js), for
// the index builder and the query tool. The browser gets the same files through runtime-files.txt.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The lunr stand-in with lunr-languages' stemmer support and Swedish registered on it. */
export function loadLunr() {
  const lunr = require('./lunr-shim.js');
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.sv.js')(lunr);
  return lunr;
}
