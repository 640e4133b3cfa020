import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEMANTIC_LEGEND } from '../../server/src/service/index';
import { doc, edit, joinLines, seed, service } from '../helpers';

/** Decodes the relative encoding into `line:start text type[.modifiers]`. */
function tokens(text: string): string[] {
  const { data } = service().getSemanticTokens(doc(text));
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, ds, len, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
    start = dl === 0 ? start + ds : ds;
    line += dl;
    const m = SEMANTIC_LEGEND.tokenModifiers.filter((_, b) => mods & (1 << b));
    out.push(`${line}:${start} ${lines[line]?.slice(start, start + len)} ${SEMANTIC_LEGEND.tokenTypes[type]}${m.length ? `.${m.join('.')}` : ''}`);
  }
  return out;
}

describe('semantic tokens', () => {
  test('seed 003: title, headings and the six-line unfenced code block', () => {
    const t = tokens(seed(3));
    assert.equal(t[0], '2:0 production checklist for making service health visible in python services heading.declaration');
    assert.ok(t.includes('9:0 production checks heading'));
    assert.ok(t.includes('6:0 making service health visible with python services visual reference 1 string'), 'the image alt line');
    assert.deepEqual(t.filter((x) => x.endsWith('codeBlock')), [
      '19:0 from fastapi import FastAPI codeBlock', '20:0 app = FastAPI() codeBlock', "22:0 @app.get('/health') codeBlock",
      '23:0 def health(): codeBlock', "24:4 return {'ok': True} codeBlock"]);
  });
  test('heading-shaped lines the grammar cannot know', () => {
    assert.ok(tokens(joinLines('title', 'intro.', 'Deploying the Service', 'text.')).includes('2:0 Deploying the Service heading'));
  });
  test('unknown fields and invalid values', () => {
    const t = tokens(edit(edit(seed(1), 'reading time7', 'reading time7\ncategorytech'), 'difficultyintermediate', 'difficultyexpert'));
    assert.ok(t.some((x) => x.endsWith('categorytech property.invalid')));
    assert.ok(t.some((x) => x.endsWith('expert string.invalid')));
  });
});
