#!/usr/bin/env node
// Writes the search index files at site build time, driven by Lagesbild.Site's LunrIndexBuilder.
//
//   node build-index.mjs < editions.json > indexes.txt
//     stdin:  { "editions": [ { "year": 2024, "documents": [ { "url", "title", "chapter",
//               "kind", "body", "table", "context" }, … ], "synonyms": [ [ "polis", "polisen", … ], … ] }, … ] }
//     stdout: per edition, in input order, one line: its index file,
//             { "v": 2, "docs": [ { "u", "t", "c", "p", "k", "x" }, … ], "syn": [ [ … ], … ], "stems": "0120s…" }
//             (stems: per sorted distinct word of the docs, the letters the stemmer cuts off, so the
//             browser need not run the stemmer on the whole report; see search-core.js primeStems)
//   node build-index.mjs --check < editions.json
//     also opens each index with the browser's query code and checks that every document is
//     found by a word of its own title (run by the tests).
//
// The file holds only what results show (the documents' text) and the editors' thesaurus: the
// browser builds the inverted index from that text when it opens the file, with the same
// search-core.js that normalises queries (see runtime-files.txt). That keeps the first search's
// download small; the text is needed for the snippets anyway.
//
// All editions go through one process, so Node starts once per site build. Output depends only
// on the input: two builds write the same bytes.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { loadLunr } from './lunr-setup.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const FIELDS = ['url', 'title', 'chapter', 'kind', 'body', 'table', 'context'];

const editions = parseEditions(await readStdin());
const core = require('./search-core.js').create(loadLunr());
const ranking = require('./search-ranking.js');
const check = args.includes('--check');
const lines = editions.map(({ edition, documents, synonyms }) => {
  const started = performance.now();
  const docs = documents.map(storeEntry);
  const stems = core.stemCodes(ranking.vocabulary(core, docs).sorted);
  const output = JSON.stringify({ v: 2, docs, syn: synonyms, stems });
  if (check) {
    verify(edition, JSON.parse(output));
  }
  report(edition, documents.length, output, performance.now() - started);
  return output + '\n';
});
process.stdout.write(check ? `${editions.length} index(es) find every document by its title\n` : lines.join(''));

/**
 * What the index keeps of a document: its address, heading, chapter, the headings above it (shown,
 * not searched) and one text; a table's (or chart's) text starts with its cells, a section's with
 * its prose. Empty fields are left out to keep the file small.
 */
function storeEntry(doc) {
  const parts = doc.kind === 'section' ? [doc.body, doc.table] : [doc.table, doc.body];
  const entry = { u: doc.url, t: doc.title, c: doc.chapter };
  if (doc.context) {
    entry.p = doc.context;
  }
  entry.k = doc.kind;
  entry.x = parts.filter((part) => part).join('\n');
  return entry;
}

function verify(edition, data) {
  const searcher = require('./search-query.js').open(core, data);
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
function report(edition, documents, output, ms) {
  if (process.env.LAGESBILD_SEARCH_STATS) {
    const stats = { edition, documents, bytes: Buffer.byteLength(output), buildMs: Math.round(ms * 10) / 10 };
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
  if (!parsed || !Array.isArray(parsed.editions)) {
    fail('the search documents have no "editions" array');
  }
  for (const { year, documents, synonyms } of parsed.editions) {
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
  }
  return parsed.editions.map(({ year, documents, synonyms }) => ({ edition: String(year), documents, synonyms: synonyms ?? [] }));
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
