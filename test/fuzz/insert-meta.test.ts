// Property: inserting the post meta into a meta-less article (a real body, mutated) gives an article
// whose derived fields agree with the body and the outline.
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { params } from './config';
import { insertMetaConsistent } from './properties';

describe('fuzz: insert post meta', () => {
  test('the inserted meta is consistent with the body', () => fc.assert(insertMetaConsistent, params(1)));
});
