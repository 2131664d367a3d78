/*
 * The search's understanding of Swedish text, shared by the build (Node, build-index.mjs), the
 * tests (query-index.mjs) and the browser (bundled into the site's search-runtime.js): one file,
 * so an indexed word and a query word can never be normalised two different ways. It imports
 * nothing: create() is given lunr with lunr-languages' Swedish support (lunr-sv.js).
 */
// A number is one word however staff write it: "1 047" (space, no-break or thin space), "12,5"
// or "12.5"; otherwise a word is a run of letters, combining marks and digits. "%" is not part
// of a word, so "12,5%" and "12,5 %" both find the table's "12,5 %".
var WORD = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+/gu;
var NUMBER_SPACE = /[ \u00a0\u202f]/g;
var DOUBLE_END = /([bcdfghjklmnpqrstvwxz])\1$/;
var COMBINING = /[\u0300-\u036f]/;

// The version of the search document schema: the documents build-index.mjs reads ("schema",
// written by Lagesbild.Site's SearchSchema.Version, which must be the same number) and the index
// file it writes ("v"), which the browser reads. Either side refuses another version.
const SCHEMA = 3;

// What one query may ask, cut before anything expands it (typos, compound parts, the thesaurus),
// so no query can make the page hang: lunr's typo search grows steeply with a word's length (a
// 120-letter word took seconds, 7 600 letters exhausted memory), and compound splitting and the
// term scans are linear in the word and the index. The longest word of the report is about 30
// letters; a question is a line, not a page.
var LIMITS = { queryChars: 200, wordChars: 32, words: 10 };

// Words that make a question but say nothing about its subject: "hur många anmälningar …",
// "var finns öppen drogscen". Dropped from queries (not from the index) when other words remain,
// so a section is not ranked up for containing "finns".
var QUESTION_WORDS = new Set(('hur många mycket vad var vart vem vilka vilken vilket vilkas när varför finns fanns '
  + 'står stod handlar gäller ser ut visar visa hitta hittar får kan ska skulle säger sägs egentligen ungefär').split(' '));

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

/** NFC (a Mac saves "ä" decomposed), lower case, "1 047" → "1047" and "12.5" → "12,5". */
function normalizeWord(word) {
  // Most words are NFC already (the build stores NFC text); normalize() is the slow part of tokenizing.
  var norm = (COMBINING.test(word) ? word.normalize('NFC') : word).toLowerCase();
  return /^\d/.test(norm) ? norm.replace(NUMBER_SPACE, '').replace(/\./g, ',') : norm;
}

/** å/ä → a, ö → o, é → e: what a reader types on a keyboard without Swedish letters. */
function fold(term) {
  return term.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');
}

