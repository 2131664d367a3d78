#!/usr/bin/env node
// Search benchmark (issue 3), for a site built with LAGESBILD_SEARCH_STATS set (bench/search.sh
// does both). Prints per edition: the index size raw and gzipped, the index build time in Node,
// and in headless Chromium the median query time (search alone, and with the snippets of the
// first ten hits) and the time from the last keystroke to fresh results on a cold page load.
// Prints figures only; nothing here asserts a timing.
//
//   node bench/search.mjs --site SITE_DIR --stats STATS.jsonl [--runs 30]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/tools/chromium.mjs';
import { serve } from '../tests/tools/static-server.mjs';

const QUERIES = ['inbrott', 'narkotika', 'alvsjo', 'bedrägerier', 'Solbergskolan', '1 047', 'våld i nära relation',
  'platssamverkan älvsjö solberga', 'trygghet', 'skolorna'];
const args = process.argv.slice(2);
const siteDir = option('--site');
const runs = Number(option('--runs') ?? 30);
const buildTimes = readStats(option('--stats'));
const editions = readdirSync(siteDir).filter((name) => /^\d{4}$/.test(name) && existsSync(join(siteDir, name, 'sok', 'index.json'))).sort().reverse();

const server = await serve(siteDir);
const browser = await launch();
try {
  console.log('edition  docs   raw KB   gzip KB   build ms   query ms (median)   +snippets ms   keystroke→results ms (cold, 80 / 30 ms a key)');
  for (const year of editions) {
    const raw = readFileSync(join(siteDir, year, 'sok', 'index.json'));
    const docs = JSON.parse(raw).docs.length;
    const queries = await queryTimes(year);
    const typing = await coldKeystroke(year, 'narkotika', 80);
    const fast = await coldKeystroke(year, 'drog', 30);
    console.log([
      year.padEnd(7),
      String(docs).padStart(5),
      (raw.length / 1024).toFixed(1).padStart(8),
      (gzipSync(raw, { level: 9 }).length / 1024).toFixed(1).padStart(9),
      (buildTimes.get(year)?.toFixed(0) ?? '?').padStart(10),
      queries.search.toFixed(2).padStart(19),
      queries.withSnippets.toFixed(2).padStart(14),
      `${typing.toFixed(0)} / ${fast.toFixed(0)}`.padStart(30),
    ].join('  '));
  }
  console.log(`(query times: median over ${QUERIES.length} queries × ${runs} runs in Chromium; build ms: median of the builds in the stats file;`);
  console.log(' keystroke→results: cold page, click in the field, then "narkotika" at 80 ms a key or "drog" at 30 ms a key;');
  console.log(' includes the 60 ms debounce and, when typing outruns it, the rest of fetching the index)');
} finally {
  await browser.close();
  await server.close();
}

/** Median time of one search, and of one search plus the snippets of its first ten hits. */
async function queryTimes(year) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${year}/sok/`);
  await page.waitForFunction(() => window.LagesbildSearchQuery !== undefined);
  const times = await page.evaluate(async ({ url, queries, runs }) => {
    const searcher = window.LagesbildSearchQuery.open(window.LagesbildSearch.create(window.lunr), await (await fetch(url)).json());
    const search = [];
    const withSnippets = [];
    for (let r = 0; r < runs; r++) {
      for (const query of queries) {
        const started = performance.now();
        const answer = searcher.search(query);
        const searched = performance.now();
        answer.results.slice(0, 10).forEach((hit) => searcher.highlight(hit.text, answer.words, 240));
        search.push(searched - started);
        withSnippets.push(performance.now() - started);
      }
    }
    return { search, withSnippets };
  }, { url: `${server.url}${year}/sok/index.json`, queries: QUERIES, runs });
  await page.close();
  return { search: median(times.search), withSnippets: median(times.withSnippets) };
}

/** Last keystroke to the results for the whole word, on a page whose index is fetched only on focus. */
async function coldKeystroke(year, word, delay) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${year}/inledning/`);
  await page.evaluate((word) => {
    window.__lastKey = 0;
    window.__shown = 0;
    document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);
    new MutationObserver(() => {
      if (window.__lastKey && document.getElementById('sok_falt').value === word && !window.__shown) {
        window.__shown = performance.now();
      }
    }).observe(document.getElementById('search-results'), { childList: true, subtree: true });
  }, word);
  await page.click('#sok_falt');
  await page.keyboard.type(word, { delay });
  await page.waitForFunction(() => window.__shown > 0, null, { timeout: 10000 });
  const ms = await page.evaluate(() => window.__shown - window.__lastKey);
  await context.close();
  return ms;
}

function readStats(path) {
  const byEdition = new Map();
  if (path && existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
      const { edition, buildMs } = JSON.parse(line);
      byEdition.set(edition, [...(byEdition.get(edition) ?? []), buildMs]);
    }
  }
  return new Map([...byEdition].map(([edition, times]) => [edition, median(times)]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
}

function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
