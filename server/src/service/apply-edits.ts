// Applies LSP text edits to a string (for the CLI's --fix, the tests and the fuzzers).
import type { TextEdit } from 'vscode-languageserver-types';
import type { Position } from './text';

/** Offsets of each line start, for position → offset. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function offsetAt(text: string, starts: readonly number[], p: Position): number {
  if (p.line >= starts.length) return text.length;
  const start = starts[p.line] as number;
  const next = p.line + 1 < starts.length ? (starts[p.line + 1] as number) : text.length;
  let end = next;
  if (p.line + 1 < starts.length) {
    end = next - 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
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
