// The extension activates on a seed article and starts its language server; seed documents get the
// manifest's editor defaults.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, REAL_ARTICLES, fixture, openWithServer } from './helpers';

describe('activation', () => {
  it('activates on a seed article and starts the language client', async () => {
    const t0 = performance.now();
    const { doc, api } = await openWithServer('seed-001.seed.txt', { show: true });
    const ms = performance.now() - t0;
    console.log(`    (VS Code ${vscode.version}, ${vscode.env.appName}, node ${process.version}; opening the first article to its diagnostics, activation included: ${ms.toFixed(0)} ms)`);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.strictEqual(api.client.isRunning(), true);
  });

  it('seed documents wrap lines and get no word-based suggestions (the manifest\'s language defaults)', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
  });

  it('recognises every *.seed.txt fixture as a seed article', async () => {
    for (const name of [...REAL_ARTICLES, 'broken.seed.txt', 'incomplete.seed.txt']) {
      const doc = await vscode.workspace.openTextDocument(fixture(name));
      assert.strictEqual(doc.languageId, LANGUAGE_ID, name);
    }
  });
});
