/*
 * The inverted index of an edition's documents, built in the browser (or in Node for the tests)
 * from the text in index.json, its scores (BM25 per field, as lunr scored), snippets with the
 * matched words marked, and the "did you mean" step. Used by search-query.js.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.LagesbildSearchRanking = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // The fields of a document in index.json and their weight: the heading, the chapter title, the text.
  var FIELDS = ['t', 'c', 'x'];
  var BOOSTS = [10, 2, 1];
  var K1 = 1.2;
  var B = 0.75;
  // How much a term counts by how it matches a query word (see search-core.js matchKind).
  var KIND_WEIGHT = { exact: 10, prefix: 3, part: 1, typo: 1.5 };

  /** The sorted distinct normalised words of the documents' fields, and each field's words. */
  function vocabulary(core, docs) {
    var distinct = new Set();
    var fields = docs.map(function (doc) {
      return FIELDS.map(function (field) {
        var found = core.words(doc[field] || '');
        found.forEach(function (word) { distinct.add(word.norm); });
        return found;
      });
    });
    return { sorted: Array.from(distinct).sort(), fields: fields };
  }

  /** The inverted index of docs: per term, per document, how often it occurs in each field. */
  function build(core, docs, stems) {
    var known = vocabulary(core, docs);
    core.primeStems(known.sorted, stems);
    var postings = new Map();
    // Every word as the report writes it (normalised), with how often: "did you mean" offers these.
    var surfaces = new Map();
    var lengths = [];
    var totals = FIELDS.map(function () { return 0; });
    docs.forEach(function (doc, d) {
      lengths.push(FIELDS.map(function (field, f) {
        var found = known.fields[d][f];
        found.forEach(function (word) {
          surfaces.set(word.norm, (surfaces.get(word.norm) || 0) + 1);
          core.terms(word.norm).forEach(function (term) {
            var byDoc = postings.get(term);
            if (byDoc === undefined) {
              byDoc = new Map();
              postings.set(term, byDoc);
            }
            var counts = byDoc.get(d);
            if (counts === undefined) {
              counts = [0, 0, 0];
              byDoc.set(d, counts);
            }
            counts[f]++;
          });
        });
        totals[f] += found.length;
        return found.length;
      }));
    });
    var average = totals.map(function (total) { return Math.max(1, total / Math.max(1, docs.length)); });
    var terms = Array.from(postings.keys()).sort();
    var scoreCache = new Map();
    var formCache = new Map();

    return { terms: terms, scoreAll: scoreAll, hasForm: hasForm, hasAnyForm: hasAnyForm, closestWord: closestWord };

    /** Per document, the BM25 score of one term over the fields. */
    function termScores(term) {
      var known = scoreCache.get(term);
      if (known === undefined) {
        var byDoc = postings.get(term);
        var idf = Math.log(1 + Math.abs((docs.length - byDoc.size + 0.5) / (byDoc.size + 0.5)));
        known = [];
        byDoc.forEach(function (counts, d) {
          var score = 0;
          for (var f = 0; f < FIELDS.length; f++) {
            var tf = counts[f];
            if (tf > 0) {
              var norm = K1 * (1 - B + B * lengths[d][f] / average[f]);
              score += BOOSTS[f] * idf * tf * (K1 + 1) / (tf + norm);
            }
          }
          known.push([d, score]);
        });
        scoreCache.set(term, known);
      }
      return known;
    }

    /** Documents that have every word in some form, with the sum of the words' scores. */
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

    function wordScores(word, typos) {
      var scores = new Map();
      terms.forEach(function (term) {
        var kind = core.matchKind(term, word, typos);
        if (kind !== null) {
          termScores(term).forEach(function (entry) {
            scores.set(entry[0], (scores.get(entry[0]) || 0) + KIND_WEIGHT[kind] * entry[1]);
          });
        }
      });
      return scores;
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

    /** The report's word closest to a typed one (within max edits), the most frequent on a tie. */
    function closestWord(norm, max) {
      var best = null;
      var bestDistance = max + 1;
      var bestCount = 0;
      surfaces.forEach(function (count, word) {
        var distance = /\d/.test(word) ? max + 1 : core.editDistance(word, norm, max);
        if (distance < bestDistance || (distance === bestDistance && distance <= max && count > bestCount)) {
          best = word;
          bestDistance = distance;
          bestCount = count;
        }
      });
      return bestDistance <= max ? best : null;
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

  return { build: build, vocabulary: vocabulary, answer: answer, highlight: highlight };
}));
