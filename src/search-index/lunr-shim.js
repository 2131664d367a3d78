/*
 * The little of lunr that lunr-languages' Swedish stemmer and stop word list need to load: the
 * search no longer uses lunr's index or query engine (search-query.js scores on its own), so the
 * browser is spared lunr's 30 KB. Our code calls the stemmer and the stop word filter with plain
 * strings, which lunr-languages supports (its "lunr version <= 1" path).
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.lunr = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  return {
    Pipeline: { registerFunction: function () {} },
    generateStopWordFilter: function (stopWords) {
      var words = new Set(stopWords);
      return function (token) {
        return words.has(String(token)) ? undefined : token;
      };
    }
  };
}));
