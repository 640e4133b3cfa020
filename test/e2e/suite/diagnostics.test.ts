// Diagnostics from the language server: the real articles are clean, a broken one is flagged at the
// right lines with the right codes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { REAL_ARTICLES, codeOf, describeDiagnostic, lineOf, openWithServer, publishedDiagnostics, waitFor } from './helpers';

describe('diagnostics', () => {
  for (const name of REAL_ARTICLES) {
    it(`${name} (a real article) has no errors or warnings`, async () => {
      const { doc } = await openWithServer(name);
      const serious = (await publishedDiagnostics(doc.uri))
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual(serious.map(describeDiagnostic), []);
    });
  }

  it('broken.seed.txt: an invalid difficulty and an unknown field are errors at their lines', async () => {
    // broken.seed.txt is seed 001 with `difficultyintermediate` -> `difficultyexpert` and a line
    // `categorytech` (no such field) inserted after it.
    const { doc } = await openWithServer('broken.seed.txt');
    const difficulty = lineOf(doc, 'difficultyexpert');
    const category = lineOf(doc, 'categorytech');
    const has = (ds: vscode.Diagnostic[], code: string, line: number) =>
      ds.some((d) => codeOf(d) === code && d.range.start.line === line);
    await publishedDiagnostics(doc.uri);
    const current = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'seed');
    const diags = await waitFor(() => {
      const ds = current();
      return has(ds, 'meta.invalid-value', difficulty) && has(ds, 'meta.unknown-field', category) && ds;
    }, () => `meta.invalid-value at line ${difficulty} and meta.unknown-field at line ${category}; got:\n${current().map(describeDiagnostic).join('\n')}`);
    for (const d of diags.filter((x) => ['meta.invalid-value', 'meta.unknown-field'].includes(codeOf(x)))) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, describeDiagnostic(d));
      assert.strictEqual(d.source, 'seed');
    }
    // exactly one of each: the rest of the article is seed 001, which is clean
    assert.deepStrictEqual(
      diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${d.range.start.line}:${codeOf(d)}`).sort(),
      [`${difficulty}:meta.invalid-value`, `${category}:meta.unknown-field`].sort(),
      diags.map(describeDiagnostic).join('\n'));
  });
});
