// Targeted checks of what the colouring is for: glued meta split into name and typed value, the body
// rules of SEED-FORMAT.md §2, fences, and field names recognised only inside the meta block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir, lineTokens, tokenize, type TokenizedLine } from './harness';

const SEEDS = ['000_845d92889121c476', '001_c9c409a3a965c312', '002_cd69dee8f1a92494', '003_ef4f30e95cfa6dd9', '004_cbce871e3f87f1ce'];
const read = (name: string) => fs.readFileSync(path.join(fixturesDir, name), 'utf8');
const seed = (n: number) => tokenize(read(`${SEEDS[n]}.txt`));

/** Does a scope list hold `scope` or a more specific one (`constant.numeric` matches `constant.numeric.integer.seed`)? */
const has = (scopes: readonly string[], scope: string) => scopes.some((s) => s === scope || s.startsWith(`${scope}.`));

/** The scopes of the token `tokenText` on the line `lineText`. */
function scopesOf(lines: readonly TokenizedLine[], lineText: string, tokenText: string): readonly string[] {
  const t = lineTokens(lines, lineText).find((tok) => tok.text === tokenText);
  assert.ok(t, `no token ${JSON.stringify(tokenText)} on ${JSON.stringify(lineText)}: ${JSON.stringify(lineTokens(lines, lineText))}`);
  return t.scopes;
}

function assertScope(lines: readonly TokenizedLine[], lineText: string, tokenText: string, scope: string): void {
  const scopes = scopesOf(lines, lineText, tokenText);
  assert.ok(has(scopes, scope), `${JSON.stringify(tokenText)} on ${JSON.stringify(lineText)} is ${scopes.join(' ')}, expected ${scope}`);
}

// field names and item keys are property names: themes colour `variable` apart from string values
const FIELD = 'variable.other.property.field';

test('seed 001: glued fields split into a name and a typed value', async () => {
  const s = await seed(1);
  assertScope(s, 'reading time7', 'reading time', FIELD);
  assertScope(s, 'reading time7', '7', 'constant.numeric');
  assertScope(s, 'hash2736193aad21a30a0d5fff2a', 'hash', FIELD);
  assertScope(s, 'hash2736193aad21a30a0d5fff2a', '2736193aad21a30a0d5fff2a', 'constant.numeric.hash');
  assertScope(s, 'difficultyintermediate', 'difficulty', FIELD);
  assertScope(s, 'difficultyintermediate', 'intermediate', 'constant.language');
  assertScope(s, 'referenceanp-ref-012838-3303', 'anp-ref-012838-3303', 'constant.numeric.reference');
  assertScope(s, 'view count341601', '341601', 'constant.numeric');
  assertScope(s, 'code languagepython', 'code language', FIELD);
  assertScope(s, 'code languagepython', 'python', 'string.unquoted');
  assertScope(s, 'ai outline', 'ai outline', FIELD);
  assertScope(s, '  • last reviewed: 2019-05-09', 'last reviewed', 'variable.other.property.key');
  assertScope(s, '  • last reviewed: 2019-05-09', '2019-05-09', 'constant.numeric.date');
  assertScope(s, '  • version: 1.7.7', '1.7.7', 'constant.numeric.version');
  assertScope(s, '  • status: drafted', 'drafted', 'constant.language');
  assertScope(s, '  • source id: alphanode-012838', 'source id', 'variable.other.property.key');
  assertScope(s, '    • type: stack', 'stack', 'constant.language');
  // `ai brief` is not cut at `ai b…` by another name, and its glued text is a string
  const brief = s.find((l) => l.text.startsWith('ai brief'));
  assert.ok(brief && has(brief.tokens[0]?.scopes ?? [], FIELD) && brief.tokens[0]?.text === 'ai brief');
});

test('seeds 001 and 003: every column-0 line of the meta block starts with a field name', async () => {
  for (const n of [1, 3]) {
    const s = await seed(n);
    const marker = s.findIndex((l) => l.text === 'alphanode post meta');
    const trailer = s.findIndex((l) => l.text === 'Similar Posts');
    assert.ok(marker > 0 && trailer > marker);
    for (const l of s.slice(marker + 1, trailer)) {
      if (l.text === '' || /^\s/.test(l.text)) continue;
      assert.ok(has(l.tokens[0]?.scopes ?? [], FIELD), `seed ${n}: ${JSON.stringify(l.text)} has no field name`);
    }
    assert.ok(has(scopesOf(s, 'Similar Posts', 'Similar Posts'), 'comment'));
    assert.ok(has(scopesOf(s, 'alphanode post meta', 'post meta'), 'keyword.control'));
  }
});

