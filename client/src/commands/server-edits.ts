// Applies the edits a custom request returns to a seed document (the active editor's by default).
import * as vscode from 'vscode';
import type { VersionedEditsResult } from '../../../server/src/protocol';
import type { SeedServer } from '../server';

/** The seed document a command works on: the uri it was given (menus pass one), or the active editor's. */
export async function seedDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  let doc: vscode.TextDocument | undefined;
  if (arg instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(arg);
  else doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'seed') {
    void vscode.window.showWarningMessage('Open a seed article first.');
    return undefined;
  }
  return doc;
}

/**
 * Asks the server for edits and applies them; false when there was nothing to do or the text moved on.
 * The server names the version it computed the edits from: they are applied only to that text.
 */
export async function applyServerEdits(server: SeedServer, method: string, arg: unknown, emptyMessage: string): Promise<boolean> {
  const doc = await seedDocument(arg);
  if (!doc) return false;
  const result = await server.request<VersionedEditsResult>(method, { uri: doc.uri.toString() });
  if (!result) {
    void vscode.window.showErrorMessage('The seed language server could not compute the edit (see the "Seed Language Server" output).');
    return false;
  }
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage(emptyMessage);
    return false;
  }
  if (result.textDocument.version !== doc.version) {
    void vscode.window.showWarningMessage('The article changed while the edit was computed; run the command again.');
    return false;
  }
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, result.edits.map((e) => server.client.protocol2CodeConverter.asTextEdit(e)));
  // applyEdit sends the version the extension host sees now: VS Code refuses it if the text moved on meanwhile
  return vscode.workspace.applyEdit(we);
}
