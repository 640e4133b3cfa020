import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { doc, edit, seed, service, TODAY, withCursor } from '../helpers';

function complete(textWithCursor: string): CompletionItem[] {
  const { text, position } = withCursor(textWithCursor, '¦');
  return service().getCompletions(doc(text), position).items;
}
const newText = (it: CompletionItem | undefined) => (it?.textEdit && 'newText' in it.textEdit ? it.textEdit.newText : undefined);

describe('completion in the meta block', () => {
  test('field names not yet present, in canonical order, with snippets', () => {
    const text = edit(edit(seed(1), 'view count341601\n', '¦\n'), 'score\n  • quality: 97\n  • freshness: 84\n  • depth: 69\n  • clarity: 79\n', '');
    const items = complete(text);
    assert.deepEqual(items.map((i) => i.label), ['view count', 'score']);
    assert.ok((items[0]?.sortText ?? '') < (items[1]?.sortText ?? ''));
    assert.equal(newText(items[1]), 'score\n  • quality: ${1}\n  • freshness: ${2}\n  • depth: ${3}\n  • clarity: ${4}');
    assert.equal(items[1]?.insertTextFormat, 2);
  });
  test('record and enum snippets', () => {
    const text = edit(seed(1), /entities\n(    • .*\n)+/.exec(seed(1))?.[0] ?? 'x', '¦\n');
    const [item] = complete(text);
    assert.equal(newText(item), 'entities\n    • name: ${1}\n    • type: ${2|stack,area,problem,tool|}');
  });
  test('enum values of an inline field', () => {
    const items = complete(edit(seed(1), 'difficultyintermediate', 'difficulty¦'));
    assert.deepEqual(items.map((i) => i.label), ['beginner', 'intermediate', 'advanced']);
  });
  test('enum values of a pair', () => {
    const items = complete(edit(seed(1), '  • status: drafted', '  • status: ¦'));
    assert.deepEqual(items.map((i) => i.label), ['drafted', 'reviewed', 'published', 'archived']);
  });
  test('entity type values', () => {
    const items = complete(edit(seed(1), '    • type: area', '    • type: ¦'));
    assert.deepEqual(items.map((i) => i.label), ['stack', 'area', 'problem', 'tool']);
  });
  test('pair keys missing from the field', () => {
    const items = complete(edit(seed(1), '  • depth: 69\n', '  • ¦\n'));
    assert.deepEqual(items.map((i) => i.label), ['depth']);
    assert.equal(newText(items[0]), 'depth: $1');
  });
  test('computed values: paragraphs, has images, last reviewed', () => {
    assert.deepEqual(complete(edit(seed(1), '  • paragraphs: 7', '  • paragraphs: ¦')).map((i) => [i.label, i.detail]),
      [['7', 'the body\'s sections hold 7 paragraphs']]);
    assert.equal(complete(edit(seed(3), '  • has images: 1', '  • has images: ¦'))[0]?.label, '1');
    assert.equal(complete(edit(seed(1), '  • has images: 0', '  • has images: ¦'))[0]?.label, '0');
    assert.equal(complete(edit(seed(1), '  • last reviewed: 2019-05-09', '  • last reviewed: ¦'))[0]?.label, TODAY);
  });
  test('a new record after a complete one: the key that starts records', () => {
    const items = complete(edit(seed(1), '    • type: problem\n', '    • type: problem\n    • ¦\n'));
    assert.deepEqual(items.map((i) => newText(i)), ['name: $1']);
  });
  test('image sources from the body images: source and caption by record, the field snippet with every record', () => {
    const s3 = seed(3);
    const caption = /    • caption: (.*)/.exec(s3)?.[1] ?? 'x';
    const c = complete(edit(s3, `    • caption: ${caption}`, '    • caption: ¦'));
    assert.equal(c[0]?.label, caption);
    assert.equal(c[0]?.preselect, true);
    assert.equal(complete(edit(s3, '    • source: loremflickr.com', '    • source: ¦'))[0]?.label, 'loremflickr.com');
    const noSources = s3.replace(/image sources\n(    • .*\n)+/, '¦\n');
    const snippet = newText(complete(noSources).find((i) => i.label === 'image sources'));
    assert.equal(snippet, `image sources\n    • source: \${1:loremflickr.com}\n    • url: \${2:https://loremflickr.com/}\n    • caption: \${3:${caption}}`);
  });
  test('a bare bullet gets the space it lacks', () => {
    const items = complete(edit(seed(1), 'checklist\n  • review query plans\n', 'checklist\n  •¦\n'));
    assert.equal(newText(items[0]), ' review query plans');
  });
  test('a position that is no position gets no items', () => {
    const bad = [{ line: 1.5, character: 0 }, { line: null, character: 0 }] as unknown as { line: number; character: number }[];
    for (const p of bad) assert.deepEqual(service().getCompletions(doc(seed(1)), p).items, []);
  });
  test('checklist items from the body', () => {
    const items = complete(edit(seed(1), 'checklist\n  • review query plans\n  • add indexes carefully\n', 'checklist\n  • review query plans\n  ¦\n'));
    // the other items are still in the meta checklist: only the missing one is offered
    assert.deepEqual(items.map((i) => newText(i)), ['• add indexes carefully']);
  });
  test('a checklist field snippet carries the body checklist', () => {
    const text = edit(seed(1), /checklist\n(  • .*\n)+/.exec(seed(1).slice(seed(1).indexOf('alphanode post meta')))?.[0] ?? 'x', '¦\n');
    const item = complete(text).find((i) => i.label === 'checklist');
    assert.equal(newText(item), 'checklist\n  • review query plans\n  • add indexes carefully\n  • test with realistic data\n  • compare before and after metrics\n  • document the migration$0');
  });
});

