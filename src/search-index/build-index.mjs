#!/usr/bin/env node
// Builds each edition's search index with lunr at site build time, driven by Lagesbild.Site's
// LunrIndexBuilder.
//
//   node build-index.mjs < editions.json > indexes.txt
//     stdin:  { "schema": 3, "editions": [ { "year": 2024, "documents": [ { "url", "title", "chapter",
//               "kind", "body", "table", "context" }, … ], "synonyms": [ [ "polis", "polisen", … ], … ],
//               "textFile": "text.<hash>.json" }, … ] }
//     stdout: per edition, in input order, two lines:
//             its index file, { "v": 3, "docs": [ { "u", "t", "c", "p", "k" }, … ], "syn": [ [ … ], … ],
//               "index": <lunr's index, compacted by index-format.js>, "words": "…", "text": textFile }
//             (words: per term of the index, how the report most often writes it, for "did you mean")
//             and its text file, [ "the text of document 0", … ] (the snippets; fetched after the index)
//   node build-index.mjs --check < editions.json
//     builds the same and checks that index-format.js expands each compact index back to lunr's
//     own serialisation and that every document is found by a word of its own title (run by the tests).
//
// lunr builds the index (with lunr-languages' Swedish stemmer and stop words run by our
// search-core.js, which normalises the words); the browser loads it with lunr.Index.load and
// queries it with lunr (search-query.js). Both import search-core.js and index-format.js (the
// browser through search-runtime.js), so an indexed word and a query word are normalised alike.
//
// All editions go through one process, so Node starts once per site build. Output depends only
// on the input: two builds write the same bytes.
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as format from './index-format.js';
import lunr from './lunr-sv.js';
import * as shared from './search-core.js';
import * as query from './search-query.js';

const args = process.argv.slice(2);
const FIELDS = ['url', 'title', 'chapter', 'kind', 'body', 'table', 'context'];

const editions = parseEditions(await readStdin());
const core = shared.create(lunr);
const check = args.includes('--check');
const lines = editions.map(({ edition, documents, synonyms, textFile }) => {
  const started = performance.now();
  const texts = documents.map(storedText);
  const serialized = buildIndex(documents, texts).toJSON();
  const index = format.compact(serialized);
  const words = surfaceWords(format.unpackTerms(index.terms), documents, texts);
  const output = JSON.stringify({ v: shared.schema, docs: documents.map(storeEntry), syn: synonyms, index, words, text: textFile });
  const text = JSON.stringify(texts);
  if (check) {
    verify(edition, serialized, JSON.parse(output), JSON.parse(text));
  }
  report(edition, documents.length, output, text, performance.now() - started);
  return output + '\n' + text + '\n';
});
process.stdout.write(check ? `${editions.length} index(es) expand back to lunr's serialisation and find every document by its title\n` : lines.join(''));

/**
 * lunr's index of the documents: the heading weighs most, then the chapter title, then the text.
 * Our tokenizer and pipeline (search-core.js) do the Swedish work; search-query.js builds each
 * query from the words it has normalised itself, so the serialised search pipeline stays empty.
 * No metadata (term positions) is kept: snippets find the words again in the text.
 */
function buildIndex(documents, texts) {
  const { lunr } = core;
  const builder = new lunr.Builder();
  builder.pipeline = core.indexPipeline;
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.tokenizer = (text) => core.tokenize(text);
  builder.ref('id');
  builder.field('t', { boost: 10 });
  builder.field('c', { boost: 2 });
  builder.field('x');
  documents.forEach((doc, i) => builder.add({ id: String(i), t: doc.title, c: doc.chapter, x: texts[i] }));
  return builder.build();
}

/** A document's one text: a table's (or chart's) starts with its cells, a section's with its prose. */
function storedText(doc) {
  const parts = doc.kind === 'section' ? [doc.body, doc.table] : [doc.table, doc.body];
  return parts.filter((part) => part).join('\n');
}

/**
 * What results show of a document before its text arrives: its address, heading, chapter and the
 * headings above it (shown, not searched). An empty context is left out to keep the file small.
 */
