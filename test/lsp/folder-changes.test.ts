// Workspace folders changing in awkward ways: during a crawl (each indexing run's progress ends), a
// folder removed with a broken seed.config.json (its problems go), and a folder both removed and
// added, or added twice, in one event (it stays, and is walked once).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { edit, seed } from '../helpers';
import { startServer, type StartOptions, type TestServer } from './lsp-client';

let dir: string;
const folder = (name: string) => ({ uri: URI.file(path.join(dir, name)).toString(), name });
const fileUri = (rel: string) => URI.file(path.join(dir, rel)).toString();
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const BIG = 1500; // articles in big/: its crawl takes a while

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-folder-changes-'));
  for (let i = 0; i < BIG; i++) write(`big/d${i % 30}/a${i}.seed.txt`, seed(0));
  write('small/one.seed.txt', seed(2));
  write('broken/seed.config.json', '{ "meta": { "brand": 7 } }');
  write('quiet/seed.config.json', '{ "diagnostics": { "severity": { "meta.invalid-value": "off" } } }');
  fs.mkdirSync(path.join(dir, 'empty'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A server on `folders` that records what it sends; `until` waits (no timer) for a condition on it. */
async function serverOn(folders: string[], options: StartOptions = {}) {
  const logs: string[] = [];
  const progress: { token: string; kind: string }[] = [];
  const publications: PublishDiagnosticsParams[] = [];
  const server: TestServer = await startServer(undefined, {
    capabilities: { workspace: { workspaceFolders: true }, window: { workDoneProgress: true } },
    workspaceFolders: folders.map(folder),
    onNotification: (m, p) => {
      if (m === 'window/logMessage') logs.push((p as { message: string }).message);
      if (m === '$/progress') progress.push({ token: String((p as { token: unknown }).token), kind: (p as { value: { kind: string } }).value.kind });
      if (m === 'textDocument/publishDiagnostics') publications.push(p as PublishDiagnosticsParams);
    },
    ...options,
  });
  const until = async (cond: () => boolean, what: string, ms = 20000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setImmediate(r));
    }
  };
  const indexed = () => logs.filter((l) => /^indexed \d+ seed articles/.test(l));
  const changeFolders = (added: string[], removed: string[]) => server.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
    event: { added: added.map(folder), removed: removed.map(folder) },
  });
  return { server, logs, progress, publications, until, indexed, changeFolders };
}

describe('workspace folders changing', () => {
  test('folders added during a crawl: every indexing run\'s progress ends, each under its own token', { timeout: 30000 }, async () => {
    let crawling: () => void = () => undefined;
    const s = await serverOn(['big'], {
      requests: {
        // the first token is asked for as the first crawl starts: the folders change while it runs
        'window/workDoneProgress/create': () => { crawling(); crawling = () => undefined; return null; },
      },
    });
    crawling = () => void s.changeFolders(['small'], []);
    try {
      await s.until(() => s.indexed().length === 2, 'both indexing runs');
      // the crawl of big/ was still running when small/ was indexed
      assert.deepEqual(s.indexed().map((l) => l.match(/^indexed (\d+)/)?.[1]), ['1', String(BIG)]);
      const begun = s.progress.filter((p) => p.kind === 'begin').map((p) => p.token);
      assert.equal(new Set(begun).size, 2, `two runs, two tokens: ${begun.join(', ')}`);
      const ended = (t: string) => s.progress.some((p) => p.token === t && p.kind === 'end');
      await s.until(() => begun.every(ended), `the end of ${begun.filter((t) => !ended(t)).join(', ')}`, 5000);
    } finally {
      await s.server.stop();
    }
  });

  test('a folder removed: the problems of its seed.config.json go with it', async () => {
    const config = fileUri('broken/seed.config.json');
    const s = await serverOn(['broken', 'empty']);
    try {
      assert.equal((await s.server.diagnostics(config))[0]?.code, 'config.invalid');
      await s.until(() => s.indexed().length === 1, 'the first crawl');
      void s.changeFolders([], ['broken']);
      await s.until(() => s.indexed().length === 2, 'the folders changed');
      const last = [...s.publications].reverse().find((p) => p.uri === config);
      assert.deepEqual(last?.diagnostics, []);
    } finally {
      await s.server.stop();
    }
  });

  test('a folder removed and added in one event stays: its seed.config.json is still in effect', async () => {
    const open = fileUri('empty/expert.seed.txt');
    const expert = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // meta.invalid-value, which quiet/ turns off
    const s = await serverOn(['quiet', 'empty']);
    try {
      s.server.open(open, expert);
      assert.deepEqual(await s.server.diagnostics(open), []);
      await s.until(() => s.indexed().length === 1, 'the first crawl');
      void s.changeFolders(['quiet'], ['quiet']);
      await s.until(() => s.indexed().length === 2, 'the folders changed');
      void s.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: open, version: 2 }, contentChanges: [{ text: expert }] });
      assert.deepEqual(await s.server.diagnostics(open, 2), []);
    } finally {
      await s.server.stop();
    }
  });

  test('a folder added twice in one event is walked once', async () => {
    const s = await serverOn(['empty']);
    try {
      await s.until(() => s.indexed().length === 1, 'the first crawl');
      void s.changeFolders(['small', 'small'], []);
      await s.until(() => s.indexed().length === 2, 'the folders changed');
      assert.match(s.indexed()[1] ?? '', /^indexed 1 seed articles/);
    } finally {
      await s.server.stop();
    }
  });
});
