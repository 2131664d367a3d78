#!/usr/bin/env node
// Builds the search indexes at site build time, driven by Lagesbild.Site's LunrIndexBuilder.
//
//   node build-index.mjs < editions.json > indexes.txt
//     stdin:  { "editions": [ { "year": 2024, "documents": [ { "url", "title", "chapter",
//               "kind", "body", "table", "context" }, … ] }, … ] }
//     stdout: per edition, in input order, one line: its index.json,
//             { "v": 1, "docs": [ { "u", "t", "c", "p", "k", "x" }, … ], "index": <lunr's index, compacted> }
//   node build-index.mjs --check < editions.json
//     builds the same and checks that index-format.js expands each compact index back to lunr's
//     own serialisation (run by the tests).
//
// The browser gets search-core.js, index-format.js and search-query.js (see runtime-files.txt),
// so it normalises and queries with the very same code.
//
// All editions go through one process, so Node starts once per site build. Output depends only
// on the input: two builds write the same bytes.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { loadLunr } from './lunr-setup.mjs';

const require = createRequire(import.meta.url);
const format = require('./index-format.js');
const args = process.argv.slice(2);
const FIELDS = ['url', 'title', 'chapter', 'kind', 'body', 'table', 'context'];

const editions = parseEditions(await readStdin());
const core = require('./search-core.js').create(loadLunr());
const check = args.includes('--check');
const lines = editions.map(({ edition, documents }) => {
  const started = performance.now();
  const serialized = buildIndex(core, documents).toJSON();
  const output = JSON.stringify({ v: 1, docs: documents.map(storeEntry), index: format.compact(serialized) });
  if (check) {
    verify(edition, serialized, JSON.parse(output).index);
  }
  report(edition, documents.length, output, performance.now() - started);
  return output + '\n';
});
process.stdout.write(check ? `${editions.length} index(es) expand back to lunr's serialisation\n` : lines.join(''));

function buildIndex(core, documents) {
  const { lunr } = core;
  const builder = new lunr.Builder();
  // Our tokenizer and pipeline do all the Swedish work; queries are processed by search-core.js
  // itself (parseQuery), so the serialised search pipeline stays empty.
  builder.pipeline = core.indexPipeline;
  builder.searchPipeline.reset();
  builder.tokenizer = (text) => core.tokenize(text);
  builder.ref('id');
  builder.field('title', { boost: 10 });
  builder.field('chapter', { boost: 2 });
  builder.field('body');
  builder.field('table');
  documents.forEach((doc, i) => builder.add({ id: String(i), ...doc }));
  return builder.build();
}

/** What results show of a document; a table's (or chart's) snippet comes from its cells before its source and notes. */
function storeEntry(doc) {
  const parts = doc.kind === 'section' ? [doc.body, doc.table] : [doc.table, doc.body];
  return { u: doc.url, t: doc.title, c: doc.chapter, p: doc.context, k: doc.kind, x: parts.filter((part) => part).join('\n') };
}

function verify(edition, serialized, packed) {
  if (JSON.stringify(format.expand(packed)) !== JSON.stringify(format.renumber(serialized))) {
    fail(`the compact index of ${edition} does not expand back to lunr's serialisation; index-format.js is out of step with lunr`);
  }
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
  for (const { year, documents } of parsed.editions) {
    if (!Array.isArray(documents)) {
      fail(`edition ${year} has no "documents" array`);
    }
    for (const [i, doc] of documents.entries()) {
      const missing = FIELDS.find((key) => typeof doc[key] !== 'string');
      if (missing) {
        fail(`search document ${i} of ${year} has no string "${missing}"`);
      }
    }
  }
  return parsed.editions.map(({ year, documents }) => ({ edition: String(year), documents }));
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
