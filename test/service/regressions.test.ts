// Regressions found by the fuzzers (test/fuzz/): each case is the shrunk counterexample, rewritten
// as the smallest text that shows the bug.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { applyEdits, doc, edit, joinLines, lineOf, seed, service, versionedEdits } from '../helpers';

const inside = (a: Range, b: Range) =>
  (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character))
  && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));

function assertNested(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection outside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} (${JSON.stringify(s.range)}) sticks out of ${parent.name} (${JSON.stringify(parent.range)})`);
    assertNested(s.children ?? [], s);
  }
}

const codes = (text: string) => service().computeDiagnostics(doc(text)).map((d) => String(d.code));

describe('regressions found by fuzzing', () => {
  test('an unclosed fence before the meta block ends at its last non-blank line, inside its section', () => {
    // fuzz: samples/broken/unclosed-fence.seed.txt as it is (the blank line before the marker)
    const text = joinLines('title in stack', 'intro.', 'production checks', '```js', 'x', '', 'alphanode post meta', 'topica / b');
    const symbols = service().getDocumentSymbols(doc(text));
    assertNested(symbols);
    const code = symbols[0]?.children?.[0]?.children?.[0];
    assert.equal(code?.name, 'code js');
    assert.deepEqual(code?.range.end, { line: 4, character: 1 });
    // and at the end of a file with trailing blank lines
    assertNested(service().getDocumentSymbols(doc(joinLines('title', 'production checks', '```', 'x', '', '', ''))));
  });

  test('"Add the missing entity" is only offered when the added lines make records of their own', () => {
    // fuzz: seed 001 with the `ai outline` context item moved to the top of `entities`
    const item = '  • context: while keeping the admin area responsive\n';
    const text = edit(edit(seed(1), item, ''), 'entities\n', `entities\n${item}`);
    const svc = service();
    const before = svc.computeDiagnosticsWithFixes(doc(text));
    // a first key the field does not know: records still start at `name`, so the entities are all there
    // and only the stray key is reported (it once made the whole field one record)
    assert.deepEqual(before.filter((d) => d.code === 'meta.entities-mismatch'), []);
    assert.ok(before.some((d) => d.code === 'meta.unknown-key' && /`context`/.test(d.message)));
    for (const d of before) {
      for (const fix of d.fixes ?? []) {
        const after = codes(applyEdits(text, fix.edits)).filter((c) => c === 'meta.entities-mismatch');
        assert.equal(after.length, 0, `"${fix.title}" adds an entities mismatch`);
      }
    }
    // the usual case still has its fix
    const usual = edit(seed(1), '    • type: problem', '    • type: area');
    const [d] = svc.computeDiagnosticsWithFixes(doc(usual)).filter((x) => x.code === 'meta.entities-mismatch');
    assert.equal(d?.fixes?.length, 1);
    assert.deepEqual(codes(applyEdits(usual, d?.fixes?.[0]?.edits ?? [])), []);
  });

  test('an empty first `stack` item without a space after the bullet: one error, whose preferred fix is the outline\'s stack, kept an item', () => {
    // fuzz: seed 001 with the first `stack` item truncated to `  •`
    const text = edit(seed(1), 'stack\n  • python services', 'stack\n  •');
    const ds = service().computeDiagnosticsWithFixes(doc(text));
    // the empty item's error carries the stack rule's answer; the stack warning does not repeat it
    assert.deepEqual(ds.map((x) => x.code), ['meta.invalid-value']);
    const fix = ds[0]?.fixes?.find((f) => f.preferred);
    assert.equal(fix?.title, 'Change the first item to `python services`');
    assert.equal(applyEdits(text, fix?.edits ?? []), seed(1));
  });

  test('setting an empty pair value (`key:`, trailing spaces trimmed) writes `key: value`', () => {
    // the preferred fixes wrote `scenario:while …` and `caption:making …`: pair-syntax and missing-key errors
    const cases: [string, string, string][] = [
      [seed(1), '  • scenario: while keeping the admin area responsive', '  • scenario:'],
      [seed(3), 'caption: making service health visible with python services visual reference 1', 'caption:'],
      [seed(3), 'caption: making service health visible with python services visual reference 1', 'caption'],
    ];
    for (const [base, from, to] of cases) {
      const text = edit(base, from, to);
      const fix = service().computeDiagnosticsWithFixes(doc(text)).flatMap((x) => x.fixes ?? []).find((f) => f.preferred);
      assert.ok(fix, to);
      assert.equal(applyEdits(text, fix.edits), base, to);
    }
  });

  test('completion at character 0 of a line that starts with a BOM (before the BOM) offers no edit that misses the position', () => {
    // fuzz: seed 000 with a BOM and a tab line inserted at the top; the heading items' range was 0:1-0:2
    const text = `\ufeff\t\n${seed(0)}`;
    const { items } = service().getCompletions(doc(text), { line: 0, character: 0 });
    for (const it of items) {
      const r = it.textEdit && 'range' in it.textEdit ? it.textEdit.range : undefined;
      assert.ok(!r || r.start.character === 0, `${it.label}: ${JSON.stringify(r)}`);
    }
    // that line stands before the title: no heading goes there; on a body line of a file with a BOM they are offered
    assert.equal(service().getCompletions(doc(text), { line: 0, character: 1 }).items.length, 0);
    assert.ok(service().getCompletions(doc('\ufeffa title in python\nwhy'), { line: 1, character: 3 }).items.some((i) => i.label === 'why this matters'));
  });

  test('completion on a meta item line that holds U+2028, U+2029 or a lone CR does not throw', () => {
    // fuzz soak: `.` in the item pattern does not match line separators, so the match was null
    for (const sep of ['\u2028', '\u2029', '\r', '\u0085']) {
      const text = edit(seed(1), '  • quality: 97', `  • qual${sep}ity: 97`);
      const line = text.split('\n').findIndex((l) => l.includes('qual'));
      assert.doesNotThrow(() => service().getCompletions(doc(text), { line, character: 9 }), JSON.stringify(sep));
    }
  });

  test('the guessed field name of an unknown field starting with `İ` stays inside the line', () => {
    // fuzz soak: `İ`.toLowerCase() is two code units, so the prefix length counted in the lowercased line overran it
    const text = edit(seed(1), '\nai outline\n', '\nİai outline\n');
    const line = text.split('\n').indexOf('İai outline');
    const [d] = service().computeDiagnosticsWithFixes(doc(text)).filter((x) => x.code === 'meta.unknown-field');
    assert.equal(d?.range.start.line, line);
    assert.ok((d?.range.end.character ?? 99) <= 'İai outline'.length, JSON.stringify(d?.range));
    assert.match(d?.message ?? '', /did you mean `ai outline`/);
    assert.equal(applyEdits(text, d?.fixes?.[0]?.edits ?? []), seed(1));
  });

  test('insert post meta for a title whose problem starts with `:` keeps the colon in `topic`', () => {
    // fuzz soak: a `:` line above seed 000's title made it the title; `topic: / the stack` lost the colon to the separator
    const text = `:\n${seed(0)}`;
    const withMeta = applyEdits(text, service().getInsertMetaEdits(doc(text)));
    assert.ok(withMeta.includes('\ntopic: : / the stack\n'), withMeta.slice(-1500));
    assert.ok(!codes(withMeta).includes('meta.topic-mismatch'));
  });

  test('setting a glued `topic` to a value that starts with `:` writes `topic: :…`', () => {
    // the same separator clash as above, in the topic-mismatch fix (and in "Write inline" of the shape rule)
    // the entity agrees with the outline, so the outline is not the odd one out: the topic is to mend
    const text = edit(edit(seed(1), '  • problem: making logs useful during incidents', '  • problem: :x'), '    • name: making logs useful during incidents', '    • name: :x');
    const [d] = service().computeDiagnosticsWithFixes(doc(text)).filter((x) => x.code === 'meta.topic-mismatch');
    const fixed = applyEdits(text, d?.fixes?.find((f) => f.title.startsWith('Set `topic`'))?.edits ?? []);
    assert.ok(fixed.includes('\ntopic: :x / python services\n'));
    assert.ok(!codes(fixed).includes('meta.topic-mismatch'));
    const inline = edit(seed(1), 'reading time7', 'reading time\n  • :7');
    const [s] = service().computeDiagnosticsWithFixes(doc(inline)).filter((x) => x.code === 'meta.shape');
    assert.ok(applyEdits(inline, s?.fixes?.[0]?.edits ?? []).includes('\nreading time: :7\n'));
  });

  test('sync derived meta into a meta block with no field does not take in the items that stand outside any field', () => {
    // fuzz soak: the body of seed 001, a marker, then two stray outline items; `checklist` was inserted right
    // after the marker and the items below became its items (checklist-mismatch after syncing)
    const body = seed(1).slice(0, seed(1).indexOf('alphanode post meta'));
    const text = `${body}alphanode post meta\n  • context: behind a cdn\n  • problem: x\n`;
    const synced = applyEdits(text, service().getSyncMetaEdits(doc(text)));
    const after = codes(synced);
    assert.ok(!after.includes('meta.checklist-mismatch'), synced.slice(-400));
    assert.equal(after.filter((c) => c === 'meta.item-outside-field').length, 2);
  });

  test('insert post meta after a heading-shaped last line counts the paragraphs the new article has', () => {
    // fuzz: the body of seed 001 truncated in the middle of a line, leaving `t` as the last line;
    // once the meta block follows it, `t` is a heading, not a paragraph
    const text = joinLines('production checklist for making logs useful in python services', 'intro.', 'production checks', 'one paragraph.', 't');
    const svc = service();
    const withMeta = applyEdits(text, svc.getInsertMetaEdits(doc(text)));
    assert.ok(!codes(withMeta).includes('meta.paragraphs-mismatch'), withMeta);
    assert.match(withMeta, /paragraphs: 1\n/);
  });
  test('a line of only ideographic spaces (U+3000) is blank, not an empty title', () => {
    const model = service().getModel(doc(joinLines('\u3000\u3000', 'real title in python services', 'intro.')));
    assert.equal(model.title?.text, 'real title in python services');
    assert.equal(model.title?.range.start.line, 1);
  });

  test('a lone CR ends a line, as in LSP: ranges after it count it', () => {
    const text = seed(1).replace('field notes on', 'field\rnotes on').replace('difficultyintermediate', 'difficultyexpert');
    const d = service().computeDiagnostics(doc(text)).find((x) => x.code === 'meta.invalid-value');
    const lines = text.split(/\r\n|\r|\n/);
    assert.ok(d, 'the invalid difficulty is reported');
    assert.equal(lines[d.range.start.line]?.slice(d.range.start.character, d.range.end.character), 'expert');
    // and an edit made against those positions lands where the client sees it
    const fixed = applyEdits(text, [{ range: d.range, newText: 'advanced' }]);
    assert.ok(fixed.includes('difficultyadvanced') && fixed.includes('field\rnotes on'));
  });
  test('"Remove `image sources`" removes every copy of the field, so its mismatch is gone', () => {
    // fuzz soak: seed 003 with its body image deleted and the `image sources` block written twice
    const lines = seed(3).split('\n');
    const at = lines.indexOf('image sources');
    const block = lines.slice(at, at + 4);
    assert.equal(block[3]?.trim().startsWith('• caption:'), true, 'seed 003 has one image source record');
    lines.splice(at, 4, ...block, ...block);
    const text = lines.filter((l) => !l.includes('visual reference 1')).join('\n');
    const d = service().computeDiagnostics(doc(text)).find((x) => x.code === 'meta.images-mismatch' && x.message.startsWith('`image sources` is present'));
    assert.ok(d, 'the mismatch is reported');
    const document = doc(text);
    const action = service().getCodeActions(document, { range: d.range, diagnostics: [d] }).find((a) => a.title === 'Remove `image sources`');
    assert.ok(action?.edit, 'the fix is offered');
    const fixed = applyEdits(text, versionedEdits(action.edit, document.uri, document.version));
    assert.ok(!fixed.includes('image sources'), fixed);
    assert.ok(!service().computeDiagnostics(doc(fixed)).some((x) => x.message.startsWith('`image sources` is present')));
  });

  test('a blank item in the body checklist is not copied into `checklist`, and not asked for', () => {
    // fuzz soak: a checklist item whose text is only white space that is not a space or tab (here U+3000):
    // it is a list item, but the schema's `trim()` finds it empty
    const text = seed(0).replace('- keep a rollback command ready', '- keep a rollback command ready\n- \u3000');
    assert.notEqual(text, seed(0));
    const svc = service();
    const withMeta = applyEdits(text, svc.getInsertMetaEdits(doc(text)));
    assert.match(withMeta, /\nchecklist\n {2}• inspect cache headers\n[\s\S]*• keep a rollback command ready\nentities/);
    assert.deepEqual(codes(withMeta).filter((c) => c !== 'meta.title-mismatch'), []);
  });

  test('a title holding a line separator (U+2028, text to LSP) gives an inserted topic the schema accepts', () => {
    // fuzz soak: a body whose title got U+2028 after its first letter; `.` in the topic rule did not match it
    const text = joinLines('t\u2028he practical approach', 'production checks', 'keep the implementation boring on purpose.');
    const svc = service();
    const withMeta = applyEdits(text, svc.getInsertMetaEdits(doc(text)));
    assert.match(withMeta, /topict\u2028he practical approach \/ /);
    assert.ok(!codes(withMeta).includes('meta.invalid-value'), codes(withMeta).join(', '));
  });
});

