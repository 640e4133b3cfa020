// Applies the edits a custom request returns to a seed document (the active editor's by default).
import * as vscode from 'vscode';
import type { TextEdit } from 'vscode-languageserver-types';
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

/** Asks the server for edits and applies them; false when there was nothing to do or the text moved on. */
export async function applyServerEdits(server: SeedServer, method: string, arg: unknown, emptyMessage: string): Promise<boolean> {
  const doc = await seedDocument(arg);
  if (!doc) return false;
  const version = doc.version;
  const edits = await server.request<TextEdit[]>(method, { uri: doc.uri.toString() });
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(emptyMessage);
    return false;
  }
  if (doc.version !== version) {
    void vscode.window.showWarningMessage('The article changed while the edit was computed; run the command again.');
    return false;
  }
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, edits.map((e) => server.client.protocol2CodeConverter.asTextEdit(e)));
  return vscode.workspace.applyEdit(we);
}
