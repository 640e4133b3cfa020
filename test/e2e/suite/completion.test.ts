// Completion of meta field names: on an empty line of the post meta block, the fields the article
// still lacks are offered, and only those.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineOf, openWithServer, waitFor } from './helpers';

// incomplete.seed.txt is seed 001 without these three fields
const MISSING = ['tools', 'view count', 'notes'];

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion', () => {
  it('offers the missing field names on an empty meta line', async () => {
    const { doc } = await openWithServer('incomplete.seed.txt');
    const empty = lineOf(doc, 'alphanode post meta') + 1;
    assert.strictEqual(doc.lineAt(empty).text, '', 'the line after the meta marker is empty');
    let labels: string[] = [];
    await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(empty, 0));
      labels = list.items.map(labelOf);
      return MISSING.every((f) => labels.includes(f));
    }, () => `completions ${JSON.stringify(MISSING)} at line ${empty}; got ${JSON.stringify(labels)}`);
    assert.strictEqual(new Set(labels).size, labels.length, `no duplicates: ${JSON.stringify(labels)}`);
    // fields the article already has are not offered again (a field may appear only once)
    const present = ['topic', 'summary', 'ai outline', 'stack', 'difficulty', 'payload'];
    assert.deepStrictEqual(labels.filter((l) => present.includes(l)), [], 'present fields are not offered');
  });
});
