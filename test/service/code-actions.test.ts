import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { INSERT_META_KIND } from '../../server/src/service/features/code-actions';
import { applyEdits, doc, edit, joinLines, seed, service, versionedEdits } from '../helpers';

const whole = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };

const URI = 'file:///test.seed.txt';
/** not 0 or 1, so a version that is defaulted rather than threaded through shows */
const VERSION = 17;

function actions(text: string, only?: string[]): CodeAction[] {
  const svc = service();
  const d = { uri: URI, version: VERSION, getText: () => text };
  return svc.getCodeActions(d, { range: whole, diagnostics: svc.computeDiagnostics(d), ...(only ? { only } : {}) });
}
/** the action's edits, checked to name the version of the document they were computed from */
const editsOf = (a: CodeAction | undefined): TextEdit[] => versionedEdits(a?.edit, URI, VERSION);
const codesAfter = (text: string) => service().computeDiagnostics(doc(text)).map((d) => d.code);

/** Applies the first quick fix titled like `title` and returns the new text. */
function fix(text: string, title: RegExp): string {
  const a = actions(text).find((x) => title.test(x.title));
  assert.ok(a, `no action matching ${title} in ${JSON.stringify(actions(text).map((x) => x.title))}`);
  return applyEdits(text, editsOf(a));
}

