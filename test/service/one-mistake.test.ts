// One writer's mistake gives one diagnostic, in the right place, and its preferred fix mends it without
// guessing: cases from a review of every diagnostic code against realistic slips in the real seeds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConfig, type SeedSettings } from '../../server/src/service/index';
import { snippetToText } from '../../server/src/service/features/snippet-text';
import { applyEdits, doc, edit, joinLines, lineOf, seed, service } from '../helpers';

function check(text: string, settings?: SeedSettings) {
  const svc = service();
  if (settings) svc.configure(settings);
  return svc.computeDiagnosticsWithFixes(doc(text));
}
const codes = (text: string, settings?: SeedSettings) => check(text, settings).map((d) => String(d.code));
/** The text after the preferred fix of the only diagnostic. */
function preferred(text: string, settings?: SeedSettings): string {
  const ds = check(text, settings);
  assert.equal(ds.length, 1, JSON.stringify(ds.map((d) => [d.code, d.message])));
  const fix = ds[0]?.fixes?.find((f) => f.preferred);
  assert.ok(fix, `no preferred fix for ${ds[0]?.code}`);
  return applyEdits(text, fix.edits);
}

describe('a post meta marker written nearly right', () => {
  const variants = ['Alphanode Post Meta', 'alphanode post meta:', 'alphanode  post meta', ' alphanode post meta', 'alphanode post meta\u00a0'];
  for (const v of variants) {
    test(JSON.stringify(v), () => {
      const text = edit(seed(1), '\nalphanode post meta\n', `\n${v}\n`);
      const ds = check(text);
      assert.deepEqual(ds.map((d) => d.code), ['meta.marker-near-miss']);
      assert.equal(ds[0]?.range.start.line, lineOf(text, `\n${v}\n`) + 1);
      assert.match(ds[0]?.message ?? '', /nearly the post meta marker: expected `(A|a)lphanode post meta`/);
      const fixed = preferred(text);
      assert.deepEqual(codes(fixed), []);
      // no second block is offered while the first one is only misspelled
      const actions = service().getCodeActions(doc(text), { range: ds[0]!.range, diagnostics: [] });
      assert.ok(!actions.some((a) => /Insert post meta/.test(a.title)), 'insert post meta offered');
    });
  }

  test('prose that mentions a post meta is no marker', () => {
    const text = edit(seed(0), 'production checks', 'production checks\n\nthe alphanode post meta block sums the article up for readers who skim it.');
    assert.ok(!codes(text).includes('meta.marker-near-miss'));
  });
});

describe('one mistake, one diagnostic', () => {
  test('a malformed `last reviewed` date is reported once', () => {
    for (const v of ['2019-5-9', 'yesterday', '2030-02-30', '']) {
      const text = edit(seed(1), '  • last reviewed: 2019-05-09', `  • last reviewed: ${v}`);
      assert.deepEqual(codes(text).filter((c) => c === 'meta.invalid-value').length, 1, v);
    }
  });

  test('a topic with no ` / ` is an invalid value, not also a mismatch; its fix is the outline\'s topic', () => {
    const text = edit(seed(1), 'topicmaking logs useful during incidents / python services', 'topicmaking logs useful during incidents');
    assert.deepEqual(codes(text), ['meta.invalid-value']);
    assert.equal(preferred(text), seed(1));
  });

  test('a topic that differs from the outline is reported by the topic rule, not also by the title rule', () => {
    const text = edit(seed(1), 'topicmaking logs useful during incidents / python services', 'topicmaking logs quiet / go services');
    assert.deepEqual(codes(text), ['meta.topic-mismatch']);
    assert.equal(preferred(text), seed(1));
  });

  test('a misspelled required field is reported once, with the rename', () => {
    const text = edit(seed(1), 'difficultyintermediate', 'dificultyintermediate');
    assert.deepEqual(codes(text), ['meta.unknown-field']);
    assert.equal(preferred(text), seed(1));
  });

  test('`tool` for `tools`: one diagnostic, and the rename gives the items their field back', () => {
    const text = edit(seed(1), '\ntools\n', '\ntool\n');
    assert.deepEqual(codes(text), ['meta.unknown-field']);
    assert.equal(preferred(text), seed(1));
  });

  test('an indented field line is moved back to column 0, and the field is not also missing', () => {
    const text = edit(seed(1), '\ndifficultyintermediate\n', '\n  difficultyintermediate\n');
    assert.deepEqual(codes(text), ['meta.stray-line']);
    assert.equal(preferred(text), seed(1));
  });

  test('`quality 97` (no colon) is one diagnostic whose fix writes `quality: 97`', () => {
    const text = edit(seed(1), '  • quality: 97', '  • quality 97');
    assert.deepEqual(codes(text), ['meta.pair-syntax']);
    assert.equal(preferred(text), seed(1));
  });

  test('an unclosed fence: the syntax error, not the body counts it throws off', () => {
    const text = edit(seed(1), '\nimplementation checklist\n', '\n```text\nimplementation checklist\n');
    const cs = codes(text);
    assert.ok(cs.includes('syntax.unclosed-fence'));
    assert.ok(!cs.some((c) => /checklist-mismatch|paragraphs-mismatch|images-mismatch/.test(c)), cs.join(' '));
  });

  test('two spaces in the title still mention the topic\'s stack', () => {
    const title = 'field notes on making logs useful during incidents for python services';
    const text = edit(seed(1), title, title.replace('python services', 'python  services'));
    assert.notEqual(text, seed(1));
    assert.deepEqual(codes(text), []);
  });
});