function create(lunr) {
  if (!lunr || !lunr.Index || !lunr.sv || !lunr.sv.stemmer) {
    throw new Error('search-core needs lunr with lunr-languages\' stemmer support and Swedish loaded first');
  }

  var cache = new Map();

  /**
   * The index terms of one normalised word: none for a stop word, else its stem, and the stem
   * folded when that differs (so "alvsjo" finds "Älvsjö"). Computed once per distinct word (a
   * report repeats its words, and stemming is most of the index build's time).
   */
  function terms(norm) {
    var known = cache.get(norm);
    if (known === undefined) {
      known = [];
      if (lunr.sv.stopWordFilter(new lunr.Token(norm)) !== undefined) {
        // lunr-languages' Swedish trimmer knows only letters and would trim "1047" away, so
        // numbers skip the stemmer as well.
        var stem = /\d/.test(norm) ? norm : lunr.sv.stemmer(new lunr.Token(norm)).toString();
        var folded = fold(stem);
        known = folded === stem ? [stem] : [stem, folded];
      }
      cache.set(norm, known);
    }
    return known;
  }

  /** The lunr tokens of a field's text, for the index builder's tokenizer (no positions: they are not stored). */
  function tokenize(text) {
    if (text === null || text === undefined) {
      return [];
    }
    return words(String(text)).map(function (word) { return new lunr.Token(word.norm, {}); });
  }

  // The index builder's pipeline: each token becomes its terms (above), so the index and the
  // queries agree on every word.
  var toTerms = function (token) {
    return terms(token.toString()).map(function (term) { return token.clone(function () { return term; }); });
  };
  if (!lunr.Pipeline.registeredFunctions['lagesbild-terms']) {
    lunr.Pipeline.registerFunction(toTerms, 'lagesbild-terms');
  } else {
    toTerms.label = 'lagesbild-terms';
  }
  var indexPipeline = new lunr.Pipeline();
  indexPipeline.add(toTerms);

  /**
   * A query as the words that carry meaning, each with the term it is looked up by (its stem)
   * and the root that compound parts start from. Stop words are dropped, and question words too
   * when anything else is left.
   */
  function parseQuery(query) {
    return readQuery(query).words;
  }

  /**
   * The query as searched: at most LIMITS.queryChars characters (cut at a space), each word at
   * most LIMITS.wordChars letters, at most LIMITS.words words; cut says whether anything was
   * left out, and text is what was searched, for the reader to see.
   */
  function readQuery(query) {
    var text = String(query || '');
    var cut = false;
    if (text.length > LIMITS.queryChars) {
      var space = text.lastIndexOf(' ', LIMITS.queryChars);
      text = text.slice(0, space > LIMITS.queryChars / 2 ? space : LIMITS.queryChars);
      cut = true;
    }
    var all = words(text).map(function (word) {
      var letters = Array.from(word.norm);
      if (letters.length > LIMITS.wordChars) {
        cut = true;
        return letters.slice(0, LIMITS.wordChars).join('');
      }
      return word.norm;
    });
    var content = all.filter(function (norm) { return !QUESTION_WORDS.has(norm); });
    var parsed = [];
    var seen = new Set();
    (content.some(function (norm) { return terms(norm).length > 0; }) ? content : all).forEach(function (norm) {
      var word = parseWord(norm);
      if (word !== null && !seen.has(word.key)) {
        seen.add(word.key);
        parsed.push(word);
      }
    });
    if (parsed.length > LIMITS.words) {
      parsed = parsed.slice(0, LIMITS.words);
      cut = true;
    }
    return { words: parsed, cut: cut, text: parsed.map(function (w) { return w.text; }).join(' ') };
  }

  /** One normalised word as a query word, or null for a stop word. */
  function parseWord(norm) {
    var found = terms(norm);
    if (found.length === 0) {
      return null;
    }
    var numeric = /\d/.test(norm);
    // A reader who types å, ä or ö means them: "våld" should not find "väldigt" (both fold to
    // "vald"). Without them, the folded forms indexed alongside find Älvsjö from "alvsjo".
    var key = found[0];
    return {
      text: norm,
      key: key,
      // The stemmer keeps "brott" but gives "inbrot", so compound parts match on "brot".
      root: numeric ? key : key.replace(DOUBLE_END, '$1'),
      numeric: numeric,
      // Typos: one edit in words of five letters or more, two in words of eight or more.
      edits: numeric ? 0 : norm.length >= 8 ? 2 : norm.length >= 5 ? 1 : 0
    };
  }

  return {
    words: words,
    fold: fold,
    lunr: lunr,
    terms: terms,
    tokenize: tokenize,
    indexPipeline: indexPipeline,
    parseQuery: parseQuery,
    readQuery: readQuery,
    limits: LIMITS,
    parseWord: parseWord,
    matchKind: matchKind,
    isCompoundPart: isCompoundPart,
    editDistance: editDistance
  };
}

/**
 * How an index term matches a parsed query word, best first: 'exact' (its stem), 'prefix' (a
 * longer form: "skol" → "skolan"), 'part' (a later part of a compound), 'typo', or null.
 */
function matchKind(term, word, allowTypos) {
  if (term === word.key) {
    return 'exact';
  }
  if (word.root.length >= 3 && term.indexOf(word.root) === 0) {
    return 'prefix';
  }
  if (isCompoundPart(term, word)) {
    return 'part';
  }
  if (allowTypos !== false && word.edits > 0 && editDistance(term, word.key, word.edits) <= word.edits) {
    return 'typo';
  }
  return null;
}

/**
 * Whether the word is a later part of a compound term: "inbrot" of "bostadsinbrot", "drog" of
 * "narkotikadrog", "vandring" in the middle of "trygghetsvandringar". A word of three letters
 * only as the last part, where Swedish puts the head of a compound: "rån" finds "personrån",
 * but "ran" does not find "transport".
 */
function isCompoundPart(term, word) {
  if (word.numeric || word.root.length < 3) {
    return false;
  }
  var at = term.indexOf(word.root, 1);
  return at > 0 && (word.root.length >= 4 || term.length === at + word.root.length);
}

/**
 * Damerau edit distance (insert, delete, replace or swap two neighbours), or max + 1 as soon as
 * it is known to exceed max: most terms are rejected after a row or two.
 */
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  var before = null;
  var previous = [];
  for (var j = 0; j <= b.length; j++) {
    previous.push(j);
  }
  for (var i = 1; i <= a.length; i++) {
    var current = [i];
    var best = i;
    for (j = 1; j <= b.length; j++) {
      var cost = a[i - 1] === b[j - 1] ? 0 : 1;
      var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (before !== null && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) {
      return max + 1;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

export { SCHEMA as schema, LIMITS as limits, create, words, fold, normalizeWord, editDistance };
