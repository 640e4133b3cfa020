// The LSP lifecycle over stdio: nothing before `initialize` but `exit`, `initialize` once, nothing
// after `shutdown` but `exit` (requests refused, notifications ignored), and the exit code that says
// whether the shutdown was orderly.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { edit, seed } from '../helpers';
import { launch } from './lsp-client';

const uri = 'file:///lifecycle/one.seed.txt';
const init = { processId: null, rootUri: null, capabilities: {} };
/** Resolves once the process ended and its output streams closed: every byte it wrote has been read. */
const closed = (proc: ChildProcess) => new Promise<void>((resolve) => {
  if (proc.exitCode !== null && proc.stdout?.readableEnded !== false) resolve();
  else proc.once('close', () => resolve());
});
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

  test('after shutdown a broken article opened is not checked: no diagnostics before the process ends', async () => {
    await withServer(async ({ proc, connection }) => {
      // the raw output, read to its end once the process closed (the connection hands messages on later)
      let out = '';
      proc.stdout?.on('data', (b: Buffer) => { out += b.toString(); });
      await connection.sendRequest('initialize', init);
      await connection.sendNotification('initialized', {});
      const broken = 'file:///lifecycle/broken.seed.txt';
      const text = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // meta.invalid-value, were it checked
      await connection.sendRequest('shutdown');
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'seed', version: 1, text } });
      // round trips after it: the check of a handled didOpen would be published meanwhile, and certainly before exit
      for (let i = 0; i < 3; i++) await errorOf(connection.sendRequest('textDocument/hover', { textDocument: { uri: broken }, position: { line: 0, character: 0 } }));
      await connection.sendNotification('exit');
      await closed(proc);
      assert.equal(proc.exitCode, 0);
      const published = out.split('Content-Length').filter((m) => m.includes('textDocument/publishDiagnostics'));
      assert.deepEqual(published.filter((m) => m.includes(broken)), []);
    });
  });

  test('after shutdown a configuration change is ignored: the server does not ask for the settings', async () => {
    await withServer(async ({ connection }) => {
      let asked = 0;
      connection.onRequest('workspace/configuration', () => { asked++; return [{}]; });
      await connection.sendRequest('initialize', { ...init, capabilities: { workspace: { configuration: true } } });
      await connection.sendNotification('initialized', {});
      await connection.sendRequest('shutdown');
      assert.equal(asked, 1, 'asked once at start, before the shutdown was answered');
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // the server writes in order: a request it made for the notification would come before this refusal
      await errorOf(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
      assert.equal(asked, 1);
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