describe('more slips, one diagnostic each, with the fix that mends them', () => {
  test('an item at column 0 is an item that lost its indent', () => {
    const text = edit(seed(1), '  • fastapi', '• fastapi');
    assert.deepEqual(codes(text), ['meta.indentation']);
    assert.equal(preferred(text), seed(1));
  });

  test('a misspelled record key (`nme`) is one unknown key, not a missing key and a missing entity too', () => {
    const text = edit(seed(1), '    • name: python services', '    • nme: python services');
    assert.deepEqual(codes(text), ['meta.unknown-key']);
    assert.equal(preferred(text), seed(1));
  });

  test('an uppercase hash is written in lowercase', () => {
    const text = edit(seed(1), 'hash2736193aad21a30a0d5fff2a', 'hash2736193AAD21A30A0D5FFF2A');
    assert.equal(preferred(text), seed(1));
  });

  test('a missing `notes` is added empty; a `stack` with no items gets the outline\'s stack', () => {
    const noNotes = seed(1).replace(/\nnotes\n(  • .*\n)*/, '\n');
    assert.deepEqual(codes(noNotes), ['meta.missing-field']);
    assert.deepEqual(codes(preferred(noNotes)), []);
    const emptyStack = edit(seed(1), 'stack\n  • python services\n  • backend\n  • python\n', 'stack\n');
    assert.deepEqual(codes(emptyStack), ['meta.invalid-value']);
    assert.deepEqual(codes(preferred(emptyStack)), []);
  });

  test('a duplicate key can be removed (offered, not preferred: the writer may have meant the second value)', () => {
    const text = edit(seed(1), '  • quality: 97', '  • quality: 97\n  • quality: 90');
    const [d] = check(text);
    assert.equal(d?.code, 'meta.duplicate-key');
    const line = text.split('\n').indexOf('  • quality: 97') + 1;
    assert.deepEqual(d?.fixes?.map((f) => [f.title, f.preferred ?? false]), [
      ['Remove this duplicate `quality`', false], [`Keep this \`quality\`, remove the one on line ${line}`, false],
    ]);
    assert.equal(applyEdits(text, d?.fixes?.[0]?.edits ?? []), seed(1));
    // the other way round: the second value stays where the first stood
    assert.equal(applyEdits(text, d?.fixes?.[1]?.edits ?? []), edit(seed(1), '  • quality: 97', '  • quality: 90'));
  });

  test('three or more copies: only "remove this duplicate" (which to keep is no single choice), one edit each', () => {
    const many = 200;
    const text = edit(seed(1), 'hash2736193aad21a30a0d5fff2a\n', 'hash2736193aad21a30a0d5fff2a\n'.repeat(many));
    const ds = check(text).filter((d) => d.code === 'meta.duplicate-field');
    assert.equal(ds.length, many - 1);
    assert.ok(ds.every((d) => d.fixes?.length === 1 && d.fixes[0]?.title === 'Remove this duplicate `hash`'));
    assert.equal(ds.reduce((n, d) => n + (d.fixes ?? []).reduce((m, f) => m + f.edits.length, 0), 0), many - 1);
    const keys = edit(seed(1), '  • quality: 97\n', '  • quality: 97\n'.repeat(3));
    assert.deepEqual(check(keys).filter((d) => d.code === 'meta.duplicate-key').map((d) => d.fixes?.map((f) => f.title)), [
      ['Remove this duplicate `quality`'], ['Remove this duplicate `quality`'],
    ]);
  });

  test('two values that read the same: the message names the invisible character', () => {
    const text = edit(seed(1), 'stack\n  • python services', 'stack\n  • python\u00a0services');
    const [d] = check(text);
    assert.equal(d?.code, 'meta.stack-mismatch');
    assert.match(d?.message ?? '', /holds a no-break space, U\+00A0, at character 7/);
  });

  test('a checklist mismatch is reported on the item that differs', () => {
    const text = edit(seed(1), 'checklist\n  • review query plans\n  • add indexes carefully', 'checklist\n  • review query plans\n  • add indexes');
    const [d] = check(text);
    assert.equal(d?.code, 'meta.checklist-mismatch');
    assert.equal(d?.range.start.line, lineOf(text, '\n  • add indexes\n') + 1);
  });
});

