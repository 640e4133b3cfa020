// seed.config.json changed on disk: the whole workspace is indexed again (the excludes may have
// changed), with work-done progress like the first crawl's when the client takes it, and none otherwise.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { URI } from 'vscode-uri';
import { distinctSeed } from '../helpers';
import { startServer, until } from './lsp-client';

interface Progress { token: string; value: { kind: string; title?: string; message?: string } }

let dir: string;
const configUri = () => URI.file(path.join(dir, 'seed.config.json')).toString();

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-config-progress-'));
  for (const [rel, n] of [['articles/one.seed.txt', 1], ['articles/two.seed.txt', 2], ['drafts/three.seed.txt', 3]] as const) {
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), distinctSeed(n));
  }
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A server on the folder that records its progress, its log and the progress tokens it asks for. */
async function serverOn(workDoneProgress: boolean) {
  fs.writeFileSync(path.join(dir, 'seed.config.json'), '{}'); // nothing excluded (a test before may have changed it)
  const progress: Progress[] = [];
  const logs: string[] = [];
  const tokensAsked: unknown[] = [];
  const server = await startServer(undefined, {
    rootUri: URI.file(dir).toString(),
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress } },
    onNotification: (m, p) => {
      if (m === '$/progress') progress.push(p as Progress);
      if (m === 'window/logMessage') logs.push((p as { message: string }).message);
    },
    requests: { 'window/workDoneProgress/create': (p) => { tokensAsked.push(p); return null; } },
  });
  /**
   * Opens a copy of drafts/three (cross-file warnings until drafts/ is excluded), then writes a
   * seed.config.json that excludes drafts/ and tells the server, as a file watcher would. Resolves once
   * the copy's warnings are gone: the workspace was indexed again and the open documents checked.
   */
  const excludeDrafts = async () => {
    const mine = URI.file(path.join(dir, 'mine.seed.txt')).toString();
    server.open(mine, distinctSeed(3));
    let ds = await server.diagnostics(mine);
    while (!ds.some((d) => String(d.code).startsWith('workspace.'))) ds = await server.diagnostics(mine);
    fs.writeFileSync(path.join(dir, 'seed.config.json'), '{ "exclude": ["drafts/**"] }');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
    while (ds.length) ds = await server.diagnostics(mine);
  };
  const indexed = () => logs.filter((l) => /^indexed \d+ seed articles/.test(l));
  return { server, progress, tokensAsked, indexed, excludeDrafts };
}

describe('seed.config.json changed on disk', () => {
  test('the workspace indexed again reports progress: begin with a title that says why, then end with the articles indexed', async () => {
    const s = await serverOn(true);
    try {
      await s.excludeDrafts();
      // begin and end go out once the client grants the token, apart from the indexing itself: waited for, not timed
      const rebuild = () => s.progress.find((p) => p.value.kind === 'begin' && /seed\.config\.json/.test(p.value.title ?? ''));
      await until(() => s.progress.some((p) => p.token === rebuild()?.token && p.value.kind === 'end'), 'the progress of the indexing after the change', 5000);
      const run = s.progress.filter((p) => p.token === rebuild()?.token);
      assert.deepEqual(run.map((p) => p.value.kind), ['begin', ...run.slice(1, -1).map(() => 'report'), 'end']);
      assert.equal(run.at(-1)?.value.message, '2 articles', 'drafts/ is excluded now');
      const begun = s.progress.filter((p) => p.value.kind === 'begin').map((p) => p.token);
      assert.equal(new Set(begun).size, 2, 'the first crawl and the indexing after the change, each under its own token');
    } finally {
      await s.server.stop();
    }
  });

  test('a client without work-done progress is asked for no token and sent no progress', async () => {
    const s = await serverOn(false);
    try {
      await s.excludeDrafts();
      // a token asked for, or progress sent, would have come before the diagnostics that follow the indexing
      assert.match(s.indexed()[1] ?? '', /^indexed 2 seed articles/);
      assert.deepEqual(s.tokensAsked, []);
      assert.deepEqual(s.progress, []);
    } finally {
      await s.server.stop();
    }
  });
});
