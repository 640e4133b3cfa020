// The first diagnostics use the user's settings: with a client that is asked for them
// (workspace/configuration), nothing is published before its answer; a client that never answers,
// or answers with an error, gets the defaults and a line in the log.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { edit, seed } from '../helpers';
import { startServer, type StartOptions } from './lsp-client';

const uri = 'file:///settings/expert.seed.txt';
const expert = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // meta.invalid-value, nothing else
const pull = { workspace: { configuration: true } };

/** Opens the article right after `initialized` and returns its first diagnostics' codes and the log. */
async function firstCodes(answer: (params: unknown) => unknown): Promise<{ codes: string[]; log: string }> {
  const log: string[] = [];
  const options: StartOptions = {
    capabilities: pull,
    requests: { 'workspace/configuration': answer },
    onNotification: (m, p) => { if (m === 'window/logMessage') log.push((p as { message: string }).message); },
  };
  const s = await startServer(undefined, options);
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
    const { codes } = await firstCodes(() => [{ diagnostics: { severity: { 'meta.invalid-value': 'off' } } }]);
    assert.deepEqual(codes, []);
  });

  test('a client that answers workspace/configuration with an error: the defaults, and the log says why', async () => {
    const { codes, log } = await firstCodes(() => new ResponseError(-32603, 'no settings here'));
    assert.deepEqual(codes, ['meta.invalid-value']);
    assert.match(log, /reading the seed settings failed: .*no settings here.*default settings/);
  });

  test('a client that never answers workspace/configuration: the defaults after a wait, and the log says so', async () => {
    const { codes, log } = await firstCodes(() => new Promise(() => undefined));
    assert.deepEqual(codes, ['meta.invalid-value']);
    assert.match(log, /did not answer workspace\/configuration/);
  });
});
