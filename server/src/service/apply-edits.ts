// Applies LSP text edits to a string (for the CLI's --fix, the tests and the fuzzers).
import type { TextEdit } from 'vscode-languageserver-types';
import { LineTable, type Position } from './text';

/** Offsets of each line start, for position → offset; line breaks as the parser and LSP count them. */
export function lineStarts(text: string): number[] {
  const table = new LineTable(text);
  const starts: number[] = [];
  for (let i = 0; i < table.length; i++) starts.push(table.start(i));
  starts[0] = 0; // a BOM is column 0 of line 0
  return starts;
}

export function offsetAt(text: string, starts: readonly number[], p: Position): number {
  if (p.line >= starts.length) return text.length;
  const start = starts[p.line] as number;
  let end = text.length;
  if (p.line + 1 < starts.length) {
    const next = starts[p.line + 1] as number;
    // the line's text ends before its break: LF, CRLF or a lone CR
    end = next - 1;
    if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
  }
  return Math.min(start + p.character, end);
}

/** Applies edits that do not overlap; throws when they do (a bug in whoever made them). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits.map((e) => ({ s: offsetAt(text, starts, e.range.start), e: offsetAt(text, starts, e.range.end), t: e.newText }))
    .sort((a, b) => a.s - b.s || a.e - b.e);
  let out = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.s < at) throw new Error('overlapping edits');
    out += text.slice(at, sp.s) + sp.t;
    at = sp.e;
  }
  return out + text.slice(at);
}
