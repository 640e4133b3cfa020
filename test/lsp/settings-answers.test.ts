// Settings asked for again (workspace/didChangeConfiguration, workspace/configuration) when the newest
// request goes unanswered: it fails, or the client never answers it. The newest answer that did arrive
// is applied then, instead of the server staying on older settings; and a late answer to the newest
// request is still applied when it comes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { edit, seed } from '../helpers';
import { startServer, until, type TestServer } from './lsp-client';

const uri = 'file:///settings/expert.seed.txt';
const expert = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // meta.invalid-value, nothing else
const allOn = [{}];
const invalidValueOff = [{ diagnostics: { severity: { 'meta.invalid-value': 'off' } } }];

/** What the client does with one workspace/configuration request: its answer (or a promise of it). */
type Answer = () => unknown;

/**
 * A server whose first workspace/configuration request (at start) is answered with every code on, and
 * the later ones by `later` in turn; the article is open and its first diagnostics are in.
 */
async function withServer(later: Answer[], fn: (s: TestServer, log: string[]) => Promise<void>): Promise<void> {
  const log: string[] = [];
  const answers: Answer[] = [() => allOn, ...later];
  const s = await startServer(undefined, {
    capabilities: { workspace: { configuration: true } },
    requests: { 'workspace/configuration': () => (answers.shift() ?? (() => allOn))() },
    onNotification: (m, p) => { if (m === 'window/logMessage') log.push((p as { message: string }).message); },
  });
  try {
    s.open(uri, expert);
    assert.deepEqual((await s.diagnostics(uri)).map((d) => d.code), ['meta.invalid-value']);
    await fn(s, log);
  } finally {
    await s.stop();
  }
}

/** The codes the article is checked with now: an edit, and the diagnostics of that version. */
async function codesAt(s: TestServer, version: number): Promise<unknown[]> {
  void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: expert }] });
  return (await s.diagnostics(uri, version)).map((d) => d.code);
}

/** A held answer: the promise the client answers with, and how to settle it later. */
function held() {
  let answer: (value: unknown) => void = () => undefined;
  let fail: (err: unknown) => void = () => undefined;
  const promise = new Promise((resolve, reject) => { answer = resolve; fail = reject; });
  return { promise, answer, fail };
}

const changeConfiguration = (s: TestServer) => s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
const failedLine = /reading the seed settings failed: .*client gone/;

describe('settings when the newest request goes unanswered', () => {
  test('the newest workspace/configuration request fails: the older answer that arrived is applied', async () => {
    const older = held();
    const newest = held();
    await withServer([
      () => older.promise,
      // the older request is answered first, then the newest fails (the client writes in this order)
      () => { older.answer(invalidValueOff); setImmediate(() => newest.fail(new ResponseError(-32603, 'client gone'))); return newest.promise; },
    ], async (s, log) => {
      await changeConfiguration(s);
      await changeConfiguration(s);
      await until(() => log.some((l) => failedLine.test(l)), 'the failure in the log');
      assert.deepEqual(await codesAt(s, 2), []);
      assert.match(log.find((l) => failedLine.test(l)) ?? '', /still checking with the client's settings \(its answer to an earlier request/);
    });
  });

  test('the newest request fails before the older one is answered: that answer is applied when it comes', async () => {
    const older = held();
    await withServer([
      () => older.promise,
      () => new ResponseError(-32603, 'client gone'),
    ], async (s, log) => {
      await changeConfiguration(s);
      await changeConfiguration(s);
      await until(() => log.some((l) => failedLine.test(l)), 'the failure in the log');
      older.answer(invalidValueOff);
      // the answer goes out before the edit below: the client writes its messages in order
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(await codesAt(s, 2), []);
    });
  });

  test('the newest request is never answered: after the wait the older answer is applied; its own late answer after that', async () => {
    const older = held();
    const newest = held();
    await withServer([
      () => older.promise,
      () => { older.answer(invalidValueOff); return newest.promise; },
    ], async (s, log) => {
      await changeConfiguration(s);
      await changeConfiguration(s);
      await until(() => log.some((l) => /did not answer workspace\/configuration within \d+ ms/.test(l)), 'the wait for the answer to run out');
      assert.match(log.join('\n'), /did not answer workspace\/configuration.*checking with the client's settings \(its answer to an earlier request/);
      assert.deepEqual(await codesAt(s, 2), []);
      newest.answer(allOn);
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(await codesAt(s, 3), ['meta.invalid-value']);
    });
  });
});
