// Seed: Open Preview, Seed: Open Preview to the Side, Seed: Toggle Preview Lock.
import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/manager';

function target(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'seed' ? doc.uri : undefined;
}

export const openPreview = (previews: PreviewManager, toSide: boolean) => (arg?: unknown): string | undefined => {
  const uri = target(arg);
  if (!uri) {
    void vscode.window.showWarningMessage('Open a seed article to preview first.');
    return undefined;
  }
  return previews.open(uri, { toSide }).source.toString();
};

export const togglePreviewLock = (previews: PreviewManager) => (): boolean | undefined => {
  const locked = previews.toggleLock();
  if (locked === undefined) void vscode.window.showInformationMessage('Focus a seed preview to lock or unlock it.');
  return locked;
};