test('seed 003: the image caption, its host and the image source url are links', async () => {
  const s = await seed(3);
  const caption = 'making service health visible with python services visual reference 1. image source: loremflickr.com';
  assertScope(s, caption, 'loremflickr.com', 'markup.underline.link');
  assertScope(s, caption, 'image source', 'keyword.other');
  assertScope(s, '    • url: https://loremflickr.com/1200/630/code,developer?lock=14787',
    'https://loremflickr.com/1200/630/code,developer?lock=14787', 'markup.underline.link');
  assertScope(s, '    • source: loremflickr.com', 'loremflickr.com', 'markup.underline.link');
});

test('seed 003: the unfenced python block is raw code, blank line aside', async () => {
  const s = await seed(3);
  for (const line of ['from fastapi import FastAPI', 'app = FastAPI()', "@app.get('/health')", 'def health():', "    return {'ok': True}"]) {
    assertScope(s, line, line, 'markup.raw');
  }
});

test('all seeds: title, breadcrumbs, vocabulary headings and list bullets', async () => {
  const titles = [
    'production checklist for making logs useful during incidents in python services',
    'field notes on making logs useful during incidents for python services',
    'how to handle building practical monitoring checks in python services',
    'production checklist for making service health visible in python services',
    'production checklist for cleaning up legacy configuration in python services',
  ];
  for (let n = 0; n < 5; n++) {
    const s = await seed(n);
    const title = titles[n] as string;
    assertScope(s, title, title, 'markup.heading.1');
    assertScope(s, 'production checks', 'production checks', 'markup.heading');
    assertScope(s, 'implementation checklist', 'implementation checklist', 'entity.name.section');
    const bullets = s.flatMap((l) => l.tokens).filter((t) => has(t.scopes, 'punctuation.definition.list.begin'));
    assert.ok(bullets.length >= 5, `seed ${n}: ${bullets.length} bullets`);
  }
  assertScope(await seed(1), '|', '|', 'comment');
  assertScope(await seed(3), '| |', '| |', 'comment');
  assertScope(await seed(0), '- inspect cache headers', '-', 'punctuation.definition.list.begin');
});

test('a line inside a ```python fence gets the embedded scope and the fence closes after an open string; an indented ``` does not close a fence', async () => {
  const s = await tokenize(read('edge-fence.seed'));
  assertScope(s, 'def main():', 'def main():', 'meta.embedded.block.python');
  assertScope(s, 'production checks', 'production checks', 'meta.embedded.block.python');
  const close = s[7];
  assert.equal(close?.text, '```');
  assert.ok(has(close.tokens[0]?.scopes ?? [], 'punctuation.definition.fence.end'));
  assertScope(s, 'why this matters', 'why this matters', 'markup.heading');
  assertScope(s, 'const x = 1;', 'const x = 1;', 'meta.embedded.block.javascript');
  // spec rule 3: a fence closes at a line that is exactly ``` (trailing spaces allowed)
  const indented = s.find((l) => l.text === '  ```');
  assert.ok(indented && indented.tokens.every((t) => has(t.scopes, 'meta.embedded.block.javascript') && !has(t.scopes, 'punctuation.definition.fence')),
    JSON.stringify(indented?.tokens));
  assertScope(s, 'raw text with no language', 'raw text with no language', 'markup.raw');
});

test('`Similar Posts` in the body ends at a later meta marker, whose fields are fields; after the meta block it runs to the end', async () => {
  const s = await tokenize(['a title in python', 'Similar Posts', 'more body text.', 'alphanode post meta', 'reading time7', 'Similar Posts', 'alphanode post meta', 'reading time8'].join('\n'));
  assert.ok(has(s[1]?.tokens[0]?.scopes ?? [], 'comment.block.trailer'));
  assertScope(s, 'reading time7', 'reading time', FIELD);
  // the second marker and field stand in the trailer after the meta block: ignored, as by the parser
  assertScope(s, 'reading time8', 'reading time8', 'comment.block.trailer');
});

