import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CODES } from '../../server/src/service/index';
import { doc, edit, joinLines, lineOf, seed, service, SEED_FILES } from '../helpers';

const check = (text: string) => service().computeDiagnostics(doc(text));
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const only = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const at = (d: Diagnostic | undefined) => d && [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('the real articles are clean', () => {
  for (const [i, name] of SEED_FILES.entries()) {
    test(`${name}: zero diagnostics of any severity`, () => assert.deepEqual(check(seed(i)), []));
  }
});

describe('syntax', () => {
  test('empty file', () => assert.deepEqual(codes(check('')), ['syntax.empty']));
  test('unclosed fence', () => {
    const ds = check(joinLines('title', 'intro.', '```js', 'x'));
    assert.deepEqual(codes(ds), ['syntax.unclosed-fence']);
    assert.match(ds[0]?.message ?? '', /never closed: expected a closing ``` line before the end of the file/);
  });
  test('binary', () => assert.deepEqual(codes(check('a\0b')), ['syntax.binary']));
  test('meta block first: no title', () => assert.ok(codes(check('alphanode post meta\ntopica / b')).includes('syntax.no-title')));
});

describe('meta structure', () => {
  const s1 = seed(1);
  test('unknown field: the nearest name is offered and the range is the guessed name', () => {
    const text = edit(s1, 'difficultyintermediate', 'dificultyintermediate');
    const [d] = only(check(text), 'meta.unknown-field');
    assert.match(d?.message ?? '', /Unknown meta field `dificulty`: did you mean `difficulty`\?/);
    assert.deepEqual(at(d), [lineOf(text, 'dificulty'), 0, lineOf(text, 'dificulty'), 9]);
  });
  test('unknown field without a near name names the line start', () => {
    const text = edit(s1, 'reading time7', 'reading time7\ncategorytech');
    const [d] = only(check(text), 'meta.unknown-field');
    assert.match(d?.message ?? '', /starts with `categorytech`, expected one of the schema's field names/);
  });
  test('item outside a field', () => {
    const text = edit(s1, 'alphanode post meta\n', 'alphanode post meta\n  • stray item\n');
    assert.deepEqual(codes(check(text)), ['meta.item-outside-field']);
  });
  test('indented line that is not an item', () => {
    const text = edit(s1, '  • fastapi', '  fastapi');
    assert.deepEqual(codes(check(text)), ['meta.stray-line']);
  });
  test('second meta marker', () => {
    const text = edit(s1, '\nnotes\n', '\nalphanode post meta\nnotes\n');
    assert.ok(codes(check(text)).includes('meta.duplicate-marker'));
  });
  test('wrong indentation: items at 2, record keys at 4', () => {
    const text = edit(edit(s1, '    • type: area', '  • type: area'), '  • pytest', '   • pytest');
    const ds = only(check(text), 'meta.indentation');
    assert.equal(ds.length, 2);
    assert.match(ds[0]?.message ?? '', /`tools` item is indented 3 columns: expected 2/);
    assert.match(ds[1]?.message ?? '', /`entities` item is indented 2 columns: expected 4/);
  });
  test('duplicate field: a warning pointing at the first one', () => {
    const text = edit(s1, 'hash2736193aad21a30a0d5fff2a', 'hash2736193aad21a30a0d5fff2a\nhash2736193aad21a30a0d5fff2a');
    const [d] = only(check(text), 'meta.duplicate-field');
    assert.equal(d?.severity, 2);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, lineOf(text, 'hash'));
  });
  test('field order is a hint', () => {
    const text = edit(edit(s1, 'summarythis', 'XX'), 'topicmaking', 'summarythis');
    const fixed = text.replace('XX', 'topicmaking');
    const [d] = only(check(fixed), 'meta.field-order');
    assert.equal(d?.severity, 4);
    assert.match(d?.message ?? '', /`topic` stands after `summary`/);
  });
  test('shape: a list field with an inline value; a text field with items', () => {
    const a = only(check(edit(edit(s1, 'stack\n  • python services\n  • backend\n  • python\n', 'stackpython services\n'), 'x', 'x')), 'meta.shape');
    assert.match(a[0]?.message ?? '', /`stack` takes items on the lines below it: found the inline value `python services`/);
    const b = only(check(edit(s1, 'code languagepython', 'code language\n  • python')), 'meta.shape');
    assert.match(b[0]?.message ?? '', /`code language` takes an inline value/);
  });
  test('pair syntax and duplicate keys', () => {
    const text = edit(edit(s1, '  • depth: 69', '  • depth 69'), '  • clarity: 79', '  • clarity: 79\n  • clarity: 80');
    const ds = check(text);
    assert.match(only(ds, 'meta.pair-syntax')[0]?.message ?? '', /Found `depth 69` in `score`: expected `key: value`/);
    assert.equal(only(ds, 'meta.duplicate-key').length, 1);
  });
});

describe('schema rules', () => {
  const s1 = seed(1);
  const value = (text: string) => only(check(text), 'meta.invalid-value');
  test('enum: range is the value, message says found and expected, with a fix', () => {
    const text = edit(s1, 'difficultyintermediate', 'difficultyexpert');
    const [d] = value(text);
    assert.equal(d?.message, '`difficulty`: found `expert`, expected one of beginner, intermediate, advanced.');
    assert.deepEqual(at(d), [lineOf(text, 'difficultyexpert'), 10, lineOf(text, 'difficultyexpert'), 16]);
  });
  const cases: [string, string, string, RegExp][] = [
    ['topic', 'topicmaking logs useful during incidents / python services', 'topicmaking logs', /`topic`: found `making logs`, expected `<problem> \/ <stack>`/],
    ['reading time', 'reading time7', 'reading time0', /`reading time`: found `0`, expected an integer from 1 to 120/],
    ['view count', 'view count341601', 'view count-3', /`view count`: found `-3`/],
    ['code language', 'code languagepython', 'code languagePython', /one lowercase word/],
    ['reference', 'referenceanp-ref-012838-3303', 'referenceanp-ref-12838-3303', /expected `anp-ref-NNNNNN-NNNN`/],
    ['hash', 'hash2736193aad21a30a0d5fff2a', 'hash2736193AAD21a30a0d5fff2a', /24 lowercase hexadecimal digits/],
    ['score', '  • quality: 97', '  • quality: 101', /`score quality`: found `101`, expected an integer from 0 to 100/],
    ['revision status', '  • status: drafted', '  • status: draft', /`revision status`: found `draft`, expected one of drafted, reviewed, published, archived/],
    ['version', '  • version: 1.7.7', '  • version: 1.7', /MAJOR.MINOR.PATCH/],
    ['date', '  • last reviewed: 2019-05-09', '  • last reviewed: 2019-02-30', /`2019-02-30` is not a real calendar date/],
    ['future date', '  • last reviewed: 2019-05-09', '  • last reviewed: 2030-01-01', /lies in the future \(today is 2026-11-23\)/],
    ['flag', '  • image heavy: 0', '  • image heavy: yes', /`flags image heavy`: found `yes`, expected 0 or 1/],
    ['entity type', '    • type: area', '    • type: place', /`entities type` \(record 2\): found `place`, expected one of stack, area, problem, tool/],
    ['source id', '  • source id: alphanode-012838', '  • source id: an-012838', /expected `alphanode-NNNNNN`/],
    ['empty text', 'summarythis ai-style', 'summary\nthis', /`summary` is empty/],
  ];
  for (const [name, from, to, re] of cases) {
    test(name, () => {
      const ds = value(edit(s1, from, to));
      assert.ok(ds.some((d) => re.test(d.message)), `no match for ${re} in ${JSON.stringify(ds.map((d) => d.message))}`);
    });
  }
  test('image url must be http or https', () => {
    const ds = value(edit(seed(3), 'url: https://', 'url: ftp://'));
    assert.match(ds[0]?.message ?? '', /`image sources url` \(record 1\): found `ftp:/);
  });
  test('a list with no items', () => {
    const ds = value(edit(s1, 'tools\n  • fastapi\n  • pytest\n  • uvicorn\n  • ruff\n  • git\n  • logs\n', 'tools\n'));
    assert.match(ds[0]?.message ?? '', /`tools` has no items: expected at least one item/);
  });
  test('missing field, missing key, unknown key', () => {
    const text = edit(edit(edit(s1, 'view count341601\n', ''), '  • freshness: 84\n', ''), '  • image heavy: 0', '  • image heavyy: 0');
    const ds = check(text);
    assert.match(only(ds, 'meta.missing-field')[0]?.message ?? '', /no `view count` field: expected an integer, 0 or more/);
    assert.match(only(ds, 'meta.missing-key')[0]?.message ?? '', /`score` has no `freshness`/);
    assert.match(only(ds, 'meta.unknown-key')[0]?.message ?? '', /`flags` has no key `image heavyy`: did you mean `image heavy`\?/);
  });
  test('`image sources` is optional', () => assert.deepEqual(codes(check(s1)), []));
});

describe('the ten consistency rules are warnings naming both places', () => {
  const s1 = seed(1);
  const s3 = seed(3);
  const warn = (text: string, code: string) => {
    const ds = only(check(text), code);
    assert.equal(ds.length >= 1, true, `expected ${code}, got ${JSON.stringify(codes(check(text)))}`);
    for (const d of ds) assert.equal(d.severity, 2);
    return ds;
  };
  test('1 topic', () => {
    const [d] = warn(edit(s1, 'topicmaking logs useful during incidents', 'topicmaking logs useful'), 'meta.topic-mismatch');
    assert.equal(d?.relatedInformation?.length, 2);
  });
  test('2 scenario', () => {
    const [d] = warn(edit(s1, '  • scenario: while keeping', '  • scenario: during keeping'), 'meta.scenario-mismatch');
    assert.equal(d?.relatedInformation?.[0]?.message, 'ai outline context');
  });
  test('3 stack', () => { warn(edit(s1, 'stack\n  • python services', 'stack\n  • python'), 'meta.stack-mismatch'); });
  test('4 entities', () => {
    const [d] = warn(edit(s1, '    • type: problem', '    • type: area'), 'meta.entities-mismatch');
    assert.match(d?.message ?? '', /no record \{name: making logs useful during incidents, type: problem\}/);
  });
  test('5 numbers', () => {
    const ds = warn(edit(edit(s1, '  • seed: 12838', '  • seed: 12839'), 'alphanode-012838', 'alphanode-012837'), 'meta.number-mismatch');
    assert.equal(ds.length, 2);
  });
  test('6 checklist', () => {
    const text = edit(s1, 'checklist\n  • review query plans\n  • add indexes carefully', 'checklist\n  • add indexes carefully\n  • review query plans');
    const [d] = warn(text, 'meta.checklist-mismatch');
    assert.match(d?.message ?? '', /item 1 is `add indexes carefully`, the body has `review query plans`/);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, lineOf(text, 'implementation checklist'));
  });
  test('7 paragraphs', () => {
    const [d] = warn(edit(s1, '  • paragraphs: 7', '  • paragraphs: 8'), 'meta.paragraphs-mismatch');
    assert.match(d?.message ?? '', /is 8, but the body's sections hold 7 paragraphs/);
  });
  test('8 images: the flag, a missing field, and captions', () => {
    warn(edit(s3, '  • has images: 1', '  • has images: 0'), 'meta.images-mismatch');
    const noSources = s3.replace(/image sources\n(    • .*\n)+/, '');
    assert.match(warn(noSources, 'meta.images-mismatch')[0]?.message ?? '', /the post meta has no `image sources`/);
    const [d] = warn(edit(s3, 'caption: making service health visible', 'caption: making health visible'), 'meta.images-mismatch');
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 7);
  });
  test('9 title', () => {
    const [d] = warn(edit(s1, 'field notes on making logs useful during incidents for python services', 'field notes on logging'), 'meta.title-mismatch');
    assert.match(d?.message ?? '', /does not mention `making logs useful during incidents` or `python services`/);
  });
  test('10 duplicates and order are covered above; every code has a default severity', () => {
    for (const [code, v] of Object.entries(CODES)) assert.ok(['error', 'warning', 'information', 'hint'].includes(v.severity), code);
  });
});

