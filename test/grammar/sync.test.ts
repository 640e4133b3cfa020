// The grammar's field names, enum values and headings are generated from the zod schema and the parser
// (scripts/build-grammar.mjs). These tests fail when the committed grammar drifts from them, when the
// fence languages and package.json's embeddedLanguages disagree, or when the editor config is broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIELDS, FIELD_NAMES } from '../../server/src/service/schema/catalog';
import { DEFAULT_HEADINGS } from '../../server/src/service/parser/classify';
import { fixturesDir, grammarPath, repoRoot } from './harness';

interface Rule { begin?: string; match?: string; contentName?: string; patterns?: Rule[] }
const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { repository: Record<string, Rule> };

/** The names of the atomic alternation `(?>a|b|…)` in a regex, unescaped, in their order. */
function atomicNames(regex: string | undefined): string[] {
  const m = /\(\?>((?:[^()\\]|\\.)*)\)/.exec(regex ?? '');
  assert.ok(m, `no (?>…) in ${regex}`);
  return (m[1] as string).split(/(?<!\\)\|/).map((s) => s.replace(/\\(.)/g, '$1'));
}

const pairsLike = (shape: string) => shape === 'pairs' || shape === 'records';
const byLengthDesc = (names: readonly string[]) => names.every((n, i) => i === 0 || (names[i - 1] as string).length >= n.length);

test('the grammar names exactly the schema\'s fields, longest first, split by shape', () => {
  const pairs = atomicNames(grammar.repository['field-pairs']?.begin);
  const other = atomicNames(grammar.repository['field-other']?.begin);
  assert.deepEqual([...pairs, ...other].sort(), [...FIELD_NAMES].sort(), 'run `node scripts/build-grammar.mjs` after changing the schema');
  assert.deepEqual(pairs.sort(), FIELDS.filter((f) => pairsLike(f.shape)).map((f) => f.name).sort());
  for (const names of [atomicNames(grammar.repository['field-pairs']?.begin), atomicNames(grammar.repository['field-other']?.begin)]) {
    assert.ok(byLengthDesc(names), `not longest first: ${names.join('|')}`);
  }
});

test('enum values come from the schema and headings from the parser\'s vocabulary', () => {
  const value = grammar.repository['value']?.patterns ?? [];
  const enums = atomicNames(value.find((p) => p.match?.startsWith('\\G(?:'))?.match?.replace('\\G(?:', '(?>'));
  const schemaEnums = FIELDS.flatMap((f) => [...(f.values ?? []), ...f.keys.flatMap((k) => k.values ?? [])]).filter((v) => !/^\d+$/.test(v));
  assert.deepEqual(enums.sort(), [...new Set(schemaEnums)].sort());
  const headings = /\(\?i:((?:[^()\\]|\\.)*)\)/.exec(grammar.repository['heading']?.match ?? '')?.[1]?.split('|') ?? [];
  assert.deepEqual(headings.sort(), [...DEFAULT_HEADINGS].sort());
});

test('the committed grammar and word pattern are what the generator writes now', () => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-grammar.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every embedded fence language is declared in package.json and the other way round', () => {
  const names = new Set<string>();
  const walk = (rules: readonly Rule[] | undefined) => rules?.forEach((r) => { if (r.contentName?.startsWith('meta.embedded.')) names.add(r.contentName); walk(r.patterns); });
  walk(Object.values(grammar.repository));
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { grammars: { scopeName: string; path: string; embeddedLanguages: Record<string, string> }[] };
  };
  const contribution = pkg.contributes.grammars.find((g) => g.scopeName === 'text.seed');
  assert.ok(contribution);
  assert.equal(path.resolve(repoRoot, contribution.path), grammarPath);
  assert.deepEqual(Object.keys(contribution.embeddedLanguages).sort(), [...names].sort());
});

test('language configuration: bullets continue on Enter, field names are words', () => {
  const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8')) as {
    wordPattern: string; onEnterRules: { beforeText: string; action: { appendText?: string } }[];
    autoClosingPairs: { open: string }[];
  };
  const onEnter = (line: string) => config.onEnterRules.find((r) => new RegExp(r.beforeText).test(line))?.action.appendText;
  assert.equal(onEnter('  • review query plans'), '• ');
  assert.equal(onEnter('    • name: python services'), '• ');
  assert.equal(onEnter('- inspect cache headers'), '- ');
  assert.equal(onEnter('production checks'), undefined);
  assert.equal(onEnter('  • '), undefined, 'an empty item does not continue the list');
  const words = (line: string) => line.match(new RegExp(config.wordPattern, 'g'));
  assert.deepEqual(words('reading time7'), ['reading time', '7']);
  assert.deepEqual(words('code languagepython'), ['code language', 'python']);
  assert.deepEqual(words('  • last reviewed: 2019-05-09'), ['last reviewed', '2019-05-09']);
  assert.deepEqual(words('test logged-in traffic'), ['test', 'logged-in', 'traffic']);
  assert.ok(config.autoClosingPairs.some((p) => p.open === '```'));
});

test('the seed fixtures are copies of the shared corpus', (t) => {
  const corpus = path.join(repoRoot, '..', 'shared', 'corpus', 'seeds');
  if (!fs.existsSync(corpus)) {
    t.skip('no ../shared/corpus/seeds beside the repository');
    return;
  }
  for (const f of fs.readdirSync(corpus)) {
    assert.equal(fs.readFileSync(path.join(fixturesDir, f), 'utf8'), fs.readFileSync(path.join(corpus, f), 'utf8'), f);
  }
});