test('an unclosed fence ends at the meta marker', async () => {
  const s = await tokenize(read('edge-unclosed-fence.seed'));
  assertScope(s, 'final notes', 'final notes', 'meta.embedded.block.shellscript');
  assertScope(s, 'reading time7', 'reading time', FIELD);
});

test('glued values that look like other fields keep the first (longest) name', async () => {
  const s = await tokenize(read('edge-glued.seed'));
  assertScope(s, 'topicstack / python', 'topic', FIELD);
  assertScope(s, 'topicstack / python', 'stack', 'string.unquoted');
  assertScope(s, 'topicstack / python', ' / ', 'punctuation.separator');
  assertScope(s, 'summarynotes about tools', 'summary', FIELD);
  assertScope(s, 'summarynotes about tools', 'notes about tools', 'string.unquoted');
  assertScope(s, 'reading timeless', 'reading time', FIELD);
  // list items are text even when they look like pairs; pairs items have keys
  assertScope(s, '  • score: 5', 'score: 5', 'string.unquoted');
  assertScope(s, '  • quality: 97', 'quality', 'variable.other.property.key');
  // after the trailer, nothing is a field
  assertScope(s, 'topicafter the trailer is ignored', 'topicafter the trailer is ignored', 'comment');
});

test('a `: ` between name and value is a separator', async () => {
  const s = await tokenize(read('edge-colon.seed'));
  assertScope(s, 'reading time: 7', ':', 'punctuation.separator.key-value');
  assertScope(s, 'reading time: 7', '7', 'constant.numeric');
  assertScope(s, 'hash: 2736193aad21a30a0d5fff2a', '2736193aad21a30a0d5fff2a', 'constant.numeric.hash');
  assertScope(s, '    - caption: a: b: c', 'caption', 'variable.other.property.key');
  assertScope(s, '    - caption: a: b: c', 'a: b: c', 'string.unquoted');
});

test('code that looks like a heading is code; the vocabulary ignores case', async () => {
  const s = await tokenize(read('edge-code-headings.seed'));
  for (const line of ['    production checks', 'def final notes():', 'why this matters;', 'final notes = 1', '@final notes']) {
    assertScope(s, line, line, 'markup.raw');
  }
  assertScope(s, 'WHY THIS MATTERS', 'WHY THIS MATTERS', 'markup.heading');
  assert.deepEqual(lineTokens(s, 'from final notes').map((t) => t.scopes), [[]]);
});

test('field names mean nothing outside the meta block', async () => {
  const s = await tokenize('a title\nreading time7\nhash2736193aad21a30a0d5fff2a\n');
  for (const l of s.slice(1, 3)) assert.ok(l.tokens.every((t) => t.scopes.length === 0), JSON.stringify(l));
});

test('a file that starts with the marker has no title and a working meta block', async () => {
  const s = await tokenize(read('edge-no-title.seed'));
  assertScope(s, 'alphanode post meta', 'alphanode', 'entity.name.type.brand');
  assertScope(s, 'topicx / y', 'topic', FIELD);
});

test('CRLF and a byte-order mark colour like LF', async () => {
  for (const n of [1, 3]) {
    const lf = read(`${SEEDS[n]}.txt`);
    assert.deepEqual(await tokenize(`\uFEFF${lf.replace(/\n/g, '\r\n')}`), await tokenize(lf));
  }
});

test('tabs count as 4 columns', async () => {
  const s = await tokenize(read('edge-tabs.seed'));
  assertScope(s, '\tproduction checks', '\tproduction checks', 'markup.raw');
  assertScope(s, ' \tspace then tab is code', ' \tspace then tab is code', 'markup.raw');
  assert.deepEqual(lineTokens(s, '   three spaces is prose.').map((t) => t.scopes), [[]]);
  assertScope(s, 'Production Checks', 'Production Checks', 'markup.heading');
  assertScope(s, '\t• a tab-indented bullet is a list item', '•', 'punctuation.definition.list.begin');
  assertScope(s, 'reading time\t7', '7', 'constant.numeric');
});
