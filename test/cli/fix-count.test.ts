// fixText's count against a stand-in service whose fixes are scripted round by round: the count must be
// the fixes whose edits are in the text it returns, also when a later round is taken back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SeedLanguageService } from '../../server/src/service/index';
import type { SeedDiagnostic } from '../../server/src/service/rules/rule';
import { fixText } from '../../server/src/cli/fix';

/** A line-0 fix that replaces the whole one-line text by `to`, offered while the text is `from`. */
function rewrite(from: string, to: string): [string, SeedDiagnostic[]] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: from.length } };
  return [from, [{
    code: 'meta.unknown-field', range, message: `found ${from}`, severity: 1,
    fixes: [{ title: `write ${to}`, edits: [{ range, newText: to }], preferred: true }],
  } as SeedDiagnostic]];
}

const syntaxError = (text: string): [string, SeedDiagnostic[]] =>
  [text, [{ code: 'syntax.unclosed-fence', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'unclosed', severity: 1 } as SeedDiagnostic]];

function scripted(rounds: [string, SeedDiagnostic[]][]): SeedLanguageService {
  const byText = new Map(rounds);
  return {
    computeDiagnosticsWithFixes: (doc: { getText(): string }) => byText.get(doc.getText()) ?? [],
    forget: () => undefined,
  } as unknown as SeedLanguageService;
}

describe('seed-check --fix: the fixed count', () => {
  test('counts each applied round', () => {
    const service = scripted([rewrite('a', 'b'), rewrite('b', 'c')]);
    assert.deepEqual(fixText(service, 'file:///x', 'a'), { text: 'c', fixed: 2 });
  });

  test('a round whose result the parser cannot read is taken back with its count', () => {
    // round 1 mends a → b, round 2 writes b → ```, round 3 finds a syntax error: b is kept, one fix counted
    const service = scripted([rewrite('a', 'b'), rewrite('b', '```'), syntaxError('```')]);
    assert.deepEqual(fixText(service, 'file:///x', 'a'), { text: 'b', fixed: 1 });
  });

  test('a first round taken back leaves the text and a count of 0', () => {
    const service = scripted([rewrite('a', '```'), syntaxError('```')]);
    assert.deepEqual(fixText(service, 'file:///x', 'a'), { text: 'a', fixed: 0 });
  });
});