describe('preferred fixes are right answers, not guesses', () => {
  test('a flag value as near to 0 as to 1 gets both offered, neither preferred', () => {
    const text = edit(seed(1), '  • needs human review: 0', '  • needs human review: 2');
    const [d] = check(text);
    assert.equal(d?.code, 'meta.invalid-value');
    assert.deepEqual(d?.fixes?.map((f) => [f.title, f.preferred ?? false]), [['Change to `0`', false], ['Change to `1`', false]]);
  });

  test('an entity type in another case is changed, and the entity is not added again', () => {
    const text = edit(seed(1), '    • type: stack', '    • type: Stack');
    assert.deepEqual(codes(text), ['meta.invalid-value']);
    assert.equal(preferred(text), seed(1));
  });

  test('the outline\'s stack further down the list is moved to the front; no item is lost', () => {
    const text = edit(seed(1), '  • python services\n  • backend', '  • backend\n  • python services');
    assert.deepEqual(codes(text), ['meta.stack-mismatch']);
    assert.equal(preferred(text), seed(1));
  });

  test('another stack first: the outline\'s is added in front of it (replacing it is offered, not preferred)', () => {
    const text = edit(seed(1), '  • python services\n  • backend', '  • ruby\n  • backend');
    const [d] = check(text);
    assert.deepEqual(d?.fixes?.map((f) => [f.title, f.preferred ?? false]),
      [['Add `python services` as the first item', true], ['Change the first item to `python services`', false]]);
    assert.match(preferred(text), /\nstack\n {2}• python services\n {2}• ruby\n {2}• backend\n/);
  });

  test('a look-alike bullet in the meta is replaced, not kept in the value', () => {
    for (const b of ['·', '–']) {
      const text = edit(seed(1), '  • fastapi', `  ${b} fastapi`);
      assert.deepEqual(codes(text), ['meta.stray-line'], b);
      assert.equal(preferred(text), seed(1), b);
    }
  });
});

describe('insert post meta follows the site\'s config', () => {
  test('brand, difficulty and revision status come from the settings', () => {
    const settings: SeedSettings = {
      brand: 'betanode',
      allowedValues: { difficulty: ['easy', 'hard'], 'revision status': ['draft', 'live'] },
    };
    const svc = service();
    svc.configure(settings);
    const text = seed(0);
    const edits = svc.getInsertMetaEdits(doc(text));
    const inserted = applyEdits(text, edits);
    assert.match(inserted, /\nbetanode post meta\n/);
    assert.match(inserted, /\ndifficultyeasy\n/);
    assert.match(inserted, /\n {2}• status: draft\n/);
    const cs = codes(inserted, settings);
    assert.ok(!cs.some((c) => c === 'meta.brand' || c === 'meta.invalid-value'), cs.join(' '));
  });
});

test('insert post meta takes the first fence language that is a valid `code language`', () => {
  const text = joinLines('title for python services', 'intro.', 'production checks', '```-', 'x', '```', '```Python', 'y', '```', 'final notes', 'end.');
  const inserted = applyEdits(text, service().getInsertMetaEdits(doc(text)));
  assert.match(inserted, /\ncode languagepython\n/);
});

