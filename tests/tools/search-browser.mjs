#!/usr/bin/env node
// Uses the built site's search in headless Chromium the way a reader does, and prints what the
// reader would see as JSON, one entry per scenario, for BrowserSearchTests to check.
//
//   node search-browser.mjs --site SITE_DIR --xss XSS_SITE_DIR --editions EDITIONS_SITE_DIR [--chromium /usr/bin/chromium]
import { launch } from './chromium.mjs';
import { serve } from './static-server.mjs';

const args = process.argv.slice(2);
const site = await serve(option('--site'));
const xss = await serve(option('--xss'));
const editions = await serve(option('--editions'));
const browser = await launch(option('--chromium'));
const out = {};
try {
  out.searchPage = await scenario(async (page) => {
    await page.goto(`${site.url}2024/sok/?q=${encodeURIComponent('inbrott i bostad')}`);
    await page.waitForSelector('#search-results .search-result-snippet');
    return observe(page);
  });

  out.longQuery = await scenario(async (page) => {
    // A query far beyond the search's limits answers at once, cut, and says what was searched.
    const long = Array.from({ length: 1600 }, (_, i) => `trygghet${i}`).join(' ').slice(0, 7600);
    await page.goto(`${site.url}2024/sok/?q=${encodeURIComponent(long)}`);
    await page.waitForFunction(() => /Sökfrågan var för lång/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const fromUrl = await observe(page);
    await page.fill('#sok_falt', 'brottsförebyggande'.repeat(7).slice(0, 120));
    await page.waitForFunction(() => /brottsförebyggandebrottsförebygg”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    return { fromUrl, longWord: await observe(page) };
  });

  out.headerTyping = await scenario(async (page, log) => {
    await page.goto(`${site.url}2024/skolor/`);
    // Whatever the page fetches by itself has been fetched once the network is idle.
    await page.waitForLoadState('networkidle');
    const beforeFocus = log.requests.filter(isSearchFile);
    await page.click('#sok_falt');
    await page.keyboard.type('alvsjo', { delay: 30 });
    await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result');
    const beforeText = log.requests.filter(isSearchFile);
    await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result-snippet');
    return { beforeFocus, beforeText, afterTyping: log.requests.filter(isSearchFile), ...(await observe(page)) };
  });

  out.keyboard = await scenario(async (page) => {
    // The page's timers run on a fake clock, so "after the debounce" below is a step, not a sleep.
    await page.clock.install();
    await page.goto(`${site.url}2024/inledning/`);
    await page.click('#sok_falt');
    await page.keyboard.type('narkotika', { delay: 30 });
    await page.clock.runFor(1000);
    await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result');
    const shown = await observe(page);
    const focus = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
      await page.keyboard.press(key);
      focus.push(await page.evaluate(() => document.activeElement.id || document.activeElement.getAttribute('href')));
    }
    await page.keyboard.press('Escape');
    const panelHiddenAfterEscape = await page.evaluate(() => document.querySelector('[data-search-panel]').hidden);
    await page.clock.runFor(2000); // past the debounce and the history's settle time: Escape must not have cleared the query
    const fieldAfterEscape = await page.inputValue('#sok_falt');
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/2024/inledning/', { waitUntil: 'commit' }),
      page.keyboard.press('Enter'),
    ]);
    return { shown, focus, panelHiddenAfterEscape, fieldAfterEscape, openedUrl: page.url() };
  });

  out.submitFromHeader = await scenario(async (page) => {
    await page.goto(`${site.url}2024/`);
    await page.click('#sok_falt');
    await page.keyboard.type('personrån', { delay: 20 });
    await Promise.all([page.waitForURL(/\/2024\/sok\/\?q=/), page.keyboard.press('Enter')]);
    await page.waitForSelector('#search-results .search-result');
    return observe(page);
  });

  out.otherSchema = await scenario(async (page, log) => {
    // An index of another schema version (a cached page meeting a newer index, or the reverse):
    // the page must refuse it and ask for a reload instead of showing wrong results.
    await page.route('**/sok/index.*.json', async (route) => {
      const response = await route.fetch();
      const index = await response.json();
      await route.fulfill({ response, json: { ...index, v: index.v + 1 } });
    });
    await page.goto(`${site.url}2024/sok/?q=inbrott`);
    await page.waitForFunction(() => /ladda om sidan/.test(document.querySelector('[data-search-status]').textContent));
    const consoleErrors = log.errors.splice(0);
    return { consoleErrors, ...(await observe(page)) };
  });

  out.history = await scenario(async (page) => {
    await page.goto(`${site.url}2024/sok/?q=inbrott`);
    await page.waitForSelector('#search-results .search-result');
    const first = await observe(page);
    await page.fill('#sok_falt', '');
    await page.keyboard.type('narkotika', { delay: 30 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'narkotika');
    const whileTyping = await observe(page);
    await page.keyboard.press('Enter');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#sok_falt').value === 'inbrott');
    const afterBack = await observe(page);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#sok_falt').value === 'narkotika');
    return { first, whileTyping, afterBack, afterForward: await observe(page) };
  });

  out.noHits = await scenario(async (page) => {
    await page.goto(`${site.url}2024/sok/?q=kloterr`);
    await page.waitForSelector('.search-corrected');
    // Snippets (and their marks) arrive after the hits, once the report's text has loaded.
    await page.waitForSelector('#search-results .search-result mark');
    const corrected = await observe(page);
    await page.click('.search-corrected a');
    await page.waitForSelector('.search-empty');
    const empty = await observe(page);
    await page.click('.search-suggestion a');
    await page.waitForSelector('#search-results .search-result');
    return { corrected, empty, afterSuggestion: await observe(page) };
  });

  out.synonyms = await scenario(async (page) => {
    await page.goto(`${site.url}2024/sok/?q=BR%C3%85`);
    await page.waitForSelector('.search-expanded');
    return { view: await observe(page) };
  });

  out.xss = await scenario(async (page) => {
    const answers = {};
    for (const query of ['script', 'onerror', 'farlig']) {
      await page.goto(`${xss.url}2024/sok/?q=${query}`);
      await page.waitForSelector('#search-results .search-result-snippet');
      answers[query] = await observe(page);
    }
    await page.goto(`${xss.url}2024/farligt/`);
    await page.click('#sok_falt');
    await page.keyboard.type('img', { delay: 30 });
    await page.waitForSelector('[data-search-panel]:not([hidden]) .search-result');
    answers.header = await observe(page);
    return answers;
  });
  out.allEditions = await scenario(async (page) => {
    await page.goto(`${editions.url}2023/sok/?q=trygghetsvandringar`);
    await page.waitForSelector('.search-empty');
    const ownEdition = await observe(page);
    await page.waitForSelector('[data-search-scope-box]:not([hidden])');
    await page.check('[data-search-scope]');
    await page.waitForSelector('#search-results .search-result');
    const allEditions = await observe(page);
    await page.goto(`${editions.url}2023/sok/?q=inledning&alla=1`);
    await page.waitForSelector('#search-results .search-result');
    return { ownEdition, allEditions, fromUrl: await observe(page), boxChecked: await page.isChecked('[data-search-scope]') };
  });

  out.tamperedRuntime = await scenario(async (page, log) => {
    // The search runtime changed on its way (a proxy, a stale cache): its integrity hash fails.
    await page.route('**/assets/search-runtime.*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nglobalThis.__tampered = true;` });
    });
    await page.goto(`${site.url}2024/skolor/`);
    await page.click('#sok_falt');
    await page.keyboard.type('inbrott', { delay: 30 });
    await page.waitForFunction(() => /kunde inte laddas/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const seen = await observe(page);
    // Chromium says why it refused the file; that is the expected error here, any other is not.
    // Chromium may refuse the refetched file again after this point, so scenario() leaves these out at the very end.
    log.expected = /integrity/;
    const refused = log.errors.filter((error) => log.expected.test(error)).length;
    return { ...seen, refused, ran: await page.evaluate(() => globalThis.__tampered === true) };
  });
} finally {
  await browser.close();
  await site.close();
  await xss.close();
  await editions.close();
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');

/** A fresh, cold browser context that records requests, errors, dialogs and CSP violations. */
async function scenario(run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const log = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => log.requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url ?? '')) {
      log.errors.push(message.text());
    }
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  let outcome;
  try {
    outcome = await run(page, log);
  } catch (error) {
    outcome = { failed: String(error && error.stack || error) };
  } finally {
    // A scenario that routes requests may end while Chromium still fetches through a route (the
    // runtime is asked for again after its integrity check fails): let those go before closing,
    // or the late route.fetch throws outside the scenario and ends the whole run.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
  // Read once the context is closed: a console error that came late is still counted, and one the
  // scenario expected (log.expected) is left out however late it came.
  const errors = log.errors.filter((error) => !log.expected?.test(error));
  return { ...outcome, errors, dialogs: [...log.dialogs] };
}

/** What the reader sees of the search on the page, as plain data. */
function observe(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    const results = document.getElementById('search-results');
    return {
      url: location.href,
      field: document.querySelector('#sok_falt')?.value ?? null,
      status: text('[data-search-status]'),
      panelHidden: document.querySelector('[data-search-panel]')?.hidden ?? null,
      results: [...results.querySelectorAll('.search-result')].map((item) => ({
        title: item.querySelector('.search-result-link').textContent,
        href: item.querySelector('.search-result-link').getAttribute('href'),
        where: item.querySelector('.search-result-chapter').textContent,
        snippet: item.querySelector('.search-result-snippet')?.textContent ?? null,
        marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
      })),
      elements: [...new Set([...results.querySelectorAll('*')].map((element) => element.localName))].sort(),
      empty: text('.search-empty'),
      suggestion: text('.search-suggestion a'),
      corrected: text('.search-corrected'),
      expanded: text('.search-expanded'),
      violations: window.__violations,
      xss: window.__xss ?? null,
    };
  });
}

function isSearchFile(path) {
  return /\/sok\/(index|text)\.[0-9a-f]+\.json$/.test(path) || path.includes('/search-runtime.') || path.includes('/search-view.');
}

function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