describe('what a completion replaces', () => {
  const range = (it: CompletionItem | undefined) => (it?.textEdit && 'range' in it.textEdit ? it.textEdit.range : undefined);
  /** The text after accepting the item labelled `label` at the cursor. */
  function accept(textWithCursor: string, label: string): string {
    const { text } = withCursor(textWithCursor, '¦');
    const it = complete(textWithCursor).find((i) => i.label === label);
    const r = range(it);
    assert.ok(it && r, `no item ${label}`);
    const lines = text.split('\n');
    const line = lines[r.start.line] as string;
    lines[r.start.line] = line.slice(0, r.start.character) + newText(it) + line.slice(r.end.character);
    return lines.join('\n');
  }
  test('an inline value is replaced whole, wherever the cursor stands in it', () => {
    assert.match(accept(edit(seed(1), 'difficultyintermediate', 'difficultyinter¦mediate'), 'advanced'), /\ndifficultyadvanced\n/);
    assert.match(accept(edit(seed(1), 'reading time7', 'reading time¦7'), '2'), /\nreading time2\n/);
  });
  test('a pair value is replaced whole; in a key, only the key', () => {
    assert.match(accept(edit(seed(1), '  • status: drafted', '  • status: dr¦afted'), 'published'), /\n {2}• status: published\n/);
    const keyed = edit(edit(seed(1), '  • depth: 69\n', ''), '  • clarity: 79', '  • clar¦ity: 79');
    assert.match(accept(keyed, 'depth'), /\n {2}• depth: 79\n/);
  });
  test('a list item is replaced whole', () => {
    const text = edit(seed(1), 'checklist\n  • review query plans\n  • add indexes carefully\n', 'checklist\n  • review query plans\n  • add¦ indexes\n');
    assert.match(accept(text, 'add indexes carefully'), /\nchecklist\n {2}• review query plans\n {2}• add indexes carefully\n {2}• test with/);
  });
  test('no field names on a line that already names a field', () => {
    const text = edit(seed(1), 'difficultyintermediate\n', '');
    assert.deepEqual(complete(edit(text, 'score\n', 'score¦\n')), []);
    assert.deepEqual(complete(edit(text, 'topicmaking', '¦topicmaking')), []);
    // an unknown word is a name being typed: the name replaces the whole word
    assert.match(accept(edit(text, 'reading time7', 'di¦ff\nreading time7'), 'difficulty'), /\ndifficulty(beginner|intermediate|advanced|\$\{1\|[a-z,]+\|\})\nreading time7/);
  });
});

describe('completion in the body', () => {
  test('no heading vocabulary outside the body\'s text: marker, trailer, breadcrumb, title, code', () => {
    const s3 = seed(3);
    const at = (needle: string, col = 0) => complete(edit(s3, needle, needle.slice(0, col) + '¦' + needle.slice(col)));
    assert.deepEqual(at('alphanode post meta', 5), []);
    assert.deepEqual(at('Similar Posts', 3), []);
    assert.deepEqual(at('| |\n', 0), []);
    assert.deepEqual(at('app = FastAPI()', 0), []);
    // a blank line inside a fence is code
    assert.deepEqual(complete(edit(seed(0), 'the practical approach\n', 'the practical approach\n```\n¦\n```\n')), []);
  });
  test('heading vocabulary at the start of a line, unused first', () => {
    const items = complete(edit(seed(0), 'the practical approach\n', '¦\n'));
    assert.equal(items.length, 6);
    const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
    assert.equal(first?.label, 'why this matters');
    assert.ok(items.find((i) => i.label === 'production checks')?.detail?.includes('already used'));
  });
  test('nothing inside prose', () => {
    assert.deepEqual(complete(edit(seed(0), 'keep the implementation boring', 'keep the ¦implementation boring')), []);
  });
});
