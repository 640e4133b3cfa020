// Exported articles are plain `.txt`: when such a file opens as plain text and looks like a seed article
// (a post meta marker, or a title followed by the heading vocabulary), it is switched to `seed`. Each
// file is looked at once per session, so switching it back by hand sticks. Setting `seed.detect`.
import * as vscode from 'vscode';
import { looksLikeSeed } from '../../server/src/service/detect';

/** Lines read for the check: the marker or a heading shows up early in real articles. */
const HEAD_LINES = 400;

export function registerDetection(context: vscode.ExtensionContext): void {
  const seen = new Set<string>();
  const consider = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' || !/\.txt$/i.test(doc.uri.path)) return;
    const key = doc.uri.toString();
    if (seen.has(key)) return;
    seen.add(key);
    if (!vscode.workspace.getConfiguration('seed', doc.uri).get<boolean>('detect', true)) return;
    if (looksLikeSeed(doc.getText(new vscode.Range(0, 0, HEAD_LINES, 0)), HEAD_LINES)) {
      void vscode.languages.setTextDocumentLanguage(doc, 'seed');
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
  for (const doc of vscode.workspace.textDocuments) consider(doc);
}
