// Line-level text edits that keep the document's line breaks, and the versioned workspace edit that
// carries them to a client.
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { SeedModel } from './model';
import { fieldInfo } from './schema/catalog';
import { lineRange, range, type Line, type Range } from './text';

/** Edits tied to the document version they were computed from: a client refuses them once the text moved on. */
export function textDocumentEdit(uri: string, version: number, edits: TextEdit[]): TextDocumentEdit {
  return { textDocument: { uri, version }, edits };
}

export function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [textDocumentEdit(uri, version, edits)] };
}

export function replace(r: Range, newText: string): TextEdit {
  return { range: r, newText };
}

/** Inserts whole lines after line `after` (-1: at the top). */
export function insertLinesAfter(model: SeedModel, after: number, lines: readonly string[]): TextEdit {
  const eol = model.eol;
  const last = model.lines.length - 1;
  if (after >= last) {
    const l = model.lines.at(last) as Line;
    const end = l.col + l.text.length;
    const lead = l.text.length === 0 && last > 0 ? '' : eol;
    return { range: lineRange(last, end, end), newText: lead + lines.join(eol) + (lead === '' ? eol : '') };
  }
  const at = after + 1;
  const col = (model.lines.at(at) as Line).col;
  return { range: lineRange(at, col, col), newText: lines.join(eol) + eol };
}

/** Replaces lines `first`..`last` (inclusive) by `lines` (none: deletes them). */
export function replaceLines(model: SeedModel, first: number, last: number, lines: readonly string[]): TextEdit {
  const eol = model.eol;
  const n = model.lines.length;
  const startCol = (model.lines.at(first) as Line).col;
  if (last + 1 < n) {
    return { range: range(first, startCol, last + 1, (model.lines.at(last + 1) as Line).col), newText: lines.map((l) => l + eol).join('') };
  }
  const l = model.lines.at(last) as Line;
  const end = l.col + l.text.length;
  if (lines.length === 0 && first > 0) {
    const p = model.lines.at(first - 1) as Line;
    return { range: range(first - 1, p.col + p.text.length, last, end), newText: '' };
  }
  return { range: range(first, startCol, last, end), newText: lines.join(eol) };
}

/** Inserts a field's lines where the canonical order puts it: after the last field that comes before it. */
export function insertField(model: SeedModel, name: string, lines: string[]): TextEdit {
  const meta = model.meta;
  const order = fieldInfo(name)?.order ?? Number.MAX_SAFE_INTEGER;
  let after = meta ? meta.markerRange.start.line : model.bodyEnd - 1;
  for (const f of meta?.fields ?? []) {
    if ((fieldInfo(f.name)?.order ?? Number.MAX_SAFE_INTEGER) < order) after = Math.max(after, f.range.end.line);
  }
  if (meta && after === meta.markerRange.start.line) {
    // before the first field, after the blank line that may follow the marker
    const first = meta.fields[0];
    if (first) after = first.line - 1;
    // no field at all: at the end of the block, so items that stand outside any field are not taken in
    else after = meta.range.end.line;
  }
  return insertLinesAfter(model, after, lines);
}
