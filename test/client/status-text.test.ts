// The words of the status bar item (client/src/status-text.ts): every error and warning of the article
// counts, body and meta alike, and the tooltip says where they are.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { articleStatus } from '../../client/src/status-text';
import { createLanguageService } from '../../server/src/service/index';
import { ROOT } from '../helpers';

const model = (file: string) => createLanguageService({ today: () => '2026-11-23' })
  .getPreviewModel({ uri: `file:///work/${path.basename(file)}`, version: 1, getText: () => fs.readFileSync(path.join(ROOT, 'samples', file), 'utf8') });

test('a clean article with post meta: "Article ok"', () => {
  assert.deepEqual(articleStatus(model('003_ef4f30e95cfa6dd9.seed.txt')), {
    severity: 'ok', text: '$(pass) Article ok', tooltip: 'No errors or warnings in this article or its alphanode post meta.',
  });
});

test('a clean article without post meta: "No post meta"', () => {
  const s = articleStatus(model('000_845d92889121c476.seed.txt'));
  assert.equal(s.text, '$(info) No post meta');
  assert.equal(s.severity, 'info');
  assert.match(s.tooltip, /Seed: Insert Post Meta/);
});

test('an error in the body counts, though the meta is fine (it said "Meta ok")', () => {
  assert.deepEqual(articleStatus(model('broken/unclosed-fence.seed.txt')), {
    severity: 'error', text: '$(error) Article: 1 error',
    tooltip: 'In the body: 1 error. In the alphanode post meta: none. Click to open the Problems view.',
  });
});

test('warnings only, in the body: a warning item', () => {
  // the sample holds three slips: a glued bullet, `Final Notes:` and `**Implementation Checklist**`
  const s = articleStatus(model('broken/body-slips.seed.txt'));
  assert.deepEqual(s, { severity: 'warning', text: '$(warning) Article: 3 warnings', tooltip: 'In the body: 3 warnings. In the alphanode post meta: none. Click to open the Problems view.' });
});

test('errors and warnings in the meta: counted with the body\'s, and placed', () => {
  const m = model('broken/meta-problems.seed.txt');
  assert.ok(m.meta);
  const s = articleStatus(m);
  assert.equal(s.text, `$(error) Article: ${m.meta.errors} errors, ${m.meta.warnings} warnings`);
  assert.equal(s.tooltip, `In the body: none. In the alphanode post meta: ${m.meta.errors} errors, ${m.meta.warnings} warnings. Click to open the Problems view.`);
});

test('problems without post meta: the tooltip says the block is missing', () => {
  const s = articleStatus({ meta: undefined, problems: [{ line: 3, character: 0, severity: 'warning', message: 'x', code: 'syntax.x' }] });
  assert.deepEqual(s, { severity: 'warning', text: '$(warning) Article: 1 warning', tooltip: 'The article has no post meta block. Click to open the Problems view.' });
});
