// Seed: Insert Post Meta — for an article without one: a complete block prefilled from the body. The
// cursor moves to the block's marker line, shown at the top of the editor, so the writer sees the block.
import * as vscode from 'vscode';
import { InsertMetaEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits, seedDocument } from './server-edits';

const newlines = (s: string) => s.split('\n').length - 1;

/** Where the first non-blank character the edits insert lands once they are applied: the marker. */
function insertedStart(edits: readonly vscode.TextEdit[]): vscode.Position | undefined {
  const block = edits.find((e) => /\S/.test(e.newText));
  if (!block) return undefined;
  // edits before the block move it down (or up) by the lines they add (or remove)
  let shift = 0;
  for (const e of edits) if (e.range.start.isBefore(block.range.start)) shift += newlines(e.newText) - (e.range.end.line - e.range.start.line);
  const lead = block.newText.slice(0, block.newText.search(/\S/));
  const lines = newlines(lead);
  const start = block.range.start;
  return lines === 0
    ? new vscode.Position(start.line + shift, start.character + lead.length)
    : new vscode.Position(start.line + shift + lines, lead.length - lead.lastIndexOf('\n') - 1);
}

export const insertPostMeta = (server: SeedServer) => async (arg?: unknown): Promise<boolean> => {
  const doc = await seedDocument(arg);
  if (!doc) return false;
  const applied = await applyServerEdits(server, InsertMetaEdits.method, doc, 'This article already has a post meta block.');
  if (!applied) return false;
  const at = insertedStart(applied.edits);
  if (at) {
    const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((e) => e?.document === doc)
      ?? await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  }
  return true;
};
