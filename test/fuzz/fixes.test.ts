// Property: every quick fix on a random or mutated article applies cleanly and makes its own
// diagnostic go away without creating another one of the same code.
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { params } from './config';
import { fixesFix, preferredFixesTogether } from './properties';

describe('fuzz: quick fixes', () => {
  test('every quick fix applies, removes its diagnostic and adds none of its code; a preferred one adds no line with a structure error', () => fc.assert(fixesFix, params(0.6)));
  test('all preferred fixes at once (as seed-check --fix) apply and add no line with a structure error', () => fc.assert(preferredFixesTogether, params(0.6)));
});
