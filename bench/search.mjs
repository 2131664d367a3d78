#!/usr/bin/env node
// Search benchmark (issues 3 and 12), for a site built with LAGESBILD_SEARCH_STATS set
// (bench/search.sh does both). Prints per edition: the index size raw and gzipped (lunr's index
// and the headings), the same for the text file the snippets come from, the time Node takes to
// write both, and in headless Chromium the median query time (search alone, and with the
// snippets of the first ten hits) and the time from the last keystroke to fresh results on a cold
// page load; then what the first search on a chapter page downloads in total (gzipped) until its
// results show, and with the text file fetched after them (the snippets); and with
// --site20 (20 editions) what searching every edition downloads and its time to first result.
// Prints figures only; nothing here asserts a timing.
//
//   node bench/search.mjs --site SITE_DIR --stats STATS.jsonl [--site20 SITE_DIR] [--runs 30]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/tools/chromium.mjs';
import { serve } from '../tests/tools/static-server.mjs';

const QUERIES = ['inbrott', 'narkotika', 'alvsjo', 'bedrägerier', 'Solbergskolan', '1 047', 'våld i nära relation',
  'platssamverkan älvsjö solberga', 'trygghet', 'skolorna', 'knark', 'elevfrånvaro', 'trygghetsvandrngr', 'kloterr',
  'hur många anmälningar finns det i Järva', '67,7 %'];
const args = process.argv.slice(2);
const siteDir = option('--site');
const runs = Number(option('--runs') ?? 30);
const buildTimes = readStats(option('--stats'));
const site20 = option('--site20');
const editions = readdirSync(siteDir).filter((name) => /^\d{4}$/.test(name) && indexFile(siteDir, name) !== null).sort().reverse();

