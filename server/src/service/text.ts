// Text primitives shared by every layer: positions, ranges and the line table.
// Positions follow LSP: zero-based line, UTF-16 code units (JavaScript string indices) within the line.
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

/** The minimal document the service reads: the LSP TextDocument and our in-memory test documents both fit. */
export interface SeedDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function contains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/**
 * One physical line. `text` excludes the line break, a `\r` before it and a leading byte-order mark;
 * `col` is the UTF-16 column where `text[0]` sits (1 on a first line that starts with a BOM, else 0).
 */
export interface Line {
  readonly text: string;
  readonly col: number;
}

/** Splits text into lines: LF or CRLF, optional BOM, no trailing newline required. Never throws. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let col = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    start = 1;
    col = 1;
  }
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ text: text.slice(start, end), col });
    col = 0;
    start = nl + 1;
  }
  return lines;
}

/** Indentation width in columns; a tab counts as 4 columns (spec §1). Returns [columns, chars]. */
export function indentation(text: string): [number, number] {
  let cols = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) cols += 1;
    else if (c === 9) cols += 4;
    else break;
  }
  return [cols, i];
}

/** Number of leading spaces and tabs (characters, not columns); allocation-free for the hot path. */
export function indentChars(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
  }
  return i;
}

/** Index after the last character that is not a space or tab (0 for a blank line). */
export function lastNonSpace(text: string): number {
  return trimmedEnd(text);
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11 && c !== 0xa0) return false;
  }
  return true;
}

/** Length of `text` without trailing spaces and tabs. */
export function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c !== 32 && c !== 9) break;
    e--;
  }
  return e;
}