describe('settings', () => {
  test('a code can be turned off or changed', () => {
    const text = edit(seed(1), 'difficultyintermediate', 'difficultyexpert');
    const svc = service();
    svc.configure({ severity: { 'meta.invalid-value': 'off' } });
    assert.deepEqual(svc.computeDiagnostics(doc(text)), []);
    svc.configure({ severity: { 'meta.invalid-value': 'hint' } });
    assert.equal(svc.computeDiagnostics(doc(text))[0]?.severity, 4);
  });
  test('extra heading vocabulary and heading-shape detection off', () => {
    const text = joinLines('title', 'intro.', 'Deploy Notes', 'para.', 'my custom heading:', 'para.');
    const svc = service();
    svc.configure({ extraHeadings: ['my custom heading:'], detectHeadingShape: false });
    assert.deepEqual(svc.getModel(doc(text)).sections.map((s) => s.heading.text), ['my custom heading:']);
  });
  test('above the size limit only structure is checked', () => {
    const svc = service();
    svc.configure({ maxFullCheckSize: 100 });
    const d = doc(edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
    assert.deepEqual(svc.computeDiagnostics(d), []);
    assert.equal(svc.isReduced(d), true);
    assert.ok(svc.getDocumentSymbols(d).length > 0);
  });
});
