import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc, edit, seed, service, withCursor } from '../helpers';

function hover(textWithCursor: string): string {
  const { text, position } = withCursor(textWithCursor, '¦');
  const h = service().getHover(doc(text), position);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
}

describe('hover', () => {
  test('a field name: description, shape, rule and example from the schema', () => {
    const h = hover(edit(seed(1), 'reading time7', 'reading t¦ime7'));
    assert.match(h, /\*\*`reading time`\*\* · integer · required/);
    assert.match(h, /Minutes a reader needs/);
    assert.match(h, /Expected: an integer from 1 to 120/);
    assert.match(h, /reading time7/);
  });
  test('a value: the rule', () => {
    assert.match(hover(edit(seed(1), 'difficultyintermediate', 'difficultyinter¦mediate')), /Rule: one of beginner, intermediate, advanced/);
  });
  test('a glued value from its first character on: the mouse over `7` in `reading time7` is over the value', () => {
    assert.match(hover(edit(seed(1), 'reading time7', 'reading time¦7')), /Rule: an integer from 1 to 120/);
    assert.match(hover(edit(seed(1), 'difficultyintermediate', 'difficulty¦intermediate')), /Rule: one of beginner, intermediate, advanced/);
    // the name's own characters still give the field's documentation
    assert.match(hover(edit(seed(1), 'reading time7', 'reading tim¦e7')), /\*\*`reading time`\*\* · integer/);
  });
  test('a derived value: what the body says', () => {
    assert.match(hover(edit(seed(1), '  • paragraphs: 7', '  • paragraphs: ¦7')), /Matches the body: the body's sections hold 7 paragraphs/);
    assert.match(hover(edit(seed(1), '  • paragraphs: 7', '  • paragraphs: ¦9')), /The body says `7`/);
  });
  test('a pair key', () => {
    assert.match(hover(edit(seed(1), '  • status: drafted', '  • sta¦tus: drafted')), /\*\*`revision status`\*\*/);
  });
  test('the checklist field lists the body checklist', () => {
    const s = seed(1);
    const at = s.indexOf('\nchecklist\n') + 3;
    assert.match(hover(`${s.slice(0, at)}¦${s.slice(at)}`), /The body's checklist has 5 items: `review query plans`/);
  });
  test('a section heading', () => {
    assert.match(hover(edit(seed(1), 'production checks', 'production ¦checks')), /\*\*Section\*\* \(heading vocabulary\): 4 paragraphs/);
  });
  test('a suggestion is no rule: a reading time estimate or today\'s date is not what "the body says"', () => {
    assert.doesNotMatch(hover(edit(seed(1), 'reading time7', 'reading t¦ime7')), /body says/);
    assert.doesNotMatch(hover(edit(seed(1), 'reading time7', 'reading time¦7')), /body says|estimate/);
    assert.doesNotMatch(hover(edit(seed(1), '  • last reviewed: 2019-05-09', '  • last reviewed: 2019-¦05-09')), /body says|today/);
  });
  test('the range of a hover holds the cursor: on a bullet or a `: `, the item; on a checklist item, that item', () => {
    const svc = service();
    const s = seed(1);
    const lines = s.split('\n');
    const check = (line: number, character: number) => {
      const h = svc.getHover(doc(s), { line, character });
      const r = h?.range;
      assert.ok(h && r, `a hover at ${line}:${character}`);
      assert.ok(r.start.line <= line && line <= r.end.line && (r.start.line < line || r.start.character <= character) && (r.end.line > line || character <= r.end.character),
        `${line}:${character} outside ${JSON.stringify(r)}`);
    };
    const status = lines.findIndex((l) => l.startsWith('  • status: '));
    check(status, 2);
    check(status, 10);
    const item = lines.findIndex((l, i) => l === '  • add indexes carefully' && i > lines.indexOf('checklist'));
    check(item, 6);
  });
  test('nothing on prose', () => assert.equal(hover(edit(seed(0), 'keep the implementation', 'keep ¦the implementation')), ''));
});
