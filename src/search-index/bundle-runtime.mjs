#!/usr/bin/env node
// Makes the browser's search runtime (assets/search-runtime.<hash>.js) when Lagesbild.Site is
// compiled: the files runtime-files.txt lists (lunr and lunr-languages' Swedish support from
// node_modules, then our search code), joined in order as one script, which MSBuild embeds in the
// assembly. A built or published CLI therefore needs neither Node.js nor npm to write a searchable site.
//
//   node bundle-runtime.mjs OUT.js
//
// Our own files lose their whole-line comments (they are for the repository, not the reader's
// download; the first search has 60 KB); node_modules files come minified and stay as they are.
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  fail('usage: node bundle-runtime.mjs OUT.js');
}

let script = '';
for (const line of readFileSync(join(here, 'runtime-files.txt'), 'utf8').split('\n').map((l) => l.trim())) {
  if (line.length === 0 || line.startsWith('#')) {
    continue;
  }
  const path = join(here, line);
  if (!existsSync(path)) {
    fail(`${line}, a part of the search runtime, is missing: run \`npm ci\` in src/search-index`);
  }
  const code = readFileSync(path, 'utf8').trim().replace(/\r\n?/g, '\n');
  script += `/* ${line} */\n${line.startsWith('node_modules/') ? code : withoutCommentLines(code)}\n;\n`;
}

// Written whole under another name first, so an interrupted build never embeds half a runtime.
writeFileSync(out + '.tmp', script);
renameSync(out + '.tmp', out);

/**
 * The code without its whole-line comments: lines starting with //, and block comments from a line
 * starting with /* to the line that closes them. Comments after code stay.
 */
export function withoutCommentLines(code) {
  const kept = [];
  let inBlock = false;
  for (const line of code.split('\n')) {
    const trimmed = line.trimStart();
    if (inBlock || trimmed.startsWith('/*')) {
      inBlock = !line.includes('*/');
      continue;
    }
    if (trimmed.length > 0 && !trimmed.startsWith('//')) {
      kept.push(line + '\n');
    }
  }
  return kept.join('').trimEnd();
}

function fail(message) {
  process.stderr.write(`bundle-runtime.mjs: ${message}\n`);
  process.exit(1);
}
