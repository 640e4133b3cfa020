// Commands that apply the server's edits to the active seed editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { InsertMetaEdits, SortFieldsEdits, type InsertMetaEditsResult } from '../../server/src/protocol';

async function applyServerEdits(client: LanguageClient, method: string, emptyMessage: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'seed') {
    void vscode.window.showWarningMessage('Open a seed article first.');
    return false;
  }
  const doc = editor.document;
  const version = doc.version;
  const edits = await client.sendRequest<InsertMetaEditsResult>(method, { uri: doc.uri.toString() });
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(emptyMessage);
    return false;
  }
  if (doc.version !== version) {
    void vscode.window.showWarningMessage('The article changed while the edit was computed; run the command again.');
    return false;
  }
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, edits.map((e) => client.protocol2CodeConverter.asTextEdit(e)));
  return vscode.workspace.applyEdit(we);
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seed.insertPostMeta', () =>
      applyServerEdits(client, InsertMetaEdits.method, 'This article already has a post meta block.')),
    vscode.commands.registerCommand('seed.sortMetaFields', () =>
      applyServerEdits(client, SortFieldsEdits.method, 'The meta fields are already in canonical order.')),
  );
}
