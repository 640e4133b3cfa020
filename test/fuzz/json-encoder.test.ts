// The server's stdio message encoder writes exactly the bytes of Buffer.from(JSON.stringify(msg)),
// whatever the message: nested values, big arrays written in slices, undefined and functions (left
// out of objects, null in arrays), non-ASCII text and lone surrogates, a buffer grown and reused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-jsonrpc';
import { JsonMessageEncoder } from '../../server/src/node/json-encoder';
import { params } from './config';

const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, () => 1, Number.NaN, -0, Infinity),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
// arrays around the slice size (128), objects with big arrays inside, as LSP results have
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.integer({ min: 0, max: 300 }).chain((n) => fc.array(leaf, { minLength: n, maxLength: n })),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;

const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('latin1');

describe('fuzz: the stdio JSON encoder', () => {
  test('the same bytes as JSON.stringify, message after message on one reused buffer', async () => {
    const encoder = new JsonMessageEncoder();
    await fc.assert(fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 4 }), async (results) => {
      for (const [i, result] of results.entries()) {
        const msg = { jsonrpc: '2.0', id: i, result } as unknown as Message;
        const got = bytes(await encoder.encode(msg));
        assert.equal(got, Buffer.from(JSON.stringify(msg), 'utf8').toString('latin1'));
      }
    }), params(0.5));
  });

  test('a 6 MB outline-shaped result, deeper than the walk, still comes out whole', async () => {
    const range = (l: number) => ({ start: { line: l, character: 0 }, end: { line: l + 3, character: 40 } });
    const sections = Array.from({ length: 20000 }, (_, l) => ({ name: `section ${l} é`, kind: 3, range: range(l), selectionRange: range(l), detail: undefined, children: [{ name: 'list', kind: 18, range: range(l), selectionRange: range(l) }] }));
    const msg = { jsonrpc: '2.0', id: 7, result: [{ name: 'title', kind: 2, range: range(0), selectionRange: range(0), children: sections }] } as unknown as Message;
    const encoder = new JsonMessageEncoder();
    const want = Buffer.from(JSON.stringify(msg), 'utf8').toString('latin1');
    const got = await encoder.encode(msg);
    assert.ok(got.byteLength > 4_000_000);
    assert.equal(bytes(got), want);
    // sent again (the outline asked for again): the remembered JSON of each section gives the same bytes
    assert.equal(bytes(await encoder.encode(msg)), want);
    // the next version shares most sections with this one
    const next = { ...msg, id: 8, result: [{ name: 'title', kind: 2, range: range(0), selectionRange: range(0), children: [...sections.slice(0, 100), { ...sections[100], name: 'edited' }, ...sections.slice(101)] }] } as unknown as Message;
    assert.equal(bytes(await encoder.encode(next)), Buffer.from(JSON.stringify(next), 'utf8').toString('latin1'));
    // and a small message afterwards is not polluted by the big one
    const small = { jsonrpc: '2.0', method: 'x', params: { a: 1 } } as unknown as Message;
    assert.equal(bytes(await encoder.encode(small)), JSON.stringify(small));
  });
});
