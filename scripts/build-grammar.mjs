#!/usr/bin/env node
// Writes syntaxes/seed.tmLanguage.json from syntaxes/seed.tmLanguage.template.json and the `wordPattern`
// of language-configuration.json. Field names, enum values and the heading vocabulary are read from the
// compiled service in out/ (the zod schema and the parser), so the grammar cannot drift from them.
// Usage: node scripts/build-grammar.mjs [--check]   (--check writes nothing, exits 1 when a file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Fence words → VS Code language id (used in `meta.embedded.block.<id>` and package.json's
// embeddedLanguages) and the scope of that language's grammar.
const FENCE_LANGUAGES = [
  ['python', 'source.python', 'python python3 py'],
  ['javascript', 'source.js', 'javascript js mjs cjs node'],
  ['javascriptreact', 'source.js.jsx', 'jsx'],
  ['typescript', 'source.ts', 'typescript ts'],
  ['typescriptreact', 'source.tsx', 'tsx'],
  ['php', 'source.php', 'php'],
  ['shellscript', 'source.shell', 'shellscript shell bash zsh sh console'],
  ['json', 'source.json', 'json'],
  ['jsonc', 'source.json.comments', 'jsonc'],
  ['yaml', 'source.yaml', 'yaml yml'],
  ['sql', 'source.sql', 'sql'],
  ['go', 'source.go', 'golang go'],
  ['rust', 'source.rust', 'rust rs'],
  ['html', 'text.html.basic', 'html htm'],
  ['css', 'source.css', 'css'],
  ['java', 'source.java', 'java'],
  ['c', 'source.c', 'c'],
  ['cpp', 'source.cpp', 'cpp c++ cxx cc'],
  ['csharp', 'source.cs', 'csharp c# cs'],
  ['ruby', 'source.ruby', 'ruby rb'],
  ['xml', 'text.xml', 'xml'],
  ['dockerfile', 'source.dockerfile', 'dockerfile docker'],
  ['ini', 'source.ini', 'ini'],
  ['diff', 'source.diff', 'diff patch'],
  ['markdown', 'text.html.markdown', 'markdown md'],
  ['powershell', 'source.powershell', 'powershell pwsh ps1'],
];

const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const longestFirst = (names) => [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b));
const alternation = (names) => longestFirst(names).map(escape).join('|');

/**
 * Field names of one class as a regex: an atomic longest-first alternation, so the longest name that
 * prefixes the line wins (spec §3). A longer name of the other class that extends one of ours is
 * excluded up front, since the two classes are separate rules.
 */
function fieldRegex(mine, others) {
  const longer = others.filter((o) => mine.some((m) => o.length > m.length && o.startsWith(m)));
  const guard = longer.length ? `(?!${alternation(longer)})` : '';
  return `${guard}(?>${alternation(mine)})`;
}

function loadService() {
  try {
    return {
      catalog: require(join(root, 'out/server/src/service/schema/catalog.js')),
      classify: require(join(root, 'out/server/src/service/parser/classify.js')),
    };
  } catch (err) {
    console.error(`build-grammar: cannot load the compiled service (${err.message}).`);
    console.error('Run `npx tsc -b` (or `npx tsc -p server/src/service`) first.');
    process.exit(2);
  }
}

/** The values the generator puts into the template, all read from the service. */
export function grammarInputs({ catalog, classify }) {
  const fields = catalog.FIELDS;
  const isPairs = (f) => f.shape === 'pairs' || f.shape === 'records';
  const pairs = fields.filter(isPairs).map((f) => f.name);
  const other = fields.filter((f) => !isPairs(f)).map((f) => f.name);
  const enums = fields.flatMap((f) => [...(f.values ?? []), ...f.keys.flatMap((k) => k.values ?? [])])
    .filter((v) => !/^\d+$/.test(v)); // 0 and 1 are numbers
  return {
    PAIRS_FIELDS: fieldRegex(pairs, other),
    OTHER_FIELDS: fieldRegex(other, pairs),
    ENUM_VALUES: alternation(enums),
    HEADINGS: alternation(classify.DEFAULT_HEADINGS),
    keys: fields.flatMap((f) => f.keys.map((k) => k.name)),
    names: catalog.FIELD_NAMES,
  };
}

const fill = (text, vars) => text.replace(/\{\{(\w+)\}\}/g, (m, k) => {
  if (!(k in vars)) throw new Error(`build-grammar: unknown placeholder ${m}`);
  return vars[k];
});

/** Replaces the placeholders in every string of a JSON tree. */
const fillTree = (node, vars) => JSON.parse(JSON.stringify(node), (_, v) => (typeof v === 'string' ? fill(v, vars) : v));

export function buildGrammar(template, inputs) {
  const { 'fenced-code-language': proto, ...repository } = template.repository;
  const fences = FENCE_LANGUAGES.map(([id, scope, words]) => fillTree(proto, {
    FENCE_ID: id, FENCE_SCOPE: scope, FENCE_WORDS: alternation(words.split(' ')),
  }));
  const grammar = fillTree({ ...template, repository }, { ...inputs, FENCE_RULES: '{{FENCE_RULES}}' });
  const list = grammar.repository['fenced-code'].patterns;
  list.splice(list.indexOf('{{FENCE_RULES}}'), 1, ...fences);
  grammar.information_for_contributors = [
    'Generated by scripts/build-grammar.mjs from seed.tmLanguage.template.json and the zod meta schema: do not edit.',
  ];
  if (JSON.stringify(grammar).includes('{{')) throw new Error('build-grammar: a placeholder was left unfilled');
  return grammar;
}

/**
 * Words for double-click and word navigation: a field name at the start of a line (so `reading time7`
 * splits into `reading time` and `7`), a key after a meta bullet, a version, else a word with hyphens.
 */
export function wordPattern({ names, keys }) {
  const word = '[^\\s`~!@#$%^&*()=+[{\\]}\\\\|;:\'",.<>/?•-]+';
  return `^(?:${alternation(names)})|(?<=^[ \\t]+[•-][ \\t]+)(?:${alternation(keys)})(?=:)|\\d+(?:\\.\\d+)+|${word}(?:-${word})*`;
}

function main() {
  const check = process.argv.includes('--check');
  const inputs = grammarInputs(loadService());
  const template = JSON.parse(readFileSync(join(root, 'syntaxes/seed.tmLanguage.template.json'), 'utf8'));
  const configPath = join(root, 'language-configuration.json');
  // Only the wordPattern string is replaced, so the hand-written rest of the file keeps its layout.
  const config = readFileSync(configPath, 'utf8')
    .replace(/("wordPattern":\s*)"(?:[^"\\]|\\.)*"/, (_, key) => key + JSON.stringify(wordPattern(inputs)));
  const outputs = [
    [join(root, 'syntaxes/seed.tmLanguage.json'), JSON.stringify(buildGrammar(template, inputs), null, 2) + '\n'],
    [configPath, config],
  ];
  let stale = 0;
  for (const [path, text] of outputs) {
    let old = '';
    try { old = readFileSync(path, 'utf8'); } catch { /* first run */ }
    if (old === text) continue;
    stale++;
    if (check) console.error(`build-grammar: ${path} is stale; run \`node scripts/build-grammar.mjs\`.`);
    else writeFileSync(path, text);
  }
  if (check && stale) process.exit(1);
  if (!check) console.log(`build-grammar: ${stale} file(s) written.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
