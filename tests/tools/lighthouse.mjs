// Lighthouse 12 on pages of a served site, with Debian's Chromium (chrome-launcher, never a download).
// Usage: node lighthouse.mjs --site DIR [--chromium PATH] [--categories a,b] PAGE... (DIR is served on 127.0.0.1)
// --categories: the categories to run (default all four); the test suite leaves out performance,
// a timing it does not hold, and Lighthouse's slowest part.
// Prints JSON: [{ page, scores: { performance, accessibility, 'best-practices', seo }, failing: [...] }]
// with scores from 0 to 100 and, per category, the audits that did not pass (to fix what lowers a score).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './static-server.mjs';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const argv = process.argv.slice(2);
const option = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv.splice(i, 2)[1] : undefined; };
const server = await serve(option('site'));
const base = server.url;
const chromePath = option('chromium') || process.env.CHROME_PATH || '/usr/bin/chromium';
const CATEGORIES = option('categories')?.split(',') ?? ALL_CATEGORIES;
const pages = argv;

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
try {
  const reports = [];
  for (const page of pages) {
    const { lhr } = await lighthouse(new URL(page, base).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => `${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim()));
    const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null;
    reports.push({ page, scores, failing, runtimeError });
  }
  process.stdout.write(JSON.stringify(reports));
} finally {
  await chrome.kill();
  await server.close();
}
