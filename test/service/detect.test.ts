// Which plain .txt files are seed articles (folders hold other text files too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeSeed } from '../../server/src/service/index';
import { seed } from '../helpers';

test('an article is detected with any line break; other text is not', () => {
  for (const n of [0, 1, 3]) {
    for (const eol of ['\n', '\r\n', '\r']) assert.ok(looksLikeSeed(seed(n).replace(/\n/g, eol)), `seed ${n} with ${JSON.stringify(eol)}`);
  }
  assert.ok(!looksLikeSeed('a shopping list\neggs\nmilk'));
  assert.ok(!looksLikeSeed(`${seed(1)}\u0000`), 'binary data');
});
