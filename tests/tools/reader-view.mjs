// A reader's view of a served site in Debian's Chromium: layout facts a phone or desktop reader
// notices and no audit checks, at each width in light and dark, plus optional screenshots.
// Usage: node reader-view.mjs --site DIR [--chromium PATH] [--shots DIR] < request.json
// request.json: { "pages": ["2024/skolor/", ...], "widths": [320, 390, 1280], "schemes": ["light", "dark"] }
// request.landings: ["2024/x/?hl=word#section", ...]: a search hit's address, opened as a reader lands on it.
// Prints one JSON object: { views: [{ page, width, scheme, ...facts }], landings: [{ marks, bar, ... }] }.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { layoutOf } from './page-layout.mjs';
import { serve } from './static-server.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const request = JSON.parse(readFileSync(0, 'utf8'));
const server = await serve(args.site);
const browser = await launch(args.chromium);
try {
  const views = [];
  // One context per width loads each page once and measures it in every scheme, switching
  // prefers-color-scheme on the loaded page (measure, scrollTables and focusOrder each start from
  // the top with nothing focused): half the page loads of a context per width and scheme.
  for (const width of request.widths ?? [320, 390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      for (const path of request.pages) {
        await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
        let first = null;
        for (const scheme of request.schemes ?? ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
          const facts = await page.evaluate(measure);
          facts.tables = await scrollTables(page);
          // Tab order and where each stop sits depend on the layout only: when a scheme leaves
          // every element's box where the first scheme had it, its stops are the first scheme's.
          const layout = await page.evaluate(layoutOf);
          facts.focus = first?.layout === layout ? first.focus : await focusOrder(page);
          first ??= { layout, focus: facts.focus };
          if (args.shots) {
            const name = `${path.replace(/\W+/g, '_')}${width}-${scheme}.png`;
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: join(args.shots, name) });
            const figures = await page.locator('main .chart, main .data-table, main .figure').all();
            for (const [i, figure] of figures.slice(0, 4).entries()) {
              await figure.screenshot({ path: join(args.shots, name.replace('.png', `-fig${i}.png`)) });
            }
          }
          views.push({ page: path, width, scheme, ...facts });
        }
      }
    } finally {
      await context.close();
    }
  }
  const landings = [];
  for (const path of request.landings ?? []) {
    landings.push(await landing(path));
  }
  const searches = [];
  for (const search of request.searches ?? []) {
    searches.push(await searchFromHeader(search.page, search.query));
  }
  process.stdout.write(JSON.stringify({ views, landings, searches }));
} finally {
  await browser.close();
  await server.close();
}

// Runs in the page: sideways overflow of the page, chart text sizes, scrolling tables.
function measure() {
  const root = document.documentElement;
  const wider = [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !e.closest('.table-scroll, .visually-hidden, .skip-link'))
    .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
  const chartTexts = [...document.querySelectorAll('.chart-svg text')].filter((t) => t.getBoundingClientRect().width > 0);
  // The rendered size: the SVG's font size times how much the drawing is scaled down or up.
  const fontSizes = chartTexts.map((t) => {
    const svg = t.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return parseFloat(getComputedStyle(t).fontSize) * scale;
  });
  const charts = [...document.querySelectorAll('.chart')].map((c) => ({
    id: c.id,
    overflow: Math.max(0, ...[...c.querySelectorAll('*')].map((e) => e.scrollWidth - e.clientWidth).filter((n) => Number.isFinite(n))),
    right: c.getBoundingClientRect().right,
  }));
  // (Inside measure: page.evaluate sends this function alone to the page.)
  // Chart text a reader cannot read cleanly: a category name that a grid or axis line crosses, and
  // tick labels that run into each other. Boxes are shrunk by a pixel so touching is not a clash.
  function chartClashes(texts) {
    const box = (e) => { const r = e.getBoundingClientRect(); return { l: r.left + 1, r: r.right - 1, t: r.top + 1, b: r.bottom - 1 }; };
    const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
    const name = (e) => `${e.closest('.chart')?.id}: "${e.textContent.trim()}"`;
    const clashes = [];
    for (const label of texts.filter((t) => t.matches('.chart-category'))) {
      const lines = [...label.ownerSVGElement.querySelectorAll('line.chart-grid, line.chart-axis')].filter((l) => l.getBoundingClientRect().height > 0);
      const hit = lines.find((l) => meet(box(label), { ...box(l), l: l.getBoundingClientRect().left - 0.5, r: l.getBoundingClientRect().right + 0.5 }));
      if (hit) clashes.push(`${name(label)} is crossed by a ${hit.getAttribute('class')} line`);
    }
    const ticks = texts.filter((t) => t.matches('.chart-tick'));
    for (const [i, a] of ticks.entries()) {
      for (const b of ticks.slice(i + 1)) {
        if (a.ownerSVGElement === b.ownerSVGElement && meet(box(a), box(b))) clashes.push(`${name(a)} runs into ${name(b)}`);
      }
    }
    return clashes.slice(0, 10);
  }

  return {
    chartClashes: chartClashes(chartTexts),
    pageScrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    wider,
    chartCount: charts.length,
    charts,
    minChartFont: fontSizes.length ? Math.min(...fontSizes) : null,
  };
}

