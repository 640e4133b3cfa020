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

/**
 * The document's lines without one object per line: offsets into the source, a line's text sliced on
 * demand. (Huge files have hundreds of thousands of lines; keeping them as objects costs more in
 * garbage collection than all the parsing.) LF or CRLF, optional BOM, no final newline required.
 */
export class LineTable {
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly bom: boolean;

  constructor(readonly source: string) {
    const n = source.length;
    let count = 1;
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) count++;
    this.length = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.bom = source.charCodeAt(0) === 0xfeff;
    let start = this.bom ? 1 : 0;
    for (let k = 0; k < count; k++) {
      let nl = source.indexOf('\n', start);
      if (nl < 0) nl = n;
      this.starts[k] = start;
      this.ends[k] = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      start = nl + 1;
    }
  }

  /** The line's text without its line break, a `\r` before it, or a leading byte-order mark. */
  text(i: number): string {
    return i >= 0 && i < this.length ? this.source.slice(this.starts[i], this.ends[i]) : '';
  }

  /** The UTF-16 column where the line's text starts: 1 on a first line after a BOM, else 0. */
  col(i: number): number {
    return i === 0 && this.bom ? 1 : 0;
  }

  /** Length of the line's text. */
  size(i: number): number {
    return i >= 0 && i < this.length ? (this.ends[i] as number) - (this.starts[i] as number) : 0;
  }

  /** Whether the line is empty or only whitespace, without slicing it. */
  blank(i: number): boolean {
    const s = this.source;
    for (let k = this.starts[i] as number, e = this.ends[i] as number; k < e; k++) {
      const c = s.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0) return false;
    }
    return true;
  }

  at(i: number): Line | undefined {
    return i >= 0 && i < this.length ? { text: this.text(i), col: this.col(i) } : undefined;
  }
}

/** Splits text into line objects (for callers that want an array; the parser uses LineTable). */
export function splitLines(text: string): Line[] {
  const t = new LineTable(text);
  const out: Line[] = [];
  for (let i = 0; i < t.length; i++) out.push({ text: t.text(i), col: t.col(i) });
  return out;
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
