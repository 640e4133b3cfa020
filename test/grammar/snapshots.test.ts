// Snapshot per fixture: every line with its tokens and scopes (see renderSnapshot). A difference fails;
// `UPDATE_SNAPSHOTS=1` rewrites them, and the rewritten files are then read and reviewed like code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir, renderSnapshot, snapshotsDir, tokenize } from './harness';

const update = process.env['UPDATE_SNAPSHOTS'] === '1';
const fixtures = fs.readdirSync(fixturesDir).filter((f) => !f.startsWith('.')).sort();
const snapName = (fixture: string) => `${path.parse(fixture).name}.snap`;

for (const fixture of fixtures) {
  test(`snapshot ${fixture}`, async () => {
    const actual = renderSnapshot(await tokenize(fs.readFileSync(path.join(fixturesDir, fixture), 'utf8')));
    const file = path.join(snapshotsDir, snapName(fixture));
    if (update) {
      fs.mkdirSync(snapshotsDir, { recursive: true });
      fs.writeFileSync(file, actual);
      return;
    }
    assert.ok(fs.existsSync(file), `no snapshot ${file}: run with UPDATE_SNAPSHOTS=1 and review it`);
    assert.equal(actual, fs.readFileSync(file, 'utf8'), `tokens of ${fixture} differ from ${file}`);
  });
}

test('every snapshot has its fixture', () => {
  const expected = new Set(fixtures.map(snapName));
  const stale = fs.readdirSync(snapshotsDir).filter((f) => f.endsWith('.snap') && !expected.has(f));
  assert.deepEqual(stale, [], 'snapshots without a fixture');
});
