#!/usr/bin/env node
// The reference the C# index builder (src/Lagesbild.Search.Lunr) is held to: lunr-languages'
// Swedish stemmer and search-core.js's words and terms, as the browser and build-index.mjs run them.
//
//   node lunr-reference.mjs stems < words.json   → [ stem of each word by lunr.sv.stemmer, … ]
//   node lunr-reference.mjs words < texts.json   → per text, [ [ start, end, norm, [ term, … ] ], … ]
//   node lunr-reference.mjs dictionary            → every word of dictionary-sv's Hunspell list (before its flags)
import { readFileSync } from 'node:fs';
import lunr from '../../src/search-index/lunr-sv.js';
import { create } from '../../src/search-index/search-core.js';

const core = create(lunr);
const mode = process.argv[2];

if (mode === 'dictionary') {
  const { default: dictionary } = await import('dictionary-sv');
  const dic = Buffer.from(dictionary.dic).toString('utf8').split('\n').slice(1);
  process.stdout.write(JSON.stringify(dic.map((line) => line.split('/')[0].trim()).filter((w) => w.length > 0)));
} else {
  const input = JSON.parse(readFileSync(0, 'utf8'));
  const output = mode === 'stems'
    ? input.map((word) => lunr.sv.stemmer(new lunr.Token(word)).toString())
    : input.map((text) => core.words(text).map((w) => [w.start, w.end, w.norm, core.terms(w.norm)]));
  process.stdout.write(JSON.stringify(output));
}
