// Folding ranges: every section and the post meta block can be folded.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineOf, openWithServer, waitFor } from './helpers';

describe('folding ranges', () => {
  let doc: vscode.TextDocument;
  let ranges: vscode.FoldingRange[];

  before(async () => {
    ({ doc } = await openWithServer('seed-001.seed.txt'));
    ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.length > 0 ? r : undefined;
    }, 'folding ranges of seed-001');
  });

  const startingAt = (line: number) => ranges.find((r) => r.start === line);
  const show = () => JSON.stringify(ranges.map((r) => [r.start, r.end]));

  it('folds each section from its heading to before the next one', () => {
    const stops = ['production checks', 'the practical approach', 'implementation checklist', 'final notes', 'alphanode post meta']
      .map((h) => lineOf(doc, h));
    for (let i = 0; i + 1 < stops.length; i++) {
      const heading = stops[i]!;
      const r = startingAt(heading);
      assert.ok(r, `a folding range starts at the heading on line ${heading}; ranges ${show()}`);
      assert.ok(r.end > heading && r.end < stops[i + 1]!, `section at ${heading} ends inside the section: ${r.start}-${r.end}`);
    }
  });

  it('folds the post meta block down to its last field, not into the trailer', () => {
    const marker = lineOf(doc, 'alphanode post meta');
    const trailer = lineOf(doc, 'Similar Posts'); // seed 001 ends with the `Similar Posts` trailer
    const r = startingAt(marker);
    assert.ok(r, `a folding range starts at the meta marker on line ${marker}; ranges ${show()}`);
    let last = trailer - 1;
    while (last > marker && doc.lineAt(last).isEmptyOrWhitespace) { last--; }
    assert.ok(r.end >= last && r.end < trailer, `the meta fold ${r.start}-${r.end} covers lines up to ${last} and stops before the trailer at ${trailer}`);
  });
});
