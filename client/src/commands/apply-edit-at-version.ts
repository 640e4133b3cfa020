// Internal (not in the palette): applies a quick fix's edit only while its document still has the version
// the fix was computed for; the code action middleware (../code-actions.ts) routes every quick fix here.
import * as vscode from 'vscode';

export const APPLY_EDIT_AT_VERSION = 'seed.applyEditAtVersion';

export async function applyEditAtVersion(uri?: unknown, version?: unknown, edit?: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof version !== 'number' || !(edit instanceof vscode.WorkspaceEdit)) {
    throw new Error('expected a document uri, its version and the edit');
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || doc.version !== version) {
    void vscode.window.showWarningMessage('The article changed after this fix was computed, so it was not applied; open the quick fixes again.');
    return false;
  }
  // applyEdit sends the version the extension host sees now: VS Code refuses it if the text moved on meanwhile
  return vscode.workspace.applyEdit(edit);
}
