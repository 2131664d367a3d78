/*
 * A compact, lossless form of lunr's serialised index, for the browser to download. lunr's own
 * JSON lists every term's postings per field, but those are exactly the term lists of the field
 * vectors, so only the sorted terms and the vectors (term numbers as differences) are kept, and
 * expand() rebuilds lunr's JSON for lunr.Index.load. build-index.mjs checks after each build that
 * expand(compact(index)) gives lunr's own serialisation back.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.LagesbildIndexFormat = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** lunr's serialised index (index.toJSON()) → { lunr, fields, terms, vectors }. */
  function compact(serialized) {
    var fields = serialized.fields;
    var terms = serialized.invertedIndex.map(function (entry) { return entry[0]; });
    var position = new Map(serialized.invertedIndex.map(function (entry, i) { return [entry[1]._index, i]; }));
    var vectors = serialized.fieldVectors.map(function (entry, k) {
      var expected = fields[k % fields.length] + '/' + Math.floor(k / fields.length);
      if (entry[0] !== expected) {
        throw new Error('field vector ' + k + ' is ' + entry[0] + ', expected ' + expected);
      }
      var pairs = [];
      for (var i = 0; i < entry[1].length; i += 2) {
        pairs.push([position.get(entry[1][i]), entry[1][i + 1]]);
      }
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      var out = [];
      var previous = 0;
      pairs.forEach(function (pair) {
        out.push(pair[0] - previous, pair[1]);
        previous = pair[0];
      });
      return out;
    });
    return { lunr: serialized.version, fields: fields, terms: terms, vectors: vectors };
  }

  /** The inverse of compact: lunr's serialised index, with terms numbered in sorted order. */
  function expand(packed) {
    var fields = packed.fields;
    var invertedIndex = packed.terms.map(function (term, i) {
      var posting = { _index: i };
      fields.forEach(function (field) { posting[field] = {}; });
      return [term, posting];
    });
    var fieldVectors = packed.vectors.map(function (deltas, k) {
      var field = fields[k % fields.length];
      var ref = String(Math.floor(k / fields.length));
      var elements = [];
      var term = 0;
      for (var i = 0; i < deltas.length; i += 2) {
        term += deltas[i];
        elements.push(term, deltas[i + 1]);
        invertedIndex[term][1][field][ref] = {};
      }
      return [field + '/' + ref, elements];
    });
    return { version: packed.lunr, fields: fields, fieldVectors: fieldVectors, invertedIndex: invertedIndex, pipeline: [] };
  }

  /** lunr's serialisation with terms renumbered in sorted order, as expand() returns it. */
  function renumber(serialized) {
    var position = new Map(serialized.invertedIndex.map(function (entry, i) { return [entry[1]._index, i]; }));
    return {
      version: serialized.version,
      fields: serialized.fields,
      fieldVectors: serialized.fieldVectors.map(function (entry) {
        var pairs = [];
        for (var i = 0; i < entry[1].length; i += 2) {
          pairs.push([position.get(entry[1][i]), entry[1][i + 1]]);
        }
        pairs.sort(function (a, b) { return a[0] - b[0]; });
        return [entry[0], [].concat.apply([], pairs)];
      }),
      invertedIndex: serialized.invertedIndex.map(function (entry, i) {
        return [entry[0], Object.assign({}, entry[1], { _index: i })];
      }),
      pipeline: serialized.pipeline
    };
  }

  return { compact: compact, expand: expand, renumber: renumber };
}));
