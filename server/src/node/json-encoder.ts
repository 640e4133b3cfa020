// The JSON-RPC message encoder for stream transports (stdio, sockets, pipes).
// The library's default turns a message into one JSON string and then one Buffer of the same size.
// The outline of a 10 MB article is a 6 MB message: one giant string and one giant buffer, each in
// fresh memory every time, cost more than computing the outline. This encoder writes the JSON piece by
// piece (big arrays in slices of JSON.stringify) into one buffer that it keeps and reuses. The bytes
// are exactly JSON.stringify's, as UTF-8.
//
// Reuse is safe because vscode-jsonrpc's stream writer encodes the next message only after the
// previous one's write callback (it holds a lock across encode and write).
//
// The JSON of each larger object in a big array is remembered by the object (a WeakMap): the outline
// of the next version shares most of its section symbols with this one (features/outline-reuse.ts),
// and the outline asked for again is the same array. So the server must not change an object in a
// big result once it has been sent; its results are made per document version and never changed.
import type { Message } from 'vscode-jsonrpc';

/** Arrays longer than this are written in slices of this many elements. */
const SLICE = 128;
/** Objects of a big array whose JSON is at least this long are written one by one, and remembered. */
const REMEMBER_CHARS = 120;
/** Objects and arrays this deep are walked into (LSP results keep their big arrays near the top). */
const WALK_DEPTH = 4;
/** A buffer grown past this is let go once a message fits a small one again. */
const KEEP_BYTES = 32 * 1024 * 1024;

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

export class JsonMessageEncoder {
  readonly name = 'application/json';
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private readonly written = new WeakMap<object, string>();
  private at = 0;

  encode(msg: Message): Promise<Uint8Array> {
    try {
      this.at = 0;
      this.value(msg, 0);
      const out = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.at);
      if (this.buffer.length > KEEP_BYTES && this.at < 64 * 1024) this.buffer = Buffer.allocUnsafe(64 * 1024);
      return Promise.resolve(out);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private put(s: string): void {
    // at most 3 UTF-8 bytes per UTF-16 code unit
    const need = this.at + s.length * 3;
    if (need > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.buffer.length * 2));
      grown.set(new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.at));
      this.buffer = grown;
    }
    this.at += this.buffer.write(s, this.at, 'utf8');
  }

  private value(v: unknown, depth: number): void {
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) {
        if (v.length > SLICE) return this.slices(v);
        if (depth < WALK_DEPTH) return this.array(v, depth);
      } else if (depth < WALK_DEPTH && isPlainObject(v)) {
        return this.object(v as Record<string, unknown>, depth);
      }
    }
    // JSON.stringify gives undefined for undefined, functions and symbols: in an array they are null
    this.put(JSON.stringify(v) ?? 'null');
  }

  private slices(v: readonly unknown[]): void {
    // small objects (folding ranges) are made afresh for each version: written in slices, not remembered
    const first = v.find((x) => x !== null && typeof x === 'object');
    const remember = first !== undefined && (this.written.get(first as object) ?? JSON.stringify(first)).length >= REMEMBER_CHARS;
    this.put('[');
    let run = 0; // start of the current run of elements written in slices
    for (let i = 0; i <= v.length; i++) {
      const x = v[i];
      const kept = remember && i < v.length && x !== null && typeof x === 'object';
      if (i < v.length && !kept && i - run < SLICE) continue;
      if (i > run) {
        if (run > 0) this.put(',');
        this.put(JSON.stringify(v.slice(run, i)).slice(1, -1));
      }
      if (kept) {
        if (i > 0) this.put(',');
        let json = this.written.get(x);
        if (json === undefined) {
          json = JSON.stringify(x);
          this.written.set(x, json);
        }
        this.put(json);
        run = i + 1;
      } else {
        run = i;
      }
    }
    this.put(']');
  }

  private array(v: readonly unknown[], depth: number): void {
    this.put('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) this.put(',');
      this.value(v[i], depth + 1);
    }
    this.put(']');
  }

  private object(v: Record<string, unknown>, depth: number): void {
    this.put('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      this.put(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      this.value(x, depth + 1);
    }
    this.put('}');
  }
}