describe('parser: where blocks start and end', () => {
  test('a fence never closes past the meta marker: it is unclosed, and the meta block is read', () => {
    const text = joinLines('title in stack', 'production checks', '```python', 'x = 1', 'alphanode post meta', 'notes', '```');
    const model = service().getModel(doc(text));
    assert.ok(model.meta, 'the meta block is read');
    assert.deepEqual(model.problems.map((p) => p.code), ['syntax.unclosed-fence']);
  });

  test('a marker quoted inside a fence in the body, with the real one later, stays code', () => {
    const text = joinLines('title in stack', 'production checks', '```text', 'alphanode post meta', '```', 'prose.', 'alphanode post meta', 'notes');
    const model = service().getModel(doc(text));
    assert.equal(model.meta?.markerRange.start.line, 6);
    assert.deepEqual(model.problems, []);
  });

  test('the title\'s range starts at its text and ends with it', () => {
    const model = service().getModel(doc(joinLines('  indented title here\u00a0', 'intro.', 'final notes', 'text.')));
    assert.deepEqual(model.title?.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 21 } });
  });

  test('indented code and paragraphs start at their first character', () => {
    const model = service().getModel(doc(joinLines('title', 'production checks', '    x = 1', '    y = 2', 'more prose.', '  indented prose.', 'final notes', 'end.')));
    const [code, , para] = model.sections[0]?.blocks ?? [];
    assert.equal(code?.kind, 'code');
    assert.deepEqual(code?.range.start, { line: 2, character: 4 });
    assert.deepEqual(para?.range.start, { line: 5, character: 2 });
  });

  test('an image\'s alt line after code belongs to the image (rule 6 before rule 7)', () => {
    const model = service().getModel(doc(joinLines('title', 'production checks', 'def f():', 'x = 1', 'x = 1. image source: h.com', 'end.')));
    const blocks = model.sections[0]?.blocks ?? [];
    assert.deepEqual(blocks.map((b) => b.kind), ['code', 'image', 'paragraph']);
    const image = blocks[1];
    assert.equal(image?.kind === 'image' ? image.altRange?.start.line : -1, 3);
  });

  test('the trailer ends at its last non-blank line: no fold for `Similar Posts` and the blank lines after it', () => {
    const text = `${seed(1)}\n\n\n`;
    const folds = service().getFoldingRanges(doc(text));
    assert.ok(!folds.some((f) => f.kind === 'comment'), JSON.stringify(folds.filter((f) => f.kind === 'comment')));
  });

  test('an outline name clipped before an emoji keeps the emoji whole or leaves it out', () => {
    const text = edit(seed(1), '\nnotes\n', `\nnotes\n  • ${'a'.repeat(58)}\u{1f600} and more\n`);
    const meta = service().getDocumentSymbols(doc(text)).find((s) => s.name.endsWith('post meta'));
    const notes = meta?.children?.find((c) => c.name === 'notes');
    const name = notes?.children?.[0]?.name ?? '';
    assert.ok(name.endsWith('…'));
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(name), 'a lone high surrogate');
  });
});

describe('settings and config say what they found', () => {
  test('a severity the service does not know falls back to the code\'s default', () => {
    const text = edit(seed(1), 'difficultyintermediate', 'difficultyexpert');
    const [d] = service().computeDiagnostics(doc(text));
    const svc = service();
    svc.configure({ severity: { 'meta.invalid-value': 'bogus' as never } });
    assert.equal(svc.computeDiagnostics(doc(text))[0]?.severity, d?.severity);
  });

  test('seed.config.json: a wrong level says what it found, a misspelled code or label gets a suggestion', () => {
    const { problems } = parseConfig(JSON.stringify({
      diagnostics: { severity: { 'meta.field-ordr': 'off', 'meta.brand': 'warn' } },
      meta: { allowedValues: { dificulty: ['a'] } },
    }));
    const messages = problems.map((p) => p.message).join('\n');
    assert.match(messages, /found "warn"/);
    assert.match(messages, /did you mean `meta\.field-order`\?/);
    assert.match(messages, /did you mean `difficulty`\?/);
  });
});