const server = await serve(siteDir);
const browser = await launch();
try {
  console.log('edition  docs   index raw/gzip KB   text raw/gzip KB   build ms   query ms first/again   +snippets ms   keystroke→results ms (cold, 80 / 30 ms a key)');
  for (const year of editions) {
    const raw = readFileSync(join(siteDir, year, 'sok', indexFile(siteDir, year)));
    const text = readFileSync(join(siteDir, year, 'sok', JSON.parse(raw).text));
    const docs = JSON.parse(raw).docs.length;
    const queries = await queryTimes(year);
    const typing = await coldKeystroke(year, 'narkotika', 80);
    const fast = await coldKeystroke(year, 'drog', 30);
    console.log([
      year.padEnd(7),
      String(docs).padStart(5),
      `${(raw.length / 1024).toFixed(1)} / ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)}`.padStart(18),
      `${(text.length / 1024).toFixed(1)} / ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)}`.padStart(17),
      (buildTimes.get(year)?.toFixed(0) ?? '?').padStart(10),
      `${queries.first.toFixed(2)} / ${queries.search.toFixed(2)}`.padStart(19),
      queries.withSnippets.toFixed(2).padStart(14),
      `${typing.toFixed(0)} / ${fast.toFixed(0)}`.padStart(30),
    ].join('  '));
  }
  console.log(`(query times: median over ${QUERIES.length} queries, first run / ${runs - 1} more runs (a word's lunr answer is cached) in Chromium; build ms: median of the builds in the stats file;`);
  console.log(' keystroke→results: cold page, click in the field, then "narkotika" at 80 ms a key or "drog" at 30 ms a key;');
  console.log(' includes the 60 ms debounce and, when typing outruns it, the rest of fetching the index)');
  const first = await firstSearchDownload(server, siteDir, editions[0]);
  console.log(`first search on ${editions[0]}/inledning/ until its results show: ${first.files} files, ${(first.gzip / 1024).toFixed(1)} KB gzipped `
    + `(${(first.raw / 1024).toFixed(1)} KB raw; page, CSS, scripts, index)`);
  console.log(`  with the snippets' text file fetched after them: ${first.withText.files} files, ${(first.withText.gzip / 1024).toFixed(1)} KB gzipped `
    + `(${(first.withText.raw / 1024).toFixed(1)} KB raw)`);
  if (site20) {
    const server20 = await serve(site20);
    try {
      const count = readdirSync(site20).filter((name) => /^\d{4}$/.test(name)).length;
      const latest = readdirSync(site20).filter((name) => /^\d{4}$/.test(name)).sort().reverse()[0];
      const all = await allEditions(server20, site20, latest);
      console.log(`all ${count} editions from ${latest}/sok/?alla=1&q=narkotika (cold): ${all.files} files, ${(all.gzip / 1024).toFixed(1)} KB gzipped, `
        + `first result ${all.ms.toFixed(0)} ms after navigation start, ${all.hits}`);
    } finally {
      await server20.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** Median time of one search, and of one search plus the snippets of its first ten hits. */
async function queryTimes(year) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${year}/sok/`);
  const times = await page.evaluate(async ({ url, queries, runs }) => {
    // The search runtime is an ES module the search field imports on first use; import it directly.
    const runtime = await import(document.querySelector('form[data-search-runtime]').getAttribute('data-search-runtime'));
    const data = await (await fetch(url)).json();
    const searcher = runtime.open(data);
    searcher.addText(await (await fetch(new URL(data.text, new URL(url, location.href)))).json());
    const search = [];
    const first = [];
    const withSnippets = [];
    for (let r = 0; r < runs; r++) {
      for (const query of queries) {
        const started = performance.now();
        const answer = searcher.search(query);
        const searched = performance.now();
        answer.results.slice(0, 10).forEach((hit) => searcher.highlight(hit.text, answer.words, 240));
        (r === 0 ? first : search).push(searched - started);
        withSnippets.push(performance.now() - started);
      }
    }
    return { search, first, withSnippets };
  }, { url: `${server.url}${year}/sok/${indexFile(siteDir, year)}`, queries: QUERIES, runs });
  await page.close();
  return { search: median(times.search), first: median(times.first), withSnippets: median(times.withSnippets) };
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

/** The edition's (fingerprinted) index file name, or null. */
function indexFile(dir, year) {
  const folder = join(dir, year, 'sok');
  return existsSync(folder) ? readdirSync(folder).find((name) => /^index\.[0-9a-f]+\.json$/.test(name)) ?? null : null;
}

/** Files a page fetched from the test server, with their sizes raw and gzipped (from disk). */
function sizes(dir, paths) {
  let raw = 0;
  let gzip = 0;
  const unique = [...new Set(paths)];
  for (const path of unique) {
    let file = join(dir, decodeURIComponent(path));
    if (path.endsWith('/')) {
      file = join(file, 'index.html');
    }
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
  }
  return { files: unique.length, raw, gzip };
}

/**
 * Everything a cold chapter page fetches until the first search's results show (the text file,
 * fetched once they are drawn, left out when its request came after them), and with the text file.
 */
async function firstSearchDownload(srv, dir, year) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.goto(`${srv.url}${year}/inledning/`);
  await page.click('#sok_falt');
  await page.keyboard.type('narkotika', { delay: 30 });
  await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result');
  const untilResults = paths.filter((path) => !path.endsWith('.svg') && !/\/sok\/text\.[0-9a-f]+\.json$/.test(path));
  await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result-snippet');
  await context.close();
  return { ...sizes(dir, untilResults), withText: sizes(dir, paths.filter((path) => !path.endsWith('.svg'))) };
}

/** A cold search page over every edition: what it downloads and when the first result shows. */
async function allEditions(srv, dir, year) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.goto(`${srv.url}${year}/sok/?alla=1&q=narkotika`);
  await page.waitForSelector('#search-results .search-result', { timeout: 30000 });
  const ms = await page.evaluate(() => performance.now());
  const hits = await page.evaluate(() => document.querySelector('[data-search-status]').textContent);
  await context.close();
  return { ...sizes(dir, paths.filter((path) => !path.endsWith('.svg'))), ms, hits };
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
