#!/usr/bin/env node
// Runs queries against a built index with the browser's own search runtime (search-runtime.js,
// unbundled), for the index tests and the benchmark.
//
//   node query-index.mjs site/2024/sok/index.<hash>.json < queries.json
//     stdin:  [ "inbrott", "alvsjo", … ]
//     stdout: [ { "query", "results": [ { "url", "title", "chapter", "kind", "matched", "snippet" } ], "total",
//               "expanded": [ { "text", "synonyms" } ], "split": [ "skol frånvaro" ], "corrected", "suggestion",
//               "searched", "cut" } ]
//     (searched: the words searched after the query limits; cut: whether the limits left anything out)
//     (corrected: the suggestion whose results these are, when the query itself had none)
//     (results cut to --top N, default 10; snippet marks matches as [[word]])
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { open } from './search-runtime.js';

const [indexPath, ...rest] = process.argv.slice(2);
if (!indexPath) {
  process.stderr.write('usage: node query-index.mjs INDEX.json [--top N] < queries.json\n');
  process.exit(2);
}

const top = rest.includes('--top') ? Number(rest[rest.indexOf('--top') + 1]) : 10;
const data = JSON.parse(readFileSync(indexPath, 'utf8'));
const searcher = open(data);
// The snippets' text file, named by the index and next to it.
searcher.addText(JSON.parse(readFileSync(join(dirname(indexPath), data.text), 'utf8')));
const queries = JSON.parse(await readStdin());

const answers = queries.map((query) => {
  const { words, results, expanded, corrected, suggestion, searched, cut } = searcher.answer(query);
  return {
    query,
    results: results.slice(0, top).map((r) => ({
      url: r.url,
      title: r.title,
      chapter: r.chapter,
      kind: r.kind,
      matched: r.matched,
      snippet: searcher.highlight(r.text, words, 160).map((s) => (s.mark ? `[[${s.text}]]` : s.text)).join(''),
    })),
    total: results.length,
    expanded: expanded ?? [],
    split: words.filter((w) => w.split).map((w) => w.split.join(' ')),
    corrected: corrected ?? null,
    suggestion: suggestion ?? null,
    searched: searched ?? '',
    cut: cut === true,
  };
});
process.stdout.write(JSON.stringify(answers, null, 1) + '\n');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
