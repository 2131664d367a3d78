/*
 * An edition's lunr index as search-query.js uses it: loaded with lunr.Index.load from the compact
 * form build-index.mjs wrote (index-format.js), each query word looked up by a lunr query (its stem,
 * longer forms, the compounds it is a later part of, typos), snippets with the matched words marked,
 * and the "did you mean" step.
 */
import * as format from './index-format.js';

// lunr boosts by how a term matches a query word (see search-core.js matchKind): the word's own
// stem counts most, then longer forms ("skol" → "skolan"), typos, and compounds it is part of.
var BOOST = { exact: 10, prefix: 3, part: 1, typo: 1.5 };

/** The index of an index file's contents ({ index, words }), with what search-query.js asks of it. */
function build(core, data) {
  var lunr = core.lunr;
  var index = lunr.Index.load(format.expand(data.index));
  var terms = format.unpackTerms(data.index.terms);
  var suffixes = typeof data.words === 'string' ? data.words.split(' ') : [];
  var scoreCache = new Map();
  var formCache = new Map();
  var partCache = new Map();

  return { terms: terms, scoreAll: scoreAll, hasForm: hasForm, hasAnyForm: hasAnyForm, closestWord: closestWord };

  /** Documents that have every word in some form, with the sum of the words' lunr scores. */
  function scoreAll(words, typos) {
    var total = null;
    for (var i = 0; i < words.length; i++) {
      var scores = wordScores(words[i], typos);
      if (total === null) {
        total = scores;
      } else {
        var both = new Map();
        scores.forEach(function (score, d) {
          if (total.has(d)) {
            both.set(d, total.get(d) + score);
          }
        });
        total = both;
      }
      if (total.size === 0) {
        break;
      }
    }
    return total || new Map();
  }

  /** Per document number, lunr's score for one query word in any of its forms. */
  function wordScores(word, typos) {
    var allowTypos = typos !== false && word.edits > 0;
    var cacheKey = word.key + (allowTypos ? '~' : '');
    var known = scoreCache.get(cacheKey);
    if (known === undefined) {
      var parts = compoundsWith(word);
      known = new Map();
      index.query(function (q) {
        q.term(word.key, { boost: BOOST.exact, usePipeline: false });
        if (word.root.length >= 3) {
          q.term(word.root, { boost: BOOST.prefix, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        }
        if (parts.length > 0) {
          q.term(parts, { boost: BOOST.part, usePipeline: false });
        }
        if (allowTypos) {
          q.term(word.key, { boost: BOOST.typo, usePipeline: false, editDistance: word.edits });
        }
      }).forEach(function (hit) { known.set(Number(hit.ref), hit.score); });
      scoreCache.set(cacheKey, known);
    }
    return known;
  }

  /**
   * The terms the word is a later part of ("inbrott" → "bostadsinbrot"), from a scan of the
   * terms: lunr's leading wildcard walks the whole term tree and would take most of a query's time.
   */
  function compoundsWith(word) {
    var known = partCache.get(word.key);
    if (known === undefined) {
      known = terms.filter(function (term) { return core.isCompoundPart(term, word); });
      partCache.set(word.key, known);
    }
    return known;
  }

  /** Whether the index has the word itself or a longer form (or, with parts, inside a compound). */
  function hasForm(word, parts) {
    var cacheKey = word.key + (parts === false ? '' : '+');
    var known = formCache.get(cacheKey);
    if (known === undefined) {
      known = terms.some(function (term) {
        var kind = core.matchKind(term, word, false);
        return kind === 'exact' || kind === 'prefix' || (kind === 'part' && parts !== false);
      });
      formCache.set(cacheKey, known);
    }
    return known;
  }

  /** Whether any term matches the word in any way, typos included. */
  function hasAnyForm(word) {
    var cacheKey = word.key + '~';
    var known = formCache.get(cacheKey);
    if (known === undefined) {
      known = terms.some(function (term) { return core.matchKind(term, word, true) !== null; });
      formCache.set(cacheKey, known);
    }
    return known;
  }

  /**
   * The report's word closest to a typed one (within max edits), the one in the most documents
   * on a tie: each term as the report most often writes it (build-index.mjs's "words").
   */
  function closestWord(norm, max) {
    var best = null;
    var bestDistance = max + 1;
    var bestCount = 0;
    terms.forEach(function (term, i) {
      var suffix = suffixes[i];
      if (suffix === undefined || suffix === '-' || /\d/.test(term)) {
        return;
      }
      var word = term + suffix;
      var distance = core.editDistance(word, norm, max);
      if (distance > max || distance > bestDistance) {
        return;
      }
      var count = documentCount(term);
      if (distance < bestDistance || count > bestCount) {
        best = word;
        bestDistance = distance;
        bestCount = count;
      }
    });
    return best;
  }

  function documentCount(term) {
    var posting = index.invertedIndex[term];
    var refs = new Set();
    index.fields.forEach(function (field) {
      Object.keys(posting[field] || {}).forEach(function (ref) { refs.add(ref); });
    });
    return refs.size;
  }
}

/**
 * The answer to a query from a searcher ({ search, suggest }): its results, or when there are
 * none but the suggestion has some, the suggestion's results with corrected and original set.
 */
function answer(searcher, query) {
  var first = searcher.search(query);
  if (first.results.length > 0 || first.words.length === 0) {
    return first;
  }
  var suggestion = searcher.suggest(query);
  if (suggestion) {
    var second = searcher.search(suggestion);
    if (second.results.length > 0) {
      second.corrected = suggestion;
      second.original = query;
      second.cut = first.cut;
      return second;
    }
    first.suggestion = suggestion;
  }
  return first;
}

/**
 * A text cut to about maxLength characters around the place with the most query concepts, as
 * segments { text, mark }.
 */
function highlight(core, text, concepts, maxLength) {
  var hits = [];
  var seen = new Map();
  core.words(text).forEach(function (w) {
    var concept = seen.get(w.norm);
    if (concept === undefined) {
      concept = conceptOf(core, core.terms(w.norm), concepts);
      seen.set(w.norm, concept);
    }
    if (concept >= 0) {
      hits.push({ start: w.start, end: w.end, word: concept });
    }
  });
  var from = 0;
  var to = text.length;
  if (maxLength && text.length > maxLength) {
    from = windowStart(text, hits, maxLength);
    to = Math.min(text.length, from + maxLength);
    var space = text.lastIndexOf(' ', to);
    if (to < text.length && space > from + maxLength / 2) {
      to = space;
    }
  }
  var segments = [];
  var at = from;
  hits.forEach(function (hit) {
    if (hit.start < from || hit.end > to) {
      return;
    }
    if (hit.start > at) {
      segments.push({ text: text.slice(at, hit.start), mark: false });
    }
    segments.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  });
  if (at < to) {
    segments.push({ text: text.slice(at, to), mark: false });
  }
  if (from > 0) {
    segments.unshift({ text: '… ', mark: false });
  }
  if (to < text.length) {
    segments.push({ text: ' …', mark: false });
  }
  return segments;
}

/** The first concept one of the terms matches, or -1. */
function conceptOf(core, terms, concepts) {
  for (var c = 0; c < concepts.length; c++) {
    var alternatives = concepts[c].alternatives;
    for (var a = 0; a < alternatives.length; a++) {
      var alternative = alternatives[a];
      for (var k = 0; k < alternative.words.length; k++) {
        var word = alternative.words[k];
        if (terms.some(function (t) { return core.matchKind(t, word, alternative.typos) !== null; })) {
          return c;
        }
      }
    }
  }
  return -1;
}

/** Where a window should start to show the most different query concepts, a little before the first. */
function windowStart(text, hits, maxLength) {
  var best = -1;
  var bestCount = 0;
  hits.forEach(function (hit, i) {
    var seen = new Set();
    for (var j = i; j < hits.length && hits[j].end <= hit.start + maxLength - 30; j++) {
      seen.add(hits[j].word);
    }
    if (seen.size > bestCount) {
      best = i;
      bestCount = seen.size;
    }
  });
  if (best < 0) {
    return 0;
  }
  var start = Math.max(0, hits[best].start - 30);
  var space = text.indexOf(' ', start);
  return start === 0 || space < 0 || space >= hits[best].start ? start : space + 1;
}

export { build, answer, highlight };
