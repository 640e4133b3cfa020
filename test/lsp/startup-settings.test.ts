// The first diagnostics use the user's settings: with a client that is asked for them
// (workspace/configuration), nothing is published before its answer; a client that never answers,
// or answers with an error, or never sends `initialized`, gets what is in effect (the defaults, or
// the initializationOptions settings) and a line in the log that says which. Only the answer to the
// newest request counts (unless that one goes unanswered: settings-answers.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { edit, seed } from '../helpers';
import { launch, startServer, type StartOptions } from './lsp-client';

const uri = 'file:///settings/expert.seed.txt';
const expert = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // meta.invalid-value, nothing else
const pull = { workspace: { configuration: true } };

const invalidValueOff = { diagnostics: { severity: { 'meta.invalid-value': 'off' } } };

/** Opens the article right after `initialized` and returns its first diagnostics' codes and the log. */
async function firstCodes(answer: (params: unknown) => unknown, initializationOptions?: unknown): Promise<{ codes: string[]; log: string }> {
  const log: string[] = [];
  const options: StartOptions = {
    capabilities: pull,
    requests: { 'workspace/configuration': answer },
    onNotification: (m, p) => { if (m === 'window/logMessage') log.push((p as { message: string }).message); },
  };
  const s = await startServer(initializationOptions, options);
  try {
    s.open(uri, expert);
    const ds = await s.diagnostics(uri);
    return { codes: ds.map((d) => String(d.code)), log: log.join('\n') };
  } finally {
    await s.stop();
  }
}

describe('settings at start', () => {
  test('a code turned off in the pulled settings never appears, not even in the first publication', async () => {
    const { codes } = await firstCodes(() => [invalidValueOff]);
    assert.deepEqual(codes, []);
  });

  test('a client that answers workspace/configuration with an error: the defaults, and the log says why', async () => {
    const { codes, log } = await firstCodes(() => new ResponseError(-32603, 'no settings here'));
    assert.deepEqual(codes, ['meta.invalid-value']);
    assert.match(log, /reading the seed settings failed: .*no settings here.*still checking with the default settings/);
  });

  test('a client that never answers workspace/configuration: the defaults after a wait, and the log says so', async () => {
    const { codes, log } = await firstCodes(() => new Promise(() => undefined));
    assert.deepEqual(codes, ['meta.invalid-value']);
    assert.match(log, /did not answer workspace\/configuration.*checking with the default settings/);
  });

  test('a client that never answers, with settings in initializationOptions: those, and the log says so', async () => {
    const { codes, log } = await firstCodes(() => new Promise(() => undefined), { settings: { severity: { 'meta.invalid-value': 'off' } } });
    assert.deepEqual(codes, []);
    assert.match(log, /did not answer workspace\/configuration.*checking with the settings from initializationOptions/);
  });

  test('a client that never sends `initialized` still gets diagnostics, after the wait', { timeout: 15000 }, async () => {
    const { proc, connection } = launch();
    const log: string[] = [];
    connection.onNotification('window/logMessage', (p: { message: string }) => log.push(p.message));
    const published = new Promise<{ code?: unknown }[]>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: unknown }[] }) => { if (p.uri === uri) resolve(p.diagnostics); });
    });
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: pull });
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text: expert } });
      assert.deepEqual((await published).map((d) => String(d.code)), ['meta.invalid-value']);
      assert.match(log.join('\n'), /no `initialized` from the client within \d+ ms: checking with the default settings/);
    } finally {
      connection.dispose();
      proc.kill();
    }
  });

  test('a late answer to an older workspace/configuration request does not undo a newer one', async () => {
    let answerFirst: (settings: unknown) => void = () => undefined;
    let requests = 0;
    const s = await startServer(undefined, {
      capabilities: pull,
      requests: {
        'workspace/configuration': () => {
          if (++requests === 1) return new Promise((resolve) => { answerFirst = resolve; });
          // the newer settings; the first request's answer (older settings, all codes on) right after
          setImmediate(() => answerFirst([{}]));
          return [invalidValueOff];
        },
      },
    });
    try {
      s.open(uri, expert);
      void s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await s.diagnostics(uri), []);
      assert.equal(requests, 2);
    } finally {
      await s.stop();
    }
  });
});
