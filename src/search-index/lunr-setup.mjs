// Where lunr and its Swedish support come from, for the index builder, the query tool and the
// browser bundle alike: one list, so all three run the same versions.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** lunr with lunr-languages' stemmer support and Swedish registered on it. */
export function loadLunr() {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.sv.js')(lunr);
  return lunr;
}

/** The scripts of search-runtime.js, in load order. */
export function runtimeFiles() {
  return [
    { name: 'lunr.min.js (lunr, MIT)', path: require.resolve('lunr/lunr.min.js') },
    { name: 'lunr.stemmer.support.min.js (lunr-languages, MPL-1.1)', path: require.resolve('lunr-languages/min/lunr.stemmer.support.min.js') },
    { name: 'lunr.sv.min.js (lunr-languages, MPL-1.1)', path: require.resolve('lunr-languages/min/lunr.sv.min.js') },
    { name: 'search-core.js', path: fileURLToPath(new URL('./search-core.js', import.meta.url)) },
    { name: 'index-format.js', path: fileURLToPath(new URL('./index-format.js', import.meta.url)) },
    { name: 'search-query.js', path: fileURLToPath(new URL('./search-query.js', import.meta.url)) },
  ];
}
