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

/** What was applied: the edits, and the version of the text they were computed from. */
export interface AppliedEdits {
  readonly edits: vscode.TextEdit[];
  readonly version: number;
}

/**
 * Asks the server for edits to `doc` and applies them; undefined when there was nothing to do or the
 * text moved on. The server names the version it computed the edits from: they are applied only to that text.
 */
export async function applyServerEdits(server: SeedServer, method: string, doc: vscode.TextDocument, emptyMessage: string): Promise<AppliedEdits | undefined> {
  const result = await server.request<VersionedEditsResult>(method, { uri: doc.uri.toString() });
  if (!result) {
    void vscode.window.showErrorMessage('The seed language server could not compute the edit (see the "Seed Language Server" output).');
    return undefined;
  }
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage(emptyMessage);
    return undefined;
  }
  const version = result.textDocument.version;
  if (version !== doc.version) {
    void vscode.window.showWarningMessage('The article changed while the edit was computed; run the command again.');
    return undefined;
  }
  const edits = result.edits.map((e) => server.client.protocol2CodeConverter.asTextEdit(e));
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, edits);
  // applyEdit sends the version the extension host sees now: VS Code refuses it if the text moved on meanwhile
  return (await vscode.workspace.applyEdit(we)) ? { edits, version } : undefined;
}
