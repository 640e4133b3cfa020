// Exported articles are plain `.txt`: whenever such a file opens as plain text and looks like a seed
// article (a post meta marker, or a title followed by the heading vocabulary), it is switched to `seed`.
// Every open counts: closing a tab (or a preview tab being replaced) and opening the file again detects
// it again. A user who switches a document from seed back to Plain Text by hand is not overridden, and
// that choice is kept for the file until the window reloads, also across closing and reopening it:
// they told us this file is not an article, and a preview tab being replaced should not undo that.
// Switching it to seed again (Seed: Switch to Seed, or the language picker) forgets the choice.
// Setting `seed.detect`.
import * as vscode from 'vscode';
import { looksLikeSeed } from '../../server/src/service/detect';

/** Lines read for the check: the marker or a heading shows up early in real articles. */
const HEAD_LINES = 400;

export function registerDetection(context: vscode.ExtensionContext): void {
  // VS Code reports a language change as close + open of the same TextDocument object; a file closed
  // and opened again is a new object. So the language last seen per object tells a change from an open.
  const languageOf = new WeakMap<vscode.TextDocument, string>();
  /** files the user switched from seed to plain text by hand, as uri strings */
  const keptPlain = new Set<string>();

  const consider = (doc: vscode.TextDocument): void => {
    const before = languageOf.get(doc);
    languageOf.set(doc, doc.languageId);
    const key = doc.uri.toString();
    if (doc.languageId === 'seed') { keptPlain.delete(key); return; }
    if (doc.languageId !== 'plaintext' || !/\.txt$/i.test(doc.uri.path)) return;
    if (before === 'seed') keptPlain.add(key);
    if (keptPlain.has(key) || before !== undefined) return;
    if (!vscode.workspace.getConfiguration('seed', doc.uri).get<boolean>('detect', true)) return;
    if (looksLikeSeed(doc.getText(new vscode.Range(0, 0, HEAD_LINES, 0)), HEAD_LINES)) {
      void vscode.languages.setTextDocumentLanguage(doc, 'seed');
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
  for (const doc of vscode.workspace.textDocuments) consider(doc);
}