describe('found by a review against SEED-FORMAT.md', () => {
  const actionsFor = (text: string) => {
    const svc = service();
    const d = doc(text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };
    return { svc, d, actions: svc.getCodeActions(d, { range: whole, diagnostics: svc.computeDiagnostics(d) }) };
  };

  test('`Similar Posts` before the meta marker is a body line: the meta block after it is still read and checked', () => {
    const text = edit(edit(seed(1), '\nfinal notes\n', '\nSimilar Posts\n\nfinal notes\n'), 'reading time7', 'reading time500');
    const model = service().getModel(doc(text));
    assert.ok(model.meta, 'the meta block is parsed');
    assert.ok(model.sections.some((x) => x.heading.text === 'Similar Posts') && model.sections.some((x) => x.heading.text === 'final notes'));
    assert.deepEqual(codes(text), ['meta.invalid-value']);
    // without a meta block after it, it still ends the article (the site's trailer)
    const trailer = joinLines('title in python', 'production checks', 'one paragraph.', 'Similar Posts', 'another article title', 'more links');
    assert.equal(service().getModel(doc(trailer)).sections.length, 1);
    assert.ok(service().getModel(doc(trailer)).trailer);
  });

  test('a fence closes only at a line that is exactly ```: an indented ``` inside it is one of its lines', () => {
    const text = edit(seed(0), '\nthe practical approach\n', '\nthe practical approach\n```\nfoo\n  ```\nbar.\n```\n');
    const model = service().getModel(doc(text));
    assert.deepEqual(codes(text), []);
    const code = model.sections.flatMap((x) => x.blocks).find((b) => b.kind === 'code');
    assert.ok(code && code.kind === 'code' && code.closed && code.contentEnd - code.contentStart === 2, JSON.stringify(code));
  });

  test('an alt line above an indented caption line belongs to the image only, not to a heading too', () => {
    const text = joinLines('a title in python', 'production checks', 'a cat', '  a cat. image source: example.com', 'the end.');
    const model = service().getModel(doc(text));
    assert.deepEqual(model.sections.map((x) => x.heading.text), ['production checks']);
    const image = model.sections[0]?.blocks.find((b) => b.kind === 'image');
    assert.equal(image?.kind === 'image' ? image.altRange?.start.line : undefined, 2);
  });

  test('rule 4 reads the first value of a key written twice in a record, as the schema does', () => {
    const text = edit(seed(1), '    • name: backend\n', '');
    assert.deepEqual(codes(text), ['meta.duplicate-key']);
  });

  test('rule 5 still holds `payload seed` to `payload source id` when `reference` is malformed', () => {
    const text = edit(edit(seed(1), 'referenceanp-ref-012838-3303', 'referenceanp-ref-12838'), '  • seed: 12838', '  • seed: 5');
    const mismatch = service().computeDiagnostics(doc(text)).filter((x) => x.code === 'meta.number-mismatch');
    assert.equal(mismatch.length, 1);
    assert.match(mismatch[0]?.message ?? '', /`payload seed` is 5, but `payload source id` carries 012838: expected 12838/);
  });

  test('"Make it an item" is offered only where the item is a right answer, and then gives a clean meta block', () => {
    const inline = edit(seed(1), 'difficultyintermediate\n', 'difficultyintermediate\n  some indented text\n');
    assert.ok(codes(inline).includes('meta.stray-line'));
    assert.ok(!actionsFor(inline).actions.some((a) => a.title.startsWith('Make it an item')));
    const list = edit(seed(1), '  • logs\n', '  • logs\n      tracing\n');
    const { actions, d } = actionsFor(list);
    const make = actions.find((a) => a.title.startsWith('Make it an item'));
    assert.ok(make, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(list, versionedEdits(make.edit, d.uri, d.version));
    assert.match(fixed, /\n {2}• logs\n {2}• tracing\n/);
    assert.deepEqual(codes(fixed).filter((c) => c !== 'meta.checklist-mismatch'), []);
  });
});

describe('found by a review of the meta block', () => {
  const fixes = (text: string) => service().computeDiagnosticsWithFixes(doc(text)).flatMap((d) => (d.fixes ?? []).map((f) => ({ code: d.code, ...f })));
  const applyTitled = (text: string, title: RegExp) => {
    const f = fixes(text).find((x) => title.test(x.title));
    assert.ok(f, `no fix ${title} in ${JSON.stringify(fixes(text).map((x) => x.title))}`);
    return applyEdits(text, f.edits);
  };

  test('an empty value after `: ` is set after the colon', () => {
    const text = edit(seed(1), 'topicmaking logs useful during incidents / python services', 'topic: ');
    const fixed = applyTitled(text, /Set `topic` to/);
    assert.match(fixed, /\ntopic: making logs useful during incidents \/ python services\n/);
    assert.deepEqual(codes(fixed), []);
  });

  test('a misspelled field name is renamed whole (`difficultx…`, `toolz`)', () => {
    // `difficultx…` is `difficult` + x… or `difficultx` misspelled: both renames offered, neither preferred
    const text = edit(seed(1), 'difficultyintermediate', 'difficultxintermediate');
    assert.deepEqual(codes(applyTitled(text, /Rename `difficultx` to `difficulty`/)), []);
    const [d] = service().computeDiagnosticsWithFixes(doc(text));
    assert.deepEqual(d?.fixes?.map((f) => [f.title, f.preferred ?? false]),
      [['Rename `difficult` to `difficulty`', false], ['Rename `difficultx` to `difficulty`', false]]);
    const tools = edit(seed(1), '\ntools\n', '\ntoolz\n');
    assert.deepEqual(codes(applyTitled(tools, /Rename to `tools`/)), []);
  });

  test('a wrong bullet or a bullet without its space is replaced, not kept; an indented trailer moves back to column 0', () => {
    for (const line of ['  * backend', '  •backend']) {
      const text = edit(seed(1), '  • backend', line);
      assert.deepEqual(codes(applyTitled(text, /Make it an item/)), []);
    }
    const trailer = edit(seed(1), '\nSimilar Posts', '\n  Similar Posts');
    assert.deepEqual(codes(applyTitled(trailer, /Move `Similar Posts` to column 0/)), []);
  });

  test('a misspelled field with items: one diagnostic, the rename (its items are not reported, nor the field as missing)', () => {
    const text = edit(seed(1), '\nchecklist\n', '\nchecklst\n');
    assert.deepEqual(codes(text), ['meta.unknown-field']);
    assert.equal(applyTitled(text, /Rename to `checklist`/), seed(1));
  });

  test('a line that names no field speaks for its items: one diagnostic that counts them', () => {
    const text = edit(seed(1), '\nnotes\n', '\nqqqqqqqq\n  • one\n  • two\nnotes\n');
    const ds = service().computeDiagnosticsWithFixes(doc(text));
    assert.deepEqual(ds.map((d) => d.code), ['meta.unknown-field']);
    assert.match(ds[0]?.message ?? '', /`qqqqqqqq` \(the 2 items below it belong to no field until it names one\)/);
    assert.equal(ds[0]?.range.start.line, lineOf(text, '\nqqqqqqqq\n') + 1);
    // nothing is missing that it could stand for
    assert.equal(ds[0]?.fixes, undefined);
  });

  test('a line that names no field, where a missing field of its shape goes, offers that name (never unasked)', () => {
    for (const [from, to, field] of [['\nchecklist\n', '\nqqqqqqqq\n', 'checklist'], ['\nchecklist\n', '\nkey points\n', 'checklist'], ['\ntools\n', '\ngadgets\n', 'tools'], ['\npayload\n', '\nprovenance\n', 'payload']] as const) {
      const text = edit(seed(1), from, to);
      const ds = service().computeDiagnosticsWithFixes(doc(text));
      // not also the missing field, nor each item
      assert.deepEqual(ds.map((d) => d.code), ['meta.unknown-field'], to);
      assert.match(ds[0]?.message ?? '', new RegExp(`\`${field}\` is missing and belongs here`), to);
      const fix = ds[0]?.fixes?.[0];
      assert.ok(fix && !fix.preferred, 'a guess from the place is offered, not preferred');
      assert.equal(applyEdits(text, fix.edits), seed(1), to);
    }
  });

  test('no name is offered when two missing fields could stand there, or the shape differs', () => {
    // `stack` and `tools` both gone, one list line left between `ai brief` and `code language`
    const two = edit(edit(seed(1), '\nstack\n  • python services\n  • backend\n  • python\n', '\n'), '\ntools\n', '\ngadgets\n');
    const d = service().computeDiagnosticsWithFixes(doc(two)).find((x) => x.code === 'meta.unknown-field');
    assert.ok(d, 'the unknown line is reported');
    assert.equal(d.fixes, undefined);
    // items written as pairs are no list
    const pairs = edit(seed(1), '\ntools\n  • fastapi\n  • pytest\n  • uvicorn\n  • ruff\n  • git\n  • logs\n', '\ngadgets\n  • name: fastapi\n  • kind: web\n');
    const p = service().computeDiagnosticsWithFixes(doc(pairs)).find((x) => x.code === 'meta.unknown-field');
    assert.ok(p, 'the unknown line is reported');
    assert.ok(!p.message.includes('is missing and belongs here'), p.message);
  });

  test('a key glued by a colon only is no missing key: one diagnostic, whose fix writes the space', () => {
    const text = edit(seed(1), '  • paragraphs: 7', '  • paragraphs:7');
    assert.deepEqual(codes(text), ['meta.pair-syntax']);
    assert.deepEqual(codes(applyTitled(text, /Write `paragraphs: 7`/)), []);
  });

  test('fixes write the bullet the meta block uses', () => {
    const dashed = seed(1).replace(/\n( +)• /g, '\n$1- ');
    assert.deepEqual(codes(dashed), []);
    const stray = edit(dashed, '  - backend', '  backend');
    assert.match(applyTitled(stray, /Make it an item/), /\n {2}- backend\n/);
    const list = edit(dashed, 'checklist\n  - review query plans', 'checklist\n  - review plans');
    assert.match(applyTitled(list, /Copy the body's checklist/), /\nchecklist\n {2}- review query plans\n/);
  });

  test('empty items say what is missing and can be removed', () => {
    const notes = edit(seed(1), '\nnotes\n', '\nnotes\n  •\n');
    const d = service().computeDiagnostics(doc(notes)).find((x) => x.code === 'meta.invalid-value');
    assert.match(d?.message ?? '', /This `notes` item is empty: expected text after the bullet, or no item here\./);
    assert.deepEqual(codes(applyTitled(notes, /Remove the empty item/)), []);
    const score = edit(seed(1), '  • quality: 97\n', '  • quality: 97\n  •\n');
    assert.match(service().computeDiagnostics(doc(score)).find((x) => x.code === 'meta.pair-syntax')?.message ?? '', /This `score` item is empty: expected `key: value`/);
    assert.deepEqual(codes(applyTitled(score, /Remove the empty item/)), []);
    const nokey = edit(seed(1), '  • quality: 97\n', '  • quality: 97\n  • : 5\n');
    const u = service().computeDiagnostics(doc(nokey)).find((x) => x.code === 'meta.unknown-key');
    assert.match(u?.message ?? '', /item has no key before its `: `: expected one of the keys `quality`/);
    assert.ok(u && u.range.end.character > u.range.start.character, 'the range covers the item');
  });

  test('an empty `scenario` is reported once, with the fix to the outline\'s context', () => {
    const text = edit(seed(1), '  • scenario: while keeping the admin area responsive', '  • scenario:');
    assert.deepEqual(codes(text), ['meta.invalid-value']);
    assert.equal(applyTitled(text, /Set `scenario` to `while keeping the admin area responsive`/), seed(1));
  });

  test('an inline value moved to an item goes after the items there (the first `stack` item stays the outline\'s)', () => {
    const text = edit(seed(1), '\nstack\n', '\nstackruby\n');
    assert.deepEqual(codes(text), ['meta.shape']);
    const fixed = applyTitled(text, /Move `ruby` to an item/);
    assert.match(fixed, /\nstack\n {2}• python services\n {2}• backend\n {2}• python\n {2}• ruby\ntools/);
    assert.deepEqual(codes(fixed), []);
  });

  test('a list field name with a letter too many (`stacks`, `scores`) is a misspelled name, not an inline value', () => {
    for (const [from, to] of [['\nstack\n', '\nstacks\n'], ['\nscore\n', '\nscores\n'], ['\nai outline\n', '\nai outlines\n'], ['\nchecklist\n', '\nchecklists\n']] as const) {
      const text = edit(seed(1), from, to);
      assert.deepEqual(codes(text), ['meta.unknown-field'], to);
      assert.equal(applyTitled(text, /Rename to `/), seed(1), to);
    }
  });

  test('a record is named in the outline by its naming key, wherever it stands', () => {
    const text = edit(seed(1), '    • name: python services\n    • type: stack', '    • type: stack\n    • name: python services');
    const meta = service().getDocumentSymbols(doc(text)).find((x) => x.name.endsWith('post meta'));
    const entities = meta?.children?.find((x) => x.name === 'entities');
    assert.equal(entities?.children?.[0]?.name, 'python services');
    assert.match(entities?.children?.[0]?.detail ?? '', /^stack\b/);
  });

  test('insert post meta writes no made-up url for an image whose source names no host (fuzz)', () => {
    const text = 'serving health checks with fastapi\n\nwhy this matters\n\nroutes fail quietly.\n\nchart. image source: /health\n';
    const inserted = applyEdits(text, service().getInsertMetaEdits(doc(text)));
    assert.match(inserted, /\n    • source: \/health\n    • url: ?\n/);
    assert.doesNotMatch(inserted, /https:\/\/\//);
  });

  test('a stand-in for an inline field renames the name only, and only where the name can be told from the value', () => {
    const duration = edit(seed(1), 'reading time7', 'duration7');
    const [d] = service().computeDiagnosticsWithFixes(doc(duration));
    assert.equal(d?.code, 'meta.unknown-field');
    assert.equal(applyEdits(duration, d?.fixes?.[0]?.edits ?? []), seed(1));
    const colon = edit(seed(1), 'summarythis ai-style', 'excerpt: this ai-style');
    const [c] = service().computeDiagnosticsWithFixes(doc(colon)).filter((x) => x.code === 'meta.unknown-field');
    assert.equal(applyEdits(colon, c?.fixes?.[0]?.edits ?? []), edit(seed(1), 'summarythis ai-style', 'summary: this ai-style'));
    // glued text: where `excerpt` ends cannot be told, so no name is offered
    const glued = edit(seed(1), 'summarythis ai-style', 'excerptthis ai-style');
    const [g] = service().computeDiagnosticsWithFixes(doc(glued)).filter((x) => x.code === 'meta.unknown-field');
    assert.equal(g?.fixes, undefined);
  });

  test('no stand-in for a field the article does not need (`image sources` without images)', () => {
    const text = edit(seed(1), '\npayload\n', '\nlinks\n    • title: fastapi docs\n    • url: https://fastapi.tiangolo.com\npayload\n');
    const d = service().computeDiagnosticsWithFixes(doc(text)).find((x) => x.code === 'meta.unknown-field');
    assert.ok(d && !d.message.includes('is missing and belongs here'), d?.message);
  });

  test('the outline in a two-against-two tie is not outvoted: no fix is applied unasked to the outline', () => {
    const text = edit(edit(seed(1), '\nstack\n  • python services\n  • backend\n  • python\n', '\nstack\n  • python\n  • python services\n  • backend\n'),
      '    • name: python services', '    • name: python');
    const ds = service().computeDiagnosticsWithFixes(doc(text));
    assert.ok(!ds.some((d) => d.fixes?.some((f) => f.preferred && f.title.startsWith('Set `ai outline'))), JSON.stringify(ds.map((d) => d.message)));
  });

  test('with the outline outvoted, a topic that also differs is compared with what the other places say', () => {
    const text = edit(edit(seed(1), '  • stack: python services', '  • stack: python servics'),
      'topicmaking logs useful during incidents / python services', 'topicmaking logs usefull during incidents / python services');
    const topic = service().computeDiagnosticsWithFixes(doc(text)).find((d) => d.code === 'meta.topic-mismatch');
    assert.match(topic?.message ?? '', /makes it `making logs useful during incidents \/ python services`/);
    assert.equal(applyEdits(applyEdits(text, topic?.fixes?.find((f) => f.preferred)?.edits ?? []), []).includes('topicmaking logs useful during incidents / python services'), true);
  });

  test('with the outline outvoted, an entity name is related to the places that outvote it, not to the outline', () => {
    const text = edit(edit(seed(1), '  • stack: python services', '  • stack: python servics'), '    • name: python services', '    • name: pythn services');
    const d = service().computeDiagnosticsWithFixes(doc(text)).find((x) => x.code === 'meta.entities-mismatch');
    assert.match(d?.message ?? '', /what the other places say is `python services`/);
    const lines = (d?.relatedInformation ?? []).map((r) => r.location.range.start.line);
    assert.deepEqual(lines, [lineOf(text, 'topicmaking'), lineOf(text, '\n  • python services\n') + 1]);
  });
});

