// lunr with lunr-languages' Swedish support, for the index builder and the query tool. The browser
// gets the same files through runtime-files.txt.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** lunr with lunr-languages' stemmer support and Swedish registered on it. */
export function loadLunr() {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.sv.js')(lunr);
  return lunr;
}
