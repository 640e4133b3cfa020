// A small LSP client over a child's stdio: JSON-RPC 2.0 with Content-Length framing. It timestamps each
// message when its last byte arrives, so latencies are from sending to receiving, nothing else.
import { spawn, type ChildProcess } from 'node:child_process';
import { now } from './timing';

export interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

export interface Received { readonly message: Message; readonly at: number; readonly bytes: number }

export interface Answer<R> { readonly result: R; readonly ms: number; readonly bytes: number }
interface Pending { readonly sent: number; readonly resolve: (r: Answer<unknown>) => void; readonly reject: (e: Error) => void }
interface Waiter { readonly match: (m: Message) => boolean; readonly resolve: (r: Received) => void }

export class LspClient {
  private buffer = '';
  private bodyLength = -1;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private readonly listeners: ((m: Received) => void)[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';

  private constructor(readonly proc: ChildProcess) {
    proc.stdout?.on('data', (chunk: Buffer) => this.onData(chunk));
    proc.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    this.exited = new Promise((resolve) => proc.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}) before answering\n${this.stderr}`));
      this.pending.clear();
      resolve(code);
    }));
  }

  static start(command: string, args: readonly string[], cwd: string): LspClient {
    return new LspClient(spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  get pid(): number | undefined { return this.proc.pid; }

  /** Sends a request; resolves with its result, the round trip in ms and the response's size in bytes. */
  request<R = unknown>(method: string, params: unknown): Promise<Answer<R>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const sent = this.send({ jsonrpc: '2.0', id, method, params });
      this.pending.set(id, { sent, resolve: resolve as Pending['resolve'], reject });
    });
  }

  /** Sends a notification; returns the time it was written. */
  notify(method: string, params: unknown): number {
    return this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next incoming message that matches (register before sending what triggers it). */
  waitFor(match: (m: Message) => boolean): Promise<Received> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  onMessage(listener: (m: Received) => void): void {
    this.listeners.push(listener);
  }

  async shutdown(): Promise<number | null> {
    const exit = this.exited;
    await this.request('shutdown', null);
    this.notify('exit', null);
    // The server must exit on `exit`; give it a while before killing it.
    const timer = setTimeout(() => this.proc.kill(), 5000);
    const code = await exit;
    clearTimeout(timer);
    return code;
  }

  private send(message: Message): number {
    const body = JSON.stringify(message);
    const t = now();
    this.proc.stdin?.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`, 'utf8');
    return t;
  }

  /** Bytes are kept as latin1 text (one char per byte) so Content-Length counts chars; bodies are decoded as UTF-8. */
  private onData(chunk: Buffer): void {
    const at = now();
    this.buffer += chunk.toString('latin1');
    for (;;) {
      if (this.bodyLength < 0) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const header = this.buffer.slice(0, end);
        const m = /Content-Length: *(\d+)/i.exec(header);
        if (!m) throw new Error(`bad LSP header: ${header}`);
        this.bodyLength = Number(m[1]);
        this.buffer = this.buffer.slice(end + 4);
      }
      if (this.buffer.length < this.bodyLength) return;
      const length = this.bodyLength;
      const body = Buffer.from(this.buffer.slice(0, length), 'latin1').toString('utf8');
      this.buffer = this.buffer.slice(this.bodyLength);
      this.bodyLength = -1;
      this.dispatch({ message: JSON.parse(body) as Message, at, bytes: length });
    }
  }

  private dispatch(r: Received): void {
    const m = r.message;
    if (m.method === undefined && typeof m.id === 'number') {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(`${m.error.code} ${m.error.message}`));
      else p.resolve({ result: m.result, ms: r.at - p.sent, bytes: r.bytes });
      return;
    }
    if (m.method !== undefined && m.id !== undefined && m.id !== null) {
      // A request from the server (configuration, progress, registration): answer it plainly.
      const items = (m.params as { items?: unknown[] } | undefined)?.items;
      this.send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
    }
    for (const l of this.listeners) l(r);
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.match(m)) w.resolve(r);
      else still.push(w);
    }
    this.waiters = still;
  }
}
