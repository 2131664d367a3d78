// Browser audits of a served site in one Chromium (Debian's, through playwright-core):
//   axe      axe-core's WCAG 2.0/2.1 A and AA rules on every page, light and dark, 375 px and 1280 px
//   keyboard Tab from the top of a page: every stop, with whether its focus indicator shows
//   nojs     pages with JavaScript off: what a reader still sees
// Usage: node audit-browser.mjs --site DIR [--chromium PATH] [--jobs N] < request.json (DIR is served on 127.0.0.1)
// The two widths run N at a time (default 2, one per core), each in its own browser context.
// request.json: { "pages": ["2024/", ...], "keyboard": ["2024/inledning/", ...], "nojs": ["2024/", ...], "searchQuery": "word" }
// Prints one JSON object to stdout: { axe: [...violations], checked: ["<mode> <path axe saw>"], keyboard: {page: [stops]}, nojs: {page: view} }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { layoutOf } from './page-layout.mjs';
import { serve } from './static-server.mjs';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Each width is one browser context that loads every page once and audits it in both colour
// schemes (switching prefers-color-scheme on the loaded page), which halves the page loads and
// axe injections of a context per scheme and width.
export const WIDTHS = [
  { name: '375', viewport: { width: 375, height: 812 } },
  { name: '1280', viewport: { width: 1280, height: 900 } },
];
const SCHEMES = ['light', 'dark'];
// Switching the scheme changes colours only (the DOM and layout stay), so after the full audit in
// the first scheme the others run the rules that read colours; should a scheme change what is
// shown or where (see layoutOf), that scheme gets the full audit too.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const server = await serve(args.site);
const base = server.url;
const executablePath = args.chromium || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const request = JSON.parse(readFileSync(0, 'utf8'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
try {
  const result = { axe: [], checked: [], keyboard: {}, nojs: {} };
  const modes = await inParallel(WIDTHS, Number(args.jobs ?? 2), (width) => axeWidth(width, request.pages ?? []));
  for (const { violations, checked } of modes) {
    result.axe.push(...violations);
    result.checked.push(...checked);
  }
  for (const path of request.keyboard ?? []) {
    result.keyboard[path] = await tabThrough(path);
  }
  for (const path of request.nojs ?? []) {
    result.nojs[path] = await withoutJavaScript(path);
  }
  process.stdout.write(JSON.stringify(result));
} finally {
  await browser.close();
  await server.close();
}

/** Runs `work` on every item, at most `jobs` at a time; resolves to the results in the items' order. */
async function inParallel(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, lane));
  return results;
}

// axe has to be injected into pages whose CSP allows no inline script, so only these contexts bypass it.
async function axeWidth(width, pages) {
  const context = await browser.newContext({ colorScheme: SCHEMES[0], viewport: width.viewport, bypassCSP: true, reducedMotion: 'reduce' });
  const violations = [];
  const checked = [];
  try {
    const page = await context.newPage();
    // A redirect page (senaste/) moves on by itself with <meta http-equiv=refresh>; without this
    // axe audited the page it leads to (twice over) and never the redirect page itself.
    let opening = null;
    await page.route('**/*', (route) => {
      const request = route.request();
      const elsewhere = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== opening;
      return elsewhere ? route.abort('aborted') : route.continue();
    });
    for (const path of pages) {
      opening = new URL(path, base).href;
      // Waits for the document itself to be complete with its stylesheet, not for Playwright's load
      // event: on a redirect page the aborted refresh swallows it.
      const response = await page.goto(opening, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState === 'complete'
        && [...document.querySelectorAll('link[rel~=stylesheet]')].every((link) => link.sheet !== null));
      const audited = decodeURIComponent(new URL(page.url()).pathname.slice(1));
      await page.evaluate(axeSource);
      let firstLayout = null;
      for (const scheme of SCHEMES) {
        const mode = `${scheme} ${width.name}`;
        await page.emulateMedia({ colorScheme: scheme });
        // One frame, so the styles of the new scheme are computed before axe reads colours.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        const layout = await page.evaluate(layoutOf);
        firstLayout ??= layout;
        const runOnly = layout === firstLayout && scheme !== SCHEMES[0] ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: TAGS };
        // What axe is about to audit, so the test can tell every page was audited, not a page it led to.
        checked.push(`${mode} ${audited}`);
        const found = await page.evaluate(async (only) => {
          const run = await window.axe.run(document, { runOnly: only, resultTypes: ['violations'] });
          return run.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary })),
          }));
        }, runOnly);
        for (const violation of found) {
          violations.push({ page: path, mode, status: response?.status() ?? 0, ...violation });
        }
      }
    }
  } finally {
    await context.close();
  }
  return { violations, checked };
}