function storeEntry(doc) {
  const entry = { u: doc.url, t: doc.title, c: doc.chapter };
  if (doc.context) {
    entry.p = doc.context;
  }
  entry.k = doc.kind;
  return entry;
}

/**
 * Per index term, in the index's order, the letters the report's most frequent word with that stem
 * adds to it ("" when the word is the stem itself), or "-" when no word has it as its own stem (a
 * folded form such as "alvsjo", or a stem that is not the start of its word): "did you mean"
 * offers words, not stems. Space-separated; words are runs of letters and digits, so no clash.
 */
function surfaceWords(terms, documents, texts) {
  const counts = new Map();
  documents.forEach((doc, i) => {
    for (const text of [doc.title, texts[i]]) {
      for (const word of core.words(text)) {
        const stem = core.terms(word.norm)[0];
        if (stem !== undefined && word.norm.startsWith(stem)) {
          const forms = counts.get(stem) ?? new Map();
          forms.set(word.norm, (forms.get(word.norm) ?? 0) + 1);
          counts.set(stem, forms);
        }
      }
    }
  });
  return terms.map((term) => {
    const forms = counts.get(term);
    if (forms === undefined) {
      return '-';
    }
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    return best.slice(term.length);
  }).join(' ');
}

function verify(edition, serialized, data, texts) {
  if (JSON.stringify(format.expand(data.index)) !== JSON.stringify(format.quantize(serialized))) {
    fail(`the compact index of ${edition} does not expand back to lunr's serialisation; index-format.js is out of step with lunr`);
  }
  const searcher = query.open(core, data);
  searcher.addText(texts);
  data.docs.forEach((doc, i) => {
    if (core.parseQuery(doc.t).length === 0) {
      return;
    }
    const { results } = searcher.search(doc.t);
    if (!results.some((r) => r.url === doc.u)) {
      fail(`document ${i} of ${edition} (${doc.u}) is not found by its own title "${doc.t}"`);
    }
  });
}

/** Timings for bench/search.mjs only: they never go into the output, which must stay deterministic. */
function report(edition, documents, output, text, ms) {
  if (process.env.LAGESBILD_SEARCH_STATS) {
    const stats = { edition, documents, bytes: Buffer.byteLength(output), textBytes: Buffer.byteLength(text), buildMs: Math.round(ms * 10) / 10 };
    appendFileSync(process.env.LAGESBILD_SEARCH_STATS, JSON.stringify(stats) + '\n');
  }
}

function parseEditions(input) {
  let parsed;
  try {
    parsed = JSON.parse(input);
  } catch (error) {
    fail(`the search documents are not JSON: ${error.message}`);
  }
  if (!parsed || parsed.schema !== shared.schema) {
    fail(`the search documents are of schema ${JSON.stringify(parsed?.schema)}, but this build-index.mjs reads schema ${shared.schema}: `
      + 'Lagesbild.Site (SearchSchema.Version) and search-core.js (SCHEMA) are out of step; rebuild both from the same commit');
  }
  if (!Array.isArray(parsed.editions)) {
    fail('the search documents have no "editions" array');
  }
  for (const { year, documents, synonyms, textFile } of parsed.editions) {
    if (!Array.isArray(documents)) {
      fail(`edition ${year} has no "documents" array`);
    }
    for (const [i, doc] of documents.entries()) {
      const missing = FIELDS.find((key) => typeof doc[key] !== 'string');
      if (missing) {
        fail(`search document ${i} of ${year} has no string "${missing}"`);
      }
    }
    if (synonyms !== undefined && !(Array.isArray(synonyms) && synonyms.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string')))) {
      fail(`the synonyms of ${year} are not a list of lists of words`);
    }
    if (typeof textFile !== 'string' || !/^[\w.-]+$/.test(textFile)) {
      fail(`edition ${year} has no "textFile" name`);
    }
  }
  return parsed.editions.map(({ year, documents, synonyms, textFile }) => ({ edition: String(year), documents, synonyms: synonyms ?? [], textFile }));
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message) {
  process.stderr.write(`build-index.mjs: ${message}\n`);
  process.exit(1);
}
