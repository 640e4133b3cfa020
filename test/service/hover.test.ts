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
  test('nothing on prose', () => assert.equal(hover(edit(seed(0), 'keep the implementation', 'keep ¦the implementation')), ''));
});