describe('quick fixes make their diagnostic go away and add none', () => {
  const s1 = seed(1);
  const s3 = seed(3);
  const cases: [string, string, string, string, RegExp][] = [
    ['rename an unknown field', s1, 'difficultyintermediate', 'dificultyintermediate', /Rename to `difficulty`/],
    ['replace an invalid enum value', s1, 'difficultyintermediate', 'difficultyintermediat', /Change to `intermediate`/],
    ['rename an unknown key', s1, '  • image heavy: 0', '  • image heavyy: 0', /Rename to `image heavy`/],
    ['copy the body checklist', s1, 'checklist\n  • review query plans\n  • add', 'checklist\n  • review plans\n  • add', /Copy the body's checklist/],
    ['set paragraphs', s1, '  • paragraphs: 7', '  • paragraphs: 2', /Set `paragraphs` to 7/],
    ['set has images', s3, '  • has images: 1', '  • has images: 0', /Set `has images` to 1/],
    ['topic from the outline', s1, 'topicmaking logs useful during incidents', 'topicmaking logs', /Set `topic` to `making logs useful during incidents \/ python services`/],
    ['scenario from the context', s1, '  • scenario: while keeping', '  • scenario: whilst keeping', /Set `scenario`/],
    ['stack first item', s1, 'stack\n  • python services', 'stack\n  • python servics', /Change the first item to `python services`/],
    ['entities', s1, '    • type: problem', '    • type: area', /Add the missing entity/],
    ['seed number', s1, '  • seed: 12838', '  • seed: 12839', /Set `seed` to 12838/],
    ['remove a duplicate', s1, 'hash2736193aad21a30a0d5fff2a', 'hash2736193aad21a30a0d5fff2a\nhash2736193aad21a30a0d5fff2a', /Remove this duplicate `hash`/],
    ['keep the later of two fields, remove the first', s1, 'hash2736193aad21a30a0d5fff2a', 'hashffff193aad21a30a0d5fff2a\nhash2736193aad21a30a0d5fff2a', /Keep this `hash`, remove the one on line \d+$/],
    ['reindent an item', s1, '    • type: area', '  • type: area', /Indent to 4 columns/],
    ['caption from the body image', s3, 'caption: making service', 'caption: making a service', /Use the body image's caption/],
    ['move an inline list value to an item', s1, 'notes\n  • sanitized', 'notessanitized\n  • sanitized', /Move `sanitized` to an item/],
    ['an invalid derived value is set to what the body says', s1, '  • paragraphs: 7', '  • paragraphs: six', /Set `paragraphs` to `7`/],
    ['an invalid flag the body decides', s3, '  • has images: 1', '  • has images: yes', /Set `has images` to `1`/],
    ['an empty topic from the outline', s1, 'topicmaking logs useful during incidents / python services', 'topic', /Set `topic` to `making logs useful during incidents \/ python services`/],
    ['a missing topic from the outline', s1, 'topicmaking logs useful during incidents / python services\n', '', /Add `topic` from the outline/],
    ['a missing checklist from the body', s1, 'checklist\n  • review query plans\n  • add indexes carefully\n  • test with realistic data\n  • compare before and after metrics\n  • document the migration\n', '', /Add `checklist` from the body/],
    ['a missing key the body decides', s1, '  • paragraphs: 7\n', '', /Add `paragraphs: 7`/],
    ['a missing flag the body decides', s3, '  • has images: 1\n', '', /Add `has images: 1`/],
    ['a colon without a space', s1, '  • quality: 97', '  • quality:97', /Write `quality: 97`/],
  ];
  for (const [name, base, from, to, title] of cases) {
    test(name, () => {
      const broken = edit(base, from, to);
      assert.notDeepEqual(codesAfter(broken), [], 'the broken text has a diagnostic');
      assert.deepEqual(codesAfter(fix(broken, title)), []);
    });
  }

  test('an enum value near none of the allowed ones: each allowed value is offered, none preferred', () => {
    const broken = edit(s1, 'difficultyintermediate', 'difficultyexpert');
    const offered = actions(broken).filter((a) => a.title.startsWith('Change to'));
    assert.deepEqual(offered.map((a) => [a.title, a.isPreferred ?? false]),
      [['Change to `beginner`', false], ['Change to `intermediate`', false], ['Change to `advanced`', false]]);
    assert.deepEqual(codesAfter(applyEdits(broken, editsOf(offered[1]))), []);
  });

  test('sort fields into canonical order', () => {
    const s = seed(1);
    const topic = 'topicmaking logs useful during incidents / python services\n';
    const broken = edit(edit(s, topic, ''), 'notes\n', `notes\n${''}`).replace('\nnotes\n', `\n${topic}notes\n`);
    assert.ok(codesAfter(broken).includes('meta.field-order'));
    assert.equal(fix(broken, /Sort meta fields/), s);
  });

  test('sorting a block with blank lines between its fields keeps one between each', () => {
    const s = seed(1);
    const meta = s.slice(s.indexOf('alphanode post meta'), s.indexOf('\nSimilar Posts'));
    // a blank line before every field line of the block (field lines start at column 0)
    const spacedMeta = meta.replace(/\n(?=[a-z])/g, '\n\n').replace('alphanode post meta\n\n\n', 'alphanode post meta\n\n');
    const spaced = s.replace(meta, spacedMeta);
    assert.deepEqual(codesAfter(spaced), []);
    const broken = spaced.replace('\n\nhash2736193aad21a30a0d5fff2a', '').replace('\n\nsummary', '\n\nhash2736193aad21a30a0d5fff2a\n\nsummary');
    assert.ok(codesAfter(broken).includes('meta.field-order'));
    assert.equal(fix(broken, /Sort meta fields/), spaced);
  });

  test('sorting fields already in canonical order is no edit at all, in both styles (the command then says so)', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const s = seed(n);
      if (!s.includes(' post meta')) continue;
      assert.deepEqual(service().getSortFieldsEdits(doc(s)), [], `seed ${n}`);
    }
    // in order, with a writer's irregular blank lines between two fields: still nothing to sort
    const irregular = seed(1).replace('\nhash', '\n\n\nhash').replace('\nsummary', '\n  \nsummary');
    assert.deepEqual(service().getSortFieldsEdits(doc(irregular)), []);
    const topic = 'topicmaking logs useful during incidents / python services\n';
    const broken = seed(1).replace(topic, '').replace('\nnotes\n', `\n${topic}notes\n`);
    assert.equal(service().getSortFieldsEdits(doc(broken)).length, 1);
  });

  test('a missing `code language`: each fenced block language is offered, none preferred; no fence, no guess', () => {
    const withFences = edit(seed(1), '\nfinal notes\n', '\n```bash\nls -la\n```\n\n```python\nprint(1)\n```\n\nfinal notes\n');
    assert.deepEqual(codesAfter(withFences), []);
    const missing = edit(withFences, 'code languagepython\n', '');
    const d = service().computeDiagnostics(doc(missing)).find((x) => x.code === 'meta.missing-field');
    assert.ok(d);
    const offered = actions(missing).filter((a) => /code language/.test(a.title));
    assert.deepEqual(offered.map((a) => [a.title, a.isPreferred ?? false]), [
      ['Add `code language` `bash` (a fenced code block\'s language)', false],
      ['Add `code language` `python` (a fenced code block\'s language)', false],
    ]);
    assert.equal(applyEdits(missing, editsOf(offered[1])), withFences);
    assert.deepEqual(actions(edit(seed(1), 'code languagepython\n', '')).filter((a) => /code language/.test(a.title)), []);
  });

  test('an unclosed fence: offered to close where prose comes back, after code that goes on past a blank line', () => {
    const fenced = (code: string) => edit(seed(1), '\nfinal notes\n', `\n\`\`\`python\n${code}\n\`\`\`\n\nfinal notes\n`);
    const code = 'import logging\n\ndef setup():\n    logging.basicConfig()';
    const closed = fenced(code);
    assert.deepEqual(codesAfter(closed), []);
    const unclosed = closed.replace('basicConfig()\n```\n', 'basicConfig()\n');
    const d = service().computeDiagnostics(doc(unclosed)).find((x) => x.code === 'syntax.unclosed-fence');
    assert.ok(d);
    const offered = actions(unclosed).filter((a) => /Close the code block/.test(a.title));
    const line = unclosed.split('\n').indexOf('    logging.basicConfig()') + 1;
    assert.deepEqual(offered.map((a) => [a.title, a.isPreferred ?? false]), [[`Close the code block after line ${line} (\`logging.basicConfig()\`)`, false]]);
    assert.equal(applyEdits(unclosed, editsOf(offered[0])), closed);
    // prose right after the code, with no blank line between: where the code ends is not told, no guess
    const glued = edit(seed(1), '\nfinal notes\n', '\n```python\nx = 1\nwe kept it small.\n\nfinal notes\n');
    assert.deepEqual(actions(glued).filter((a) => /Close the code block/.test(a.title)), []);
  });

  test('CRLF documents keep CRLF line breaks in fixes', () => {
    const broken = edit(s1, 'checklist\n  • review query plans', 'checklist\n  • review plans').replace(/\n/g, '\r\n');
    const fixed = fix(broken, /Copy the body's checklist/);
    assert.equal(fixed, s1.replace(/\n/g, '\r\n'));
  });
});

describe('insert post meta block', () => {
  test('offered only for an article without one', () => {
    assert.equal(actions(seed(1), [INSERT_META_KIND]).length, 0);
    assert.equal(actions(seed(0), [INSERT_META_KIND]).length, 1);
  });
  for (const n of [0, 2, 4]) {
    test(`seed 00${n}: prefilled from title and body, gives a clean article`, () => {
      const text = seed(n);
      const [a] = actions(text, [INSERT_META_KIND]);
      const withMeta = applyEdits(text, editsOf(a));
      assert.deepEqual(codesAfter(withMeta), []);
      assert.ok(withMeta.startsWith(text));
    });
  }
  test('seed 000: problem and stack come from the title, checklist from the body', () => {
    const text = seed(0);
    const out = applyEdits(text, editsOf(actions(text, [INSERT_META_KIND])[0]));
    assert.match(out, /\ntopicmaking logs useful during incidents \/ python services\n/);
    assert.match(out, /  • context: during a production cleanup\n/);
    assert.match(out, /checklist\n  • inspect cache headers\n  • test logged-in traffic\n/);
    assert.match(out, /  • paragraphs: 6\n/);
    assert.match(out, /  • has images: 0\n/);
  });
  test('a compact article gets a compact block, with or without a final newline (no blank line anywhere)', () => {
    for (const text of [seed(0).replace(/\n+$/, ''), `${seed(0).replace(/\n+$/, '')}\n`]) {
      const out = applyEdits(text, editsOf(actions(text, [INSERT_META_KIND])[0]));
      assert.doesNotMatch(out.replace(/\n$/, ''), /\n[ \t]*\n/, JSON.stringify(out.slice(out.indexOf('final notes'), out.indexOf('final notes') + 400)));
      assert.match(out, /\nalphanode post meta\ntopic/);
    }
  });
  test('seed 003 without its meta: image flag and image sources come from the body', () => {
    const s3 = seed(3);
    const body = s3.slice(0, s3.indexOf('alphanode post meta'));
    const out = applyEdits(body, editsOf(actions(body, [INSERT_META_KIND])[0]));
    assert.match(out, /  • has images: 1\n/);
    assert.match(out, /image sources\n    • source: loremflickr.com\n/);
    assert.deepEqual(codesAfter(out), []);
  });
  test('a body without a checklist: the block leaves `checklist` out, and the one diagnostic says what to write', () => {
    // an empty `checklist` (what was written before) is an error of the insert's own making; the field
    // copies the body's checklist, so until the body has one the only honest report is that it is missing
    const text = joinLines('fixing slow queries in python services', 'this intro explains fixing slow queries in python services during a migration.',
      'why this matters', 'slow pages lose readers.', 'final notes', 'measure first.', '');
    const out = applyEdits(text, editsOf(actions(text, [INSERT_META_KIND])[0]));
    assert.doesNotMatch(out, /\nchecklist/);
    const ds = service().computeDiagnostics(doc(out));
    assert.deepEqual(ds.map((d) => d.code), ['meta.missing-field']);
    assert.match(ds[0]?.message ?? '', /no `checklist` field.*The body has no checklist to copy yet: write a list under an `implementation checklist` heading\./);
    // a site that does not require the field gets a clean article
    const lenient = service();
    lenient.configure({ requiredFields: ['topic', 'summary', 'stack'] });
    assert.deepEqual(lenient.computeDiagnostics(doc(out)).map((d) => d.code), []);
    // once the writer adds the body checklist, Sync Derived Meta writes the field and the article is clean
    const written = edit(out, 'final notes\n', 'implementation checklist\n- add an index\nfinal notes\n');
    const synced = applyEdits(written, service().getSyncMetaEdits(doc(written)));
    assert.match(synced, /\nchecklist\n  • add an index\n/);
    assert.deepEqual(codesAfter(synced), []);
  });
  test('an article with no house title shape still gets a block (the problem is the title)', () => {
    const text = joinLines('my notes', 'intro.', 'final notes', 'done.');
    const out = applyEdits(text, editsOf(actions(text, [INSERT_META_KIND])[0]));
    assert.match(out, /alphanode post meta/);
  });
});
