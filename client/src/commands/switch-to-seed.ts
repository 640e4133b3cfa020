// Seed: Switch to Seed — opens any file (the active one, or the uri given) as a seed article.
import * as vscode from 'vscode';

export async function switchToSeed(arg?: unknown): Promise<string | undefined> {
  const doc = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('Open the file to switch first.');
    return undefined;
  }
  if (doc.languageId === 'seed') return 'seed';
  const switched = await vscode.languages.setTextDocumentLanguage(doc, 'seed');
  return switched.languageId;
}
