/*
 * Answers queries against a built index: the same code in the browser (search-runtime.js) and in
 * the tests (query-index.mjs), so what the tests measure is what readers get.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./index-format.js'));
  } else {
    root.LagesbildSearchQuery = factory(root.LagesbildIndexFormat);
  }
}(typeof self !== 'undefined' ? self : this, function (format) {
  'use strict';

  var MAX_WORDS = 10;

  /** Opens the contents of an index.json with a core from search-core.js. */
  function open(core, data) {
    var lunr = core.lunr;
    var index = lunr.Index.load(format.expand(data.index));
    var indexTerms = data.index.terms;
    var docs = data.docs;
    var vocabulary = null;

    return { docs: docs, search: search, highlight: highlight, suggest: suggest };

    /**
     * Every section that matches any word, those matching the most words first, then by score:
     * a phrase of two or three words brings up the section that has them all.
     */
    function search(query) {
      var parsed = core.parseQuery(query).slice(0, MAX_WORDS);
      if (parsed.length === 0) {
        return { words: parsed, results: [] };
      }
      var hits = index.query(function (q) {
        parsed.forEach(function (word) { addClauses(q, word); });
      });
      var results = hits.map(function (hit) {
        var terms = Object.keys(hit.matchData.metadata);
        var matched = parsed.filter(function (word) {
          return terms.some(function (term) { return core.matchesWord(term, word); });
        }).length;
        return { ref: Number(hit.ref), score: hit.score, matched: matched };
      });
      results.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.ref - b.ref; });
      return {
        words: parsed,
        results: results.map(function (r) {
          var doc = docs[r.ref];
          return { url: doc.u, title: doc.t, chapter: doc.c, context: doc.p, kind: doc.k, text: doc.x, score: r.score, matched: r.matched };
        })
      };
    }

    function addClauses(q, word) {
      q.term(word.key, { boost: 10, usePipeline: false });
      if (word.root.length >= 3) {
        q.term(word.root, { boost: 3, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      }
      // Compound parts ("inbrott" finds "bostadsinbrott") from a scan of the sorted terms: lunr's
      // leading wildcard walks the whole term tree and would take most of a query's time.
      var parts = indexTerms.filter(function (term) { return core.isCompoundPart(term, word); });
      if (parts.length > 0) {
        q.term(parts, { boost: 1, usePipeline: false });
      }
      if (word.fuzzy) {
        q.term(word.key, { boost: 2, usePipeline: false, editDistance: 1 });
      }
    }

    /**
     * A text cut to about maxLength characters around the place with the most query words, as
     * segments { text, mark } for the caller to turn into text nodes and mark elements.
     */
    function highlight(text, parsed, maxLength) {
      text = String(text || '');
      var hits = [];
      core.words(text).forEach(function (w) {
        var terms = core.terms(w.norm);
        for (var i = 0; i < parsed.length; i++) {
          if (terms.some(function (t) { return core.matchesWord(t, parsed[i]); })) {
            hits.push({ start: w.start, end: w.end, word: i });
            return;
          }
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

    /** Where a window should start to show the most different query words, a little before the first. */
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

    /** A query to offer when nothing matched: each unknown word replaced by the closest word the report uses. */
    function suggest(query) {
      var parsed = core.parseQuery(query).slice(0, MAX_WORDS);
      var changed = false;
      var suggestion = parsed.map(function (word) {
        var exact = index.tokenSet.intersect(lunr.TokenSet.fromString(word.key)).toArray();
        if (exact.length > 0) {
          return word.text;
        }
        var candidates = index.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(word.key, 2)).toArray();
        var best = null;
        var bestCount = 0;
        candidates.sort().forEach(function (term) {
          var count = documentCount(term);
          if (count > bestCount) {
            best = term;
            bestCount = count;
          }
        });
        var surface = best === null ? null : surfaceWord(best);
        if (surface === null) {
          return word.text;
        }
        changed = true;
        return surface;
      });
      return changed ? suggestion.join(' ') : null;
    }

    function documentCount(term) {
      var posting = index.invertedIndex[term];
      var refs = new Set();
      index.fields.forEach(function (field) {
        Object.keys(posting[field] || {}).forEach(function (ref) { refs.add(ref); });
      });
      return refs.size;
    }

    /** The word as the report most often writes it, for an index term (a stem). */
    function surfaceWord(term) {
      if (vocabulary === null) {
        vocabulary = new Map();
        docs.forEach(function (doc) {
          [doc.t, doc.x].forEach(function (text) {
            core.words(text || '').forEach(function (w) {
              core.terms(w.norm).forEach(function (t) {
                var counts = vocabulary.get(t) || new Map();
                counts.set(w.norm, (counts.get(w.norm) || 0) + 1);
                vocabulary.set(t, counts);
              });
            });
          });
        });
      }
      var counts = vocabulary.get(term);
      if (!counts) {
        return null;
      }
      return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); })[0][0];
    }
  }

  return { open: open };
}));
