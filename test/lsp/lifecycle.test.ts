// The LSP lifecycle over stdio: nothing before `initialize` but `exit`, `initialize` once, nothing
// after `shutdown` but `exit`, and the exit code that says whether the shutdown was orderly.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { seed } from '../helpers';
import { launch } from './lsp-client';

const uri = 'file:///lifecycle/one.seed.txt';
const init = { processId: null, rootUri: null, capabilities: {} };
const exited = (proc: ChildProcess) => new Promise<number | null>((resolve) => {
  if (proc.exitCode !== null) resolve(proc.exitCode);
  else proc.once('exit', (code) => resolve(code));
});
/** Runs a test on a fresh server; the process is killed if the test fails before it exits. */
async function withServer(fn: (s: ReturnType<typeof launch>) => Promise<void>): Promise<void> {
  const s = launch();
  s.connection.listen();
  try {
    await fn(s);
  } finally {
    s.connection.dispose();
    if (s.proc.exitCode === null) s.proc.kill();
  }
}
const errorOf = (p: Promise<unknown>) => p.then(() => assert.fail('expected an error'), (e: unknown) => {
  assert.ok(e instanceof ResponseError, String(e));
  return e;
});

describe('lifecycle', () => {
  test('a request before initialize is refused with ServerNotInitialized; a notification is dropped', async () => {
    await withServer(async ({ proc, connection }) => {
      const err = await errorOf(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
      assert.equal(err.code, -32002);
      assert.match(err.message, /before `initialize`/);
      // opened before initialize: the server must not know the document afterwards
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text: seed(0) } });
      await connection.sendRequest('initialize', init);
      await connection.sendNotification('initialized', {});
      assert.deepEqual(await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited(proc), 0);
    });
  });

  test('after shutdown a request is refused with InvalidRequest, and exit is code 0', async () => {
    await withServer(async ({ proc, connection }) => {
      await connection.sendRequest('initialize', init);
      await connection.sendNotification('initialized', {});
      assert.equal(await connection.sendRequest('shutdown'), null);
      const err = await errorOf(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
      assert.equal(err.code, -32600);
      assert.match(err.message, /after `shutdown`/);
      await connection.sendNotification('exit');
      assert.equal(await exited(proc), 0);
    });
  });

  test('a second initialize is refused with InvalidRequest, and the server goes on as before', async () => {
    await withServer(async ({ connection }) => {
      const published: { version?: number; n: number }[] = [];
      let seen: () => void = () => undefined;
      connection.onNotification('textDocument/publishDiagnostics', (p: { version?: number; diagnostics: unknown[] }) => {
        published.push({ version: p.version, n: p.diagnostics.length });
        seen();
      });
      const versionPublished = (v: number) => new Promise<void>((resolve) => {
        seen = () => { if (published.some((p) => p.version === v)) resolve(); };
        seen();
      });
      await connection.sendRequest('initialize', init);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text: seed(0) } });
      await versionPublished(1);
      const err = await errorOf(connection.sendRequest('initialize', init));
      assert.equal(err.code, -32600);
      assert.match(err.message, /already initialized/);
      // were it answered, the diagnostics would be held again and never released
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${seed(0)}\nmore` }] });
      await versionPublished(2);
    });
  });

  test('a refused shutdown does not make closing the input a clean exit; an accepted one does', async () => {
    for (const initialize of [false, true]) {
      await withServer(async ({ proc, connection }) => {
        if (initialize) {
          await connection.sendRequest('initialize', init);
          assert.equal(await connection.sendRequest('shutdown'), null);
        } else {
          assert.equal((await errorOf(connection.sendRequest('shutdown'))).code, -32002);
        }
        proc.stdin?.end();
        assert.equal(await exited(proc), initialize ? 0 : 1, initialize ? 'after an accepted shutdown' : 'after a refused shutdown');
      });
    }
  });

  test('exit without shutdown is code 1, before initialize as after it', async () => {
    for (const initialize of [false, true]) {
      await withServer(async ({ proc, connection }) => {
        if (initialize) await connection.sendRequest('initialize', init);
        await connection.sendNotification('exit');
        assert.equal(await exited(proc), 1, initialize ? 'after initialize' : 'before initialize');
      });
    }
  });
});
