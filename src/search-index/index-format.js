/*
 * A compact form of lunr's serialised index, for the browser to download (the first search must
 * stay under 60 KB gzipped). lunr's own JSON lists every term's postings per field, but those are
 * exactly the term lists of the field vectors, so only the sorted terms (each written as how many
 * letters it shares with the one before, then the rest) and the field vectors (term numbers as
 * differences) are kept, with each score rounded to a quarter step of its base-2 logarithm (within
 * 9 %: enough to rank by, at half the size). No term positions or other metadata are stored.
 * expand() rebuilds lunr's JSON for lunr.Index.load; build-index.mjs checks after each build that
 * expand(compact(index)) is lunr's own serialisation with the scores rounded (quantize).
 */
var STEPS = 4;

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
    var out = [];
    var previous = 0;
    sortedPairs(entry[1], position).forEach(function (pair) {
      out.push(pair[0] - previous, step(pair[1]));
      previous = pair[0];
    });
    return out;
  });
  return { lunr: serialized.version, fields: fields, terms: packTerms(terms), vectors: vectors };
}

/** The inverse of compact: lunr's serialised index, terms numbered in sorted order, scores rounded. */
function expand(packed) {
  var fields = packed.fields;
  var invertedIndex = unpackTerms(packed.terms).map(function (term, i) {
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
      elements.push(term, score(deltas[i + 1]));
      invertedIndex[term][1][field][ref] = {};
    }
    return [field + '/' + ref, elements];
  });
  return { version: packed.lunr, fields: fields, fieldVectors: fieldVectors, invertedIndex: invertedIndex, pipeline: [] };
}

/** lunr's serialisation as expand() gives it back: terms renumbered in sorted order, scores rounded. */
function quantize(serialized) {
  var position = new Map(serialized.invertedIndex.map(function (entry, i) { return [entry[1]._index, i]; }));
  return {
    version: serialized.version,
    fields: serialized.fields,
    fieldVectors: serialized.fieldVectors.map(function (entry) {
      var elements = [];
      sortedPairs(entry[1], position).forEach(function (pair) { elements.push(pair[0], score(step(pair[1]))); });
      return [entry[0], elements];
    }),
    invertedIndex: serialized.invertedIndex.map(function (entry, i) {
      return [entry[0], Object.assign({}, entry[1], { _index: i })];
    }),
    pipeline: serialized.pipeline
  };
}

/** The sorted terms of a packed index (compact's order, which is lunr's term numbering after expand). */
function unpackTerms(packed) {
  var previous = '';
  return packed === '' ? [] : packed.split(' ').map(function (coded) {
    previous = previous.slice(0, Number(coded.charAt(0))) + coded.slice(1);
    return previous;
  });
}

/** Each term as one digit (letters shared with the term before, at most 9) and the rest. */
function packTerms(terms) {
  var previous = '';
  return terms.map(function (term) {
    var shared = 0;
    while (shared < 9 && shared < previous.length && shared < term.length && previous[shared] === term[shared]) {
      shared++;
    }
    previous = term;
    return shared + term.slice(shared);
  }).join(' ');
}

function sortedPairs(elements, position) {
  var pairs = [];
  for (var i = 0; i < elements.length; i += 2) {
    pairs.push([position.get(elements[i]), elements[i + 1]]);
  }
  return pairs.sort(function (a, b) { return a[0] - b[0]; });
}

function step(value) {
  return Math.round(Math.log2(value) * STEPS);
}

function score(stepped) {
  return Math.round(Math.pow(2, stepped / STEPS) * 1000) / 1000;
}

export { compact, expand, quantize, unpackTerms };
