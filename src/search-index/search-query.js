/*
 * Answers queries against an edition's index file (lunr's index, the documents' headings and the
 * editors' thesaurus): the same code in the browser (search-runtime.js) and in the tests
 * (query-index.mjs), so what the tests measure is what readers get. It expands the query through
 * the thesaurus, splits unknown compounds and corrects unknown words, and asks lunr for each word
 * (search-ranking.js). The documents' text, for the snippets, is a second file that the page
 * fetches after the index (addText); results found before it arrives show without snippets.
 */
import * as ranking from './search-ranking.js';

/** Opens the contents of an index file ({ v, docs, syn, index, words, text }) with a core from search-core.js. */
function open(core, data) {
  var docs = data.docs;
  var index = ranking.build(core, data);
  var texts = null;
  var thesaurus = (data.syn || []).map(function (group) {
    return group.map(function (entry) { return { text: entry, words: entryWords(entry) }; })
      .filter(function (entry) { return entry.words.length > 0; });
  });

  var searcher = { docs: docs, search: search, answer: answer, highlight: highlight, suggest: suggest, addText: addText, hasText: hasText };
  return searcher;

  /** The contents of the index's text file: per document, the text its snippet is cut from. */
  function addText(list) {
    if (Array.isArray(list) && list.length === docs.length) {
      texts = list;
    }
  }

  function hasText() {
    return texts !== null;
  }

  function entryWords(entry) {
    return core.words(entry).map(function (w) { return core.parseWord(w.norm); }).filter(Boolean);
  }

  /**
   * Every document that matches any of the query's concepts, those matching the most concepts
   * first, then by score. A concept is a word of the query, or a run of words the thesaurus
   * knows together with its synonyms, or a compound the index only has in parts.
   */
  function search(query) {
    var read = core.readQuery(query);
    var concepts = conceptsOf(read.words);
    var byDoc = new Map();
    concepts.forEach(function (concept, c) {
      concept.alternatives.forEach(function (alternative) {
        var scores = index.scoreAll(alternative.words, alternative.typos);
        if (scores.size > 0 && alternative.synonym) {
          concept.expanded.push(alternative.synonym);
        }
        scores.forEach(function (score, doc) {
          var entry = byDoc.get(doc) || { doc: doc, concepts: new Map() };
          entry.concepts.set(c, Math.max(entry.concepts.get(c) || 0, score * alternative.weight));
          byDoc.set(doc, entry);
        });
      });
    });
    var results = Array.from(byDoc.values()).map(function (entry) {
      var score = 0;
      entry.concepts.forEach(function (value) { score += value; });
      return { ref: entry.doc, score: score, matched: entry.concepts.size };
    });
    results.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.ref - b.ref; });
    return {
      // What was searched, and whether the query was cut to get there (the page says so).
      searched: read.text,
      cut: read.cut,
      words: concepts,
      expanded: concepts.filter(function (c) { return c.expanded.length > 0; })
        .map(function (c) { return { text: c.text, synonyms: c.expanded }; }),
      results: results.map(function (r) {
        var doc = docs[r.ref];
        return { url: doc.u, title: doc.t, chapter: doc.c, context: doc.p || '', kind: doc.k, text: texts === null ? '' : texts[r.ref], score: r.score, matched: r.matched };
      })
    };
  }

  /** search(), and when nothing matched but the closest words of the report do, their results. */
  function answer(query) {
    return ranking.answer(searcher, query);
  }

  /** The query's words grouped into concepts, each with the alternatives that satisfy it. */
  function conceptsOf(parsed) {
    var concepts = [];
    for (var i = 0; i < parsed.length;) {
      var group = thesaurusAt(parsed, i);
      if (group !== null) {
        var own = parsed.slice(i, i + group.length);
        var alternatives = [{ words: own, typos: true, weight: 1 }];
        group.entry.group.forEach(function (entry) {
          if (entry !== group.entry.self) {
            alternatives.push({ words: entry.words, typos: false, weight: 0.8, synonym: entry.text });
          }
        });
        concepts.push({ text: own.map(function (w) { return w.text; }).join(' '), words: own, alternatives: alternatives, expanded: [] });
        i += group.length;
        continue;
      }
      var word = parsed[i];
      var concept = { text: word.text, words: [word], alternatives: [{ words: [word], typos: true, weight: 1 }], expanded: [] };
      // Only a word the index has in no form at all, not even with a typo, is split.
      var parts = index.hasAnyForm(word) ? null : splitCompound(word);
      if (parts !== null) {
        concept.alternatives.push({ words: parts, typos: false, weight: 0.8 });
        concept.split = parts.map(function (w) { return w.text; });
      }
      concepts.push(concept);
      i++;
    }
    return concepts;
  }

  /** The longest thesaurus entry that the query's words starting at `at` spell, or null. */
  function thesaurusAt(parsed, at) {
    var best = null;
    thesaurus.forEach(function (group) {
      group.forEach(function (entry) {
        var n = entry.words.length;
        if (at + n > parsed.length || (best !== null && best.length >= n)) {
          return;
        }
        for (var k = 0; k < n; k++) {
          if (core.fold(entry.words[k].key) !== core.fold(parsed[at + k].key)) {
            return;
          }
        }
        best = { length: n, entry: { self: entry, group: group } };
      });
    });
    return best;
  }

  /**
   * A compound the index does not have, split into two parts that occur together in some
   * document: "skolfrånvaro" → "skol" + "frånvaro", "polisanmälan" → "polis" + "anmälan". The
   * longest last part wins, as Swedish puts the meaning there; a last part that is a word of the
   * index on its own beats one found only inside compounds ("polis|anmälan", not "poli|sanmälan").
   */
  function splitCompound(word) {
    var text = word.text;
    if (word.numeric || text.length < 8) {
      return null;
    }
    for (var pass = 0; pass < 2; pass++) {
      for (var i = 4; i <= text.length - 4; i++) {
        var right = core.parseWord(text.slice(i));
        if (right === null || !index.hasForm(right, pass === 1)) {
          continue;
        }
        var lefts = [text.slice(0, i)];
        if (/s$/.test(lefts[0]) && i > 4) {
          lefts.push(lefts[0].slice(0, -1));
        }
        for (var k = 0; k < lefts.length; k++) {
          var left = core.parseWord(lefts[k]);
          if (left !== null && index.hasForm(left, false) && index.scoreAll([left, right], false).size > 0) {
            return [left, right];
          }
        }
      }
    }
    return null;
  }

  /**
   * A text cut to about maxLength characters around the place with the most query concepts, as
   * segments { text, mark } for the caller to turn into text nodes and mark elements.
   */
  function highlight(text, concepts, maxLength) {
    return ranking.highlight(core, String(text || ''), concepts, maxLength);
  }

  /** A query to offer when nothing matched: each unknown word replaced by the closest word the report uses. */
  function suggest(query) {
    var parsed = core.readQuery(query).words;
    var changed = false;
    var suggestion = parsed.map(function (word) {
      if (index.hasForm(word, true) || word.numeric || word.text.length < 4) {
        return word.text;
      }
      var best = index.closestWord(word.text, 2);
      if (best === null) {
        return word.text;
      }
      changed = true;
      return best;
    });
    return changed ? suggestion.join(' ') : null;
  }
}

export { open };
export const answer = ranking.answer;
