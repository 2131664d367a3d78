#!/usr/bin/env node
// Makes the browser's search runtime (assets/search-runtime.<hash>.js) when Lagesbild.Site is
// compiled: esbuild follows the imports of search-runtime.js (our search code, lunr and
// lunr-languages' Swedish support from node_modules) and writes them as one minified ES module,
// which MSBuild embeds in the assembly. A built or published CLI therefore needs neither Node.js
// nor npm to write a searchable site.
//
//   node bundle-runtime.mjs OUT.js
//
// Minified, because the first search has a budget (64 KB gzipped with the page and the index);
// licence comments stay, at the end of the file. esbuild's output depends only on its version
// (pinned in package-lock.json) and the input files, so two compiles embed the same bytes.
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node bundle-runtime.mjs OUT.js\n');
  process.exit(1);
}

const result = await build({
  entryPoints: [join(here, 'search-runtime.js')],
  absWorkingDir: here,
  bundle: true,
  format: 'esm',
  // The oldest browsers the site supports run ES modules (they load every script as one).
  target: ['es2020'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  write: false,
  logLevel: 'error',
});

// Written whole under another name first, so an interrupted build never embeds half a runtime.
writeFileSync(out + '.tmp', result.outputFiles[0].contents);
renameSync(out + '.tmp', out);
