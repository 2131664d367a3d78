#!/usr/bin/env node
// Builds an edition's search index at site build time, driven by Lagesbild.Site's LunrIndexBuilder.
//
//   node build-index.mjs --edition 2024 < documents.json > index.json
//     stdin:  { "documents": [ { "url", "title", "chapter", "kind", "body", "table", "context" }, … ] }
//     stdout: { "v": 1, "docs": [ { "u", "t", "c", "p", "k", "x" }, … ], "index": <lunr's index, compacted> }
//   node build-index.mjs --runtime > search-runtime.js
//     stdout: lunr, lunr-languages' Swedish and this folder's search-core.js, index-format.js and
//             search-query.js as one classic script, so the browser normalises and queries with
//             the very same code.
//
// Output depends only on the input, so two builds write the same bytes.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { loadLunr, runtimeFiles } from './lunr-setup.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (args.includes('--runtime')) {
  const parts = runtimeFiles().map((file) => `/* ${file.name} */\n${readFileSync(file.path, 'utf8').trim()}\n;\n`);
  process.stdout.write(parts.join(''));
} else {
  const edition = valueOf('--edition') ?? '?';
  const input = await readStdin();
  const started = performance.now();
  const documents = parseDocuments(input, edition);
  const core = require('./search-core.js').create(loadLunr());
  const output = JSON.stringify(build(core, documents));
  const buildMs = performance.now() - started;
  process.stdout.write(output);
  if (process.env.LAGESBILD_SEARCH_STATS) {
    // For bench/search.mjs only; timings never go into the output, which must stay deterministic.
    const stats = { edition, documents: documents.length, bytes: Buffer.byteLength(output), buildMs: Math.round(buildMs * 10) / 10 };
    appendFileSync(process.env.LAGESBILD_SEARCH_STATS, JSON.stringify(stats) + '\n');
  }
}

function build(core, documents) {
  const { lunr } = core;
  const builder = new lunr.Builder();
  // Our tokenizer and pipeline do all the Swedish work; queries are processed by search-core.js
  // itself (parseQuery), so the serialised search pipeline stays empty.
  builder.pipeline = core.pipeline;
  builder.searchPipeline.reset();
  builder.tokenizer = (text) => core.tokenize(text);
  builder.ref('id');
  builder.field('title', { boost: 10 });
  builder.field('chapter', { boost: 2 });
  builder.field('body');
  builder.field('table');
  documents.forEach((doc, i) => builder.add({ id: String(i), ...doc }));
  return {
    v: 1,
    docs: documents.map((doc) => ({ u: doc.url, t: doc.title, c: doc.chapter, p: doc.context, k: doc.kind, x: snippetText(doc) })),
    index: compactChecked(builder.build().toJSON()),
  };
}

/** The compact index, after making sure the browser's expand() gives lunr's serialisation back. */
function compactChecked(serialized) {
  const format = require('./index-format.js');
  const packed = format.compact(serialized);
  const expected = JSON.stringify(format.renumber(serialized));
  if (JSON.stringify(format.expand(JSON.parse(JSON.stringify(packed)))) !== expected) {
    fail('the compact index does not expand back to lunr\'s serialisation; index-format.js is out of step with lunr');
  }
  return packed;
}

/** The text results show a snippet from: a table's cells before its source and notes. */
function snippetText(doc) {
  const parts = doc.kind === 'table' ? [doc.table, doc.body] : [doc.body, doc.table];
  return parts.filter((part) => part).join('\n');
}

function parseDocuments(input, edition) {
  let parsed;
  try {
    parsed = JSON.parse(input);
  } catch (error) {
    fail(`the search documents of ${edition} are not JSON: ${error.message}`);
  }
  if (!parsed || !Array.isArray(parsed.documents)) {
    fail(`the search documents of ${edition} have no "documents" array`);
  }
  for (const [i, doc] of parsed.documents.entries()) {
    for (const key of ['url', 'title', 'chapter', 'kind', 'body', 'table', 'context']) {
      if (typeof doc[key] !== 'string') {
        fail(`search document ${i} of ${edition} has no string "${key}"`);
      }
    }
  }
  return parsed.documents;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function valueOf(name) {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : undefined;
}

function fail(message) {
  process.stderr.write(`build-index.mjs: ${message}\n`);
  process.exit(1);
}
