#!/usr/bin/env node
// Opens pages of a built site in headless Chromium, waits until a selector shows that the page's
// scripts have done their work (no fixed sleeps, no virtual-time budget), and prints each page's
// DOM as HTML, for tests that read it with AngleSharp. One browser for all pages, a cold context each.
//
//   node dom-after-scripts.mjs --site SITE_DIR [--chromium PATH] < request.json
//   request.json: { "ready": "css selector", "pages": ["2022/brottsligheten/#narkotika", ...] }
//   prints: { "<page>": { "url": final URL, "html": "<!DOCTYPE html>…" } or { "failed": reason } }
import { readFileSync } from 'node:fs';
import { launch } from './chromium.mjs';
import { serve } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name) => { const at = args.indexOf(name); return at >= 0 ? args[at + 1] : undefined; };
const request = JSON.parse(readFileSync(0, 'utf8'));
const site = await serve(option('--site'));
const browser = await launch(option('--chromium'));
const out = {};
try {
  for (const path of request.pages) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      await page.goto(new URL(path, site.url).href, { waitUntil: 'commit' });
      // A redirect page moves on by itself; the selector is waited for on whichever page it lands.
      await page.waitForSelector(request.ready, { state: 'attached' });
      const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
      out[path] = { url: page.url(), html };
    } catch (error) {
      out[path] = { failed: String(error && error.message || error) };
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
process.stdout.write(JSON.stringify(out));