describe('second review: a slip is mended where it is, and --fix never spreads or loses it', () => {
  test('an indented field header over its own items: one diagnostic, moved back; nothing else is touched', () => {
    for (const name of ['entities', 'payload']) {
      const text = edit(seed(1), `\n${name}\n`, `\n  ${name}\n`);
      assert.deepEqual(codes(text), ['meta.stray-line'], name);
      assert.equal(preferred(text), seed(1), name);
    }
  });

  test('`key - value` and a pair without its bullet are mended, not duplicated', () => {
    assert.equal(preferred(edit(seed(1), '  • quality: 97', '  • quality - 97')), seed(1));
    assert.equal(preferred(edit(seed(1), '  • has images: 0', '  has images: 0')), seed(1));
  });

  test('a glued name missing its last letter: both readings offered, neither preferred', () => {
    const text = edit(seed(1), 'view count341601', 'view coun341601');
    const [d] = check(text);
    assert.deepEqual(d?.fixes?.map((f) => [f.title, f.preferred ?? false]),
      [['Rename `view coun` to `view count`', false], ['Rename `view coun3` to `view count`', false]]);
    assert.equal(applyEdits(text, d?.fixes?.[0]?.edits ?? []), seed(1));
  });

  test('a typo in the outline: one diagnostic on the outline, naming the places that agree; it is mended, not copied into them', () => {
    const text = edit(seed(1), '  • stack: python services', '  • stack: python servics');
    const ds = check(text);
    assert.deepEqual(ds.map((d) => d.code), ['meta.stack-mismatch']);
    const d = ds[0]!;
    assert.equal(d.range.start.line, lineOf(text, '  • stack: python servics'));
    assert.match(d.message, /`ai outline stack` is `python servics`, but `topic`, the first `stack` item and the `stack` entity all say `python services`/);
    assert.equal(d.relatedInformation?.length, 3);
    assert.equal(preferred(text), seed(1));
    // the problem too: the topic and the entity agree on it
    const problem = edit(seed(1), '  • problem: making logs useful during incidents', '  • problem: making logs usefull during incidents');
    assert.deepEqual(codes(problem), ['meta.topic-mismatch']);
    assert.equal(preferred(problem), seed(1));
  });

  test('a fix that would copy an invisible character is offered, not preferred', () => {
    const text = edit(seed(1), '  • context: while keeping', '  • context: while\u00a0keeping');
    const [d] = check(text);
    assert.equal(d?.code, 'meta.scenario-mismatch');
    assert.ok(d?.fixes?.length && !d.fixes.some((f) => f.preferred));
  });

  test('entity records: a misspelled name is mended in place, a glued or misspelled type is one diagnostic', () => {
    assert.equal(preferred(edit(seed(1), '    • name: python services', '    • name: python service')), seed(1));
    assert.equal(preferred(edit(seed(1), '    • type: stack', '    • type:stack')), seed(1));
    assert.equal(preferred(edit(seed(1), '    • type: stack', '    • type: stck')), seed(1));
    assert.equal(preferred(edit(seed(1), '    • name: backend', '    • nme: backend')), seed(1));
  });

  test('an unclosed fence that quotes the marker runs to the real marker', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\n```text\nalphanode post meta\nfinal notes\n');
    const model = service().getModel(doc(text));
    assert.equal(model.meta?.markerRange.start.line, lineOf(text, '\n\nalphanode post meta\n') + 2);
    assert.deepEqual(codes(text), ['syntax.unclosed-fence']);
  });

  test('a misspelled `image sources` is one diagnostic, not also an images mismatch', () => {
    const text = edit(seed(3), '\nimage sources\n', '\nimage sorces\n');
    assert.deepEqual(codes(text), ['meta.unknown-field']);
    assert.equal(preferred(text), seed(3));
  });

  test('a marker with a letter typo is nearly the marker too', () => {
    for (const v of ['alphanode pst meta', 'alphanode post meat', 'alphanode postmeta', 'alphanode-post-meta']) {
      const text = edit(seed(1), '\nalphanode post meta\n', `\n${v}\n`);
      assert.deepEqual(codes(text), ['meta.marker-near-miss'], v);
      assert.equal(preferred(text), seed(1), v);
    }
  });
});

test('a snippet as plain text: placeholders and first choices written out, tab stops dropped, escapes undone', () => {
  assert.equal(snippetToText('difficulty${1|beginner,intermediate|}'), 'difficultybeginner');
  assert.equal(snippetToText('revision\n  • status: ${1|drafted,reviewed|}\n  • version: ${2:1.0.0}$0'), 'revision\n  • status: drafted\n  • version: 1.0.0');
  assert.equal(snippetToText('hash$1'), 'hash');
  assert.equal(snippetToText('price: \\$5 \\} done${3}'), 'price: $5 } done');
});
