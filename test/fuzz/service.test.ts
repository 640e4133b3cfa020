// Property-based fuzzing of the whole language service on random and mutated articles: nothing throws,
// every range lies inside the document, symbols nest, folding is sorted and valid, the edit commands
// apply cleanly. FUZZ_RUNS and FUZZ_SEED (see config.ts) scale and replay it.
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { params } from './config';
import { customRequests, foldingValid, noThrowInside, sortFieldsSorts, symbolsNest, syncMetaHelps } from './properties';

describe('fuzz: the language service', () => {
  test('no function throws and every range lies inside the document', () => fc.assert(noThrowInside, params(1)));
  test('symbols nest: children inside parents, selection inside range', () => fc.assert(symbolsNest, params(0.5)));
  test('folding ranges are sorted by startLine and valid', () => fc.assert(foldingValid, params(0.5)));
  test('sorting the meta fields leaves them in canonical order and keeps every line', () => fc.assert(sortFieldsSorts, params(0.5)));
  test('syncing the derived meta applies cleanly and fixes the paragraph count', () => fc.assert(syncMetaHelps, params(0.5)));
  test('scaffold and workspace values take any input', () => fc.assert(customRequests, params(0.3)));
});