// Presses Tab from the top of the page until focus leaves the page or comes back round, recording each stop.
async function tabThrough(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const stops = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(describeFocus);
      if (!stop || (stops.length > 0 && stop.path === stops[0].path)) {
        break;
      }
      stops.push(stop);
    }
    // The skip link, followed: focus lands in main, and the next Tab stays in it.
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const skipTarget = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());
    await page.keyboard.press('Tab');
    const afterSkip = await page.evaluate(describeFocus);
    // On the search page: type a query in the field, then Tab on to the results.
    let results = null;
    if (path.endsWith('/sok/')) {
      await page.goto(new URL(path, base).href + '?q=', { waitUntil: 'networkidle' });
      await page.focus('input[type=search]');
      await page.keyboard.type(request.searchQuery ?? 'inbrott');
      // Generous: under a loaded test run the search runtime and index can take seconds to arrive.
      await page.waitForSelector('#search-results a[href]', { timeout: 30000 }).catch(() => {});
      results = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(describeFocus);
        if (!stop) break;
        results.push({ ...stop, inResults: await page.evaluate(() => !!document.activeElement?.closest('#search-results')) });
        if (results.at(-1).inResults) break;
      }
    }
    return { stops, skipTarget, afterSkip, results, problems };
  } finally {
    await context.close();
  }
}

// Runs in the page: the focused element, where it sits and whether its focus indicator is drawn.
function describeFocus() {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) {
    return null;
  }
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const pathOf = (node) => {
    const parts = [];
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const index = n.parentElement ? [...n.parentElement.children].indexOf(n) : 0;
      parts.unshift(`${n.tagName.toLowerCase()}[${index}]`);
    }
    return parts.join('>');
  };
  const region = element.closest('header, nav, main, footer, aside, [role=search], form');
  const landmarks = [];
  for (let n = element; n; n = n.parentElement) {
    const tag = n.tagName.toLowerCase();
    if (['header', 'nav', 'main', 'footer', 'aside', 'form'].includes(tag) || n.getAttribute('role')) {
      landmarks.unshift(n.getAttribute('role') || tag);
    }
  }
  return {
    path: pathOf(element),
    tag: element.tagName.toLowerCase(),
    id: element.id || null,
    className: typeof element.className === 'string' ? element.className : null,
    type: element.getAttribute('type'),
    href: element.getAttribute('href'),
    text: (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 80),
    region: region ? (region.getAttribute('role') || region.tagName.toLowerCase()) : null,
    regionClass: region && typeof region.className === 'string' ? region.className : null,
    landmarks,
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
    inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
      && rect.top < window.innerHeight && rect.left < window.innerWidth,
  };
}

// Opens a page with JavaScript off and reports what is there to read and use.
async function withoutJavaScript(path) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // With JavaScript off, Chromium still requests the module preloads (<link rel=modulepreload>)
    // and refuses them itself, as "csp": that is JavaScript being off, not a broken page.
    const problems = watch(page, (r) => r.resourceType() === 'script' && r.failure()?.errorText === 'csp');
    const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    const view = await page.evaluate(() => {
      const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
      const main = document.querySelector('main');
      return {
        url: location.href,
        title: document.title,
        h1: document.querySelector('h1')?.innerText.trim() ?? null,
        mainText: main ? main.innerText.length : 0,
        mainWords: main ? main.innerText.split(/\s+/).filter((word) => word.length > 0).length : 0,
        visibleChapters: [...document.querySelectorAll('section.print-chapter')].filter(visible).length,
        navLinks: [...document.querySelectorAll('nav a[href]')].filter(visible).map((a) => a.getAttribute('href')),
        // A one-row table's stacked twin (.table-stacked) is for narrow screens and hidden here.
        tables: [...document.querySelectorAll('table')].filter((t) => !t.closest('.table-stacked')).length,
        visibleTables: [...document.querySelectorAll('table')].filter((t) => !t.closest('.table-stacked')).filter(visible).length,
        links: [...document.querySelectorAll('main a[href]')].filter(visible).length,
        stylesheetLoaded: [...document.styleSheets].some((s) => { try { return s.cssRules.length > 0; } catch { return false; } }),
        hiddenInMain: [...(main?.querySelectorAll('[hidden]') ?? [])].map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')),
      };
    });
    return { status: response?.status() ?? 0, ...view, problems };
  } finally {
    await context.close();
  }
}

// Console errors, failed requests (but those `expected` to fail) and CSP violations a page causes.
function watch(page, expected = () => false) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request the test's own next page.goto cut short (a slow favicon under load) is net::ERR_ABORTED;
  // a resource that is really missing or refused shows as an HTTP status, a CSP or a console error.
  const aborted = (r) => r.failure()?.errorText === 'net::ERR_ABORTED';
  page.on('requestfailed', (r) => { if (!expected(r) && !aborted(r)) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().includes('/nonexistent')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}
