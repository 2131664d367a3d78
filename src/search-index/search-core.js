/*
 * The search's understanding of Swedish text, shared by the build (Node, build-index.mjs) and the
 * browser (bundled into the site's search-runtime.js): one file, so an index term and a query term
 * can never be normalised two different ways. Plain script with no imports: Node loads it with
 * require, the browser as part of the bundle after lunr and lunr-languages' Swedish support.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.LagesbildSearch = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // A number written with thousands spaces ("1 047", no-break or thin space) is one word, so it
  // finds "1047"; otherwise a word is a run of letters, combining marks and digits.
  var WORD = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|[\p{L}\p{M}\p{N}]+/gu;
  var NUMBER_SPACE = /[ \u00a0\u202f]/g;
  var DOUBLE_END = /([bcdfghjklmnpqrstvwxz])\1$/;

  /** The words of a text, each with its place in the text and its normalised form. */
  function words(text) {
    var result = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      result.push({ start: match.index, end: match.index + match[0].length, norm: normalizeWord(match[0]) });
    }
    return result;
  }

  /** NFC (a Mac saves "ä" decomposed), lower case, and "1 047" → "1047". */
  function normalizeWord(word) {
    return word.normalize('NFC').toLowerCase().replace(NUMBER_SPACE, '');
  }

  /** å/ä → a, ö → o, é → e: what a reader types on a keyboard without Swedish letters. */
  function fold(term) {
    return term.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');
  }

  function create(lunr) {
    if (!lunr || !lunr.sv || !lunr.trimmerSupport) {
      throw new Error('search-core needs lunr with lunr-languages\' stemmer support and Swedish loaded first');
    }

    // lunr-languages' Swedish trimmer knows only letters and would trim "1047" away entirely.
    var trimmer = lunr.trimmerSupport.generateTrimmer(lunr.sv.wordCharacters + '0-9');
    var stemmer = function (token) {
      return /\d/.test(token.toString()) ? token : lunr.sv.stemmer(token);
    };
    // The folded form is indexed alongside the Swedish one, so "alvsjo" and "Älvsjö" both match.
    var foldAlongside = function (token) {
      var folded = fold(token.toString());
      return folded === token.toString() ? token : [token, token.clone(function () { return folded; })];
    };
    registerOnce(lunr, trimmer, 'lagesbild-trimmer');
    registerOnce(lunr, stemmer, 'lagesbild-stemmer');
    registerOnce(lunr, foldAlongside, 'lagesbild-fold');

    var pipeline = new lunr.Pipeline();
    pipeline.add(trimmer, lunr.sv.stopWordFilter, stemmer, foldAlongside);
    var cache = new Map();
    // The index builder's pipeline: the chain above, run once per distinct word (a report repeats
    // its words, and stemming is most of the build time).
    var cachedTerms = function (token) {
      return terms(token.toString()).map(function (term) { return token.clone(function () { return term; }); });
    };
    registerOnce(lunr, cachedTerms, 'lagesbild-terms');
    var indexPipeline = new lunr.Pipeline();
    indexPipeline.add(cachedTerms);

    /** The index terms of one normalised word: its stem, and the stem folded when that differs. */
    function terms(norm) {
      var known = cache.get(norm);
      if (known === undefined) {
        known = pipeline.runString(norm);
        cache.set(norm, known);
      }
      return known;
    }

    /** The lunr tokens of a field's text, for the index builder's tokenizer. */
    function tokenize(text) {
      if (text === null || text === undefined) {
        return [];
      }
      return words(String(text)).map(function (word, i) {
        return new lunr.Token(word.norm, { position: [word.start, word.end - word.start], index: i });
      });
    }

    return {
      lunr: lunr,
      words: words,
      fold: fold,
      terms: terms,
      tokenize: tokenize,
      pipeline: pipeline,
      indexPipeline: indexPipeline,
      parseQuery: parseQuery,
      matchesWord: matchesWord,
      isCompoundPart: isCompoundPart
    };

    /**
     * A query as the words that carry meaning (stop words dropped), each with the term it is looked
     * up by (its stem) and the root that compound parts start from.
     */
    function parseQuery(query) {
      var parsed = [];
      var seen = new Set();
      words(String(query || '')).forEach(function (word) {
        var found = terms(word.norm);
        if (found.length === 0 || seen.has(found[0])) {
          return;
        }
        seen.add(found[0]);
        var numeric = /\d/.test(word.norm);
        // A reader who types å, ä or ö means them: "våld" should not find "väldigt" (both fold to
        // "vald"). Without them, the folded forms indexed alongside find Älvsjö from "alvsjo".
        var key = found[0];
        parsed.push({
          text: word.norm,
          key: key,
          // The stemmer keeps "brott" but gives "inbrot", so compound parts match on "brot".
          root: numeric ? key : key.replace(DOUBLE_END, '$1'),
          numeric: numeric,
          fuzzy: !numeric && word.norm.length >= 5
        });
      });
      return parsed;
    }
  }

  /** Whether an index term is one of the forms a parsed query word matches. */
  function matchesWord(term, word) {
    if (term === word.key) {
      return true;
    }
    if (word.root.length >= 3 && term.indexOf(word.root) === 0) {
      return true;
    }
    return isCompoundPart(term, word) || (word.fuzzy && withinOneEdit(term, word.key));
  }

  /**
   * Whether the word is a later part of a compound term: "inbrot" of "bostadsinbrot", "drog" of
   * "narkotikadrog". A word of three letters only as the last part, where Swedish puts the head of
   * a compound: "rån" finds "personrån", but "ran" does not find "transport".
   */
  function isCompoundPart(term, word) {
    if (word.numeric || word.root.length < 3) {
      return false;
    }
    var at = term.indexOf(word.root, 1);
    return at > 0 && (word.root.length >= 4 || term.length === at + word.root.length);
  }

  /** Damerau edit distance at most 1 (insert, delete, replace or swap two neighbours), as lunr's fuzzy match. */
  function withinOneEdit(a, b) {
    if (a === b) {
      return true;
    }
    if (Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function registerOnce(lunr, fn, label) {
    var existing = lunr.Pipeline.registeredFunctions[label];
    if (existing) {
      fn.label = label;
      return;
    }
    lunr.Pipeline.registerFunction(fn, label);
  }

  return { create: create, words: words, fold: fold, normalizeWord: normalizeWord, withinOneEdit: withinOneEdit };
}));
