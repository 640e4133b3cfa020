// A small LSP client for tests: starts the built server over stdio and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers';

export interface TestServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly stderr: string[];
  /** the server's answer to `initialize` */
  readonly initializeResult: InitializeResult;
  /** resolves with the first diagnostics published for `uri` at `version` or later */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, version?: number): void;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly rootUri?: string;
  readonly workspaceFolders?: readonly { uri: string; name: string }[];
  /** client capabilities (default: none) */
  readonly capabilities?: unknown;
  /** every notification the server sends, for assertions on progress and messages */
  readonly onNotification?: (method: string, params: unknown) => void;
  /** answers to requests from the server, by method (as a real client would give) */
  readonly requests?: Readonly<Record<string, (params: unknown) => unknown>>;
}

/** The built server over stdio, not initialized: for tests of the lifecycle itself. */
export function launch(): { proc: ChildProcess; connection: MessageConnection; stderr: string[] } {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server', 'main.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  proc.stderr?.on('data', (b: Buffer) => stderr.push(b.toString()));
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  return { proc, connection, stderr };
}

export async function startServer(initializationOptions?: unknown, options: StartOptions = {}): Promise<TestServer> {
  const { proc, connection, stderr } = launch();
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    options.onNotification?.('textDocument/publishDiagnostics', p);
    // a waiter takes the publication; otherwise it is kept for the next diagnostics() call
    const w = waiters.find((x) => x.uri === p.uri && (p.version ?? 0) >= x.version);
    if (w) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p.diagnostics);
    } else {
      published.set(p.uri, p);
    }
  });
  connection.onNotification('window/showMessage', (p) => options.onNotification?.('window/showMessage', p));
  connection.onNotification('window/logMessage', (p) => options.onNotification?.('window/logMessage', p));
  connection.onNotification('$/progress', (p) => options.onNotification?.('$/progress', p));
  // requests a real client answers: capability registration and progress tokens
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  for (const [method, answer] of Object.entries(options.requests ?? {})) connection.onRequest(method, answer);
  connection.listen();
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: options.rootUri ?? null, workspaceFolders: options.workspaceFolders ?? null, capabilities: options.capabilities ?? {}, initializationOptions });
  await connection.sendNotification('initialized', {});
  return {
    connection, process: proc, stderr, initializeResult,
    diagnostics(uri, version = 0) {
      const p = published.get(uri);
      if (p && (p.version ?? 0) >= version) { published.delete(uri); return Promise.resolve(p.diagnostics); }
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version, text } });
    },
    request: <R>(method: string, params: unknown) => connection.sendRequest<R>(method, params),
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
    },
  };
}

/** Waits, turn by turn of the event loop (no timer), until `cond` holds; fails after `ms` saying what it waited for. */
export async function until(cond: () => boolean, what: string, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}