// Scrolls every displayed table that scrolls sideways to its end, and down: are its row headers
// and header rows still on screen, opaque, and is there a cue (a fade at the cut edge) that it scrolls?
async function scrollTables(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const opaque = (e) => { const c = getComputedStyle(e).backgroundColor; return c !== 'transparent' && !/rgba\(.*, 0(\.\d+)?\)$/.test(c); };
    const results = [];
    for (const box of document.querySelectorAll('.table-scroll')) {
      const shown = box.getClientRects().length > 0;
      const table = box.querySelector('table');
      const scrolls = shown && box.scrollWidth > box.clientWidth + 1;
      const result = { id: box.closest('figure')?.id, shown, scrolls, overflow: box.scrollWidth - box.clientWidth };
      if (scrolls) {
        box.scrollIntoView({ block: 'start' });
        box.scrollLeft = box.scrollWidth;
        box.scrollTop = box.scrollHeight;
        await frame();
        const edge = box.getBoundingClientRect();
        const rowHeader = [...table.querySelectorAll('tbody th[scope=row]')].at(-1);
        const header = table.querySelector('thead tr:last-child th:last-child');
        const inBox = (e) => { const r = e.getBoundingClientRect(); return r.left >= edge.left - 1 && r.right <= edge.right + 1 && r.top >= edge.top - 1 && r.bottom <= edge.bottom + 1; };
        result.rowHeaderInView = !!rowHeader && inBox(rowHeader);
        result.headerInView = !!header && inBox(header);
        result.opaque = !!rowHeader && opaque(rowHeader) && opaque(header);
        box.scrollLeft = 0;
        box.scrollTop = 0;
        await frame();
        result.cue = getComputedStyle(box).maskImage.includes('gradient') && !/#000 0px|rgb\(0, 0, 0\) 0px/.test(getComputedStyle(box).maskImage);
      }
      results.push(result);
    }
    window.scrollTo(0, 0);
    return results;
  });
}

// Tabs through the page: does each stop lie below the one before it (or on the same line)?
async function focusOrder(page) {
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement?.blur(); });
  const stops = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      // Measured with the page at its top, where a sticky sidebar sits in its own place.
      const scrolled = window.scrollY;
      window.scrollTo(0, 0);
      const r = e.getBoundingClientRect();
      window.scrollTo(0, scrolled);
      // Inside a box that scrolls up and down (the sidebar), its own scrolling is added back.
      let inner = 0;
      for (let n = e.parentElement; n; n = n.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(n).overflowY)) inner += n.scrollTop;
      }
      return { top: r.top + inner, left: r.left, text: (e.innerText || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40), skip: e.classList.contains('skip-link') };
    });
    if (!stop || (stops.length && stops[0].text === stop.text && stops[0].top === stop.top)) break;
    stops.push(stop);
  }
  return stops;
}

// Opens a search hit's address: what is marked, and what is left after "Ta bort markeringen".
async function landing(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    const before = await page.evaluate(() => ({
      marks: [...document.querySelectorAll('mark.search-hit')].map((m) => m.textContent),
      marksOutsideTarget: [...document.querySelectorAll('mark.search-hit')].filter((m) => !m.closest('.search-target')).length,
      targets: document.querySelectorAll('.search-target').length,
      bar: document.querySelector('.search-highlight-bar')?.innerText ?? null,
      barInView: (() => { const r = document.querySelector('.search-highlight-bar')?.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= window.innerHeight; })(),
    }));
    const button = page.locator('.search-highlight-bar button');
    if (await button.count() > 0) {
      await button.click();
    }
    const after = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark.search-hit').length,
      targets: document.querySelectorAll('.search-target').length,
      search: window.location.search,
      hash: window.location.hash,
    }));
    return { path, before, after };
  } finally {
    await context.close();
  }
}

// On a page, "/" then a query in the header's field: where focus went, the panel's notes and count.
async function searchFromHeader(path, query) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const focused = await page.evaluate(() => document.activeElement?.id ?? null);
    await page.keyboard.type(query);
    await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result', { timeout: 10000 }).catch(() => {});
    return await page.evaluate(({ focused }) => {
      const count = document.querySelector('[data-search-panel] .search-count');
      const r = count?.getBoundingClientRect();
      return {
        focused,
        placeholder: document.querySelector('#sok_falt')?.getAttribute('placeholder'),
        shortcut: document.querySelector('#sok_falt')?.getAttribute('aria-keyshortcuts'),
        corrected: document.querySelector('[data-search-panel] .search-corrected')?.innerText ?? null,
        count: count?.innerText ?? null,
        countVisible: !!r && r.width > 0 && r.height > 0,
        status: document.querySelector('[data-search-status]')?.textContent ?? null,
      };
    }, { focused });
  } finally {
    await context.close();
  }
}
