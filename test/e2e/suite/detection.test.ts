// Exported .txt articles open as seed (client/src/detect.ts): on every open, unless the user switched the
// file back to Plain Text by hand, or seed.detect is off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeTabs, fixture, languageChangesSettled, openLanguage, openWithServer, waitFor } from './helpers';

/** Opens `uri` in an editor as a user does (the workbench opens it, not an extension), and returns its document. */
async function openAsUser(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  return waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()), `${uri.path} to open`);
}

/** Closes the editor of `uri` and waits until VS Code has closed its document too. */
async function closeFully(uri: vscode.Uri): Promise<void> {
  await closeTabs((input) => input instanceof vscode.TabInputText && input.uri.toString() === uri.toString());
  await waitFor(() => openLanguage(uri) === undefined, `${uri.path}'s document to close`);
}

describe('detection of exported .txt articles', () => {
  const folder = () => {
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f);
    return f;
  };
  const settingsFile = () => vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');
  let hadSettings = true;

  before(async () => {
    await openWithServer('seed-003.seed.txt'); // the extension is active
    hadSettings = await vscode.workspace.fs.stat(settingsFile()).then(() => true, () => false);
  });
  after(async () => {
    // the workspace-folder setting lives in workspace/.vscode/settings.json: leave no file behind
    if (hadSettings) { return; }
    await vscode.workspace.fs.delete(settingsFile(), { useTrash: false }).then(undefined, () => undefined);
    const dir = vscode.Uri.joinPath(folder().uri, '.vscode');
    const left = await vscode.workspace.fs.readDirectory(dir).then((entries) => entries.length, () => -1);
    if (left === 0) { await vscode.workspace.fs.delete(dir, { useTrash: false }); }
  });

  it('a .txt article opens as seed', async () => {
    // exported-article.txt: seed 003 with its own title and ids (so the cross-file rules stay quiet)
    const uri = fixture('exported-article.txt');
    await vscode.workspace.openTextDocument(uri);
    await waitFor(() => openLanguage(uri) === 'seed', () => `exported-article.txt to switch to seed; it is ${openLanguage(uri)}`);
  });

  describe('opened again', () => {
    // exported-article-reopened.txt: the same article with other ids. Opened with vscode.open, never with
    // openTextDocument (VS Code would keep the document open for minutes after its tab closed).
    const uri = fixture('exported-article-reopened.txt');
    afterEach(async () => { await closeTabs((input) => input instanceof vscode.TabInputText && input.uri.toString() === uri.toString()); });

    it('closed and opened again, a .txt article is seed again', async () => {
      await openAsUser(uri);
      await waitFor(() => openLanguage(uri) === 'seed', () => `the first open to switch to seed; it is ${openLanguage(uri)}`);
      await closeFully(uri);
      await openAsUser(uri);
      await waitFor(() => openLanguage(uri) === 'seed', () => `the second open to switch to seed; it is ${openLanguage(uri)}`);
    });

    it('switched back to Plain Text by hand, it stays plain text, also when closed and opened again', async () => {
      const doc = await openAsUser(uri);
      await waitFor(() => doc.languageId === 'seed', () => `the open to switch to seed; it is ${doc.languageId}`);
      try {
        await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
        await languageChangesSettled();
        assert.strictEqual(openLanguage(uri), 'plaintext', 'the hand-made switch holds while the document is open');
        await closeFully(uri);
        await openAsUser(uri);
        await languageChangesSettled();
        assert.strictEqual(openLanguage(uri), 'plaintext', 'and after it was closed and opened again');
      } finally {
        // switching it to seed forgets the choice, so the other test can run after this one
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) { await vscode.languages.setTextDocumentLanguage(open, 'seed'); }
      }
    });
  });

  it('with seed.detect off, a .txt article stays plain text', async () => {
    const config = () => vscode.workspace.getConfiguration('seed', folder().uri);
    const uri = fixture('exported-article-undetected.txt');
    await config().update('detect', false, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor(() => vscode.workspace.getConfiguration('seed', uri).get('detect') === false, 'seed.detect to read false');
      const doc = await vscode.workspace.openTextDocument(uri);
      await languageChangesSettled();
      assert.strictEqual(doc.languageId, 'plaintext');
      assert.strictEqual(openLanguage(uri), 'plaintext');
    } finally {
      await config().update('detect', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitFor(() => vscode.workspace.getConfiguration('seed', uri).get('detect') === true, 'seed.detect to be back to its default');
  });
});
