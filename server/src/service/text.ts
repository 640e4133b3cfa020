// Text primitives shared by every layer: positions, ranges and the line table.
// Positions follow LSP: zero-based line, UTF-16 code units (JavaScript string indices) within the line.
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

/** The minimal document the service reads: the LSP TextDocument and our in-memory test documents both fit. */
export interface SeedDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /** the document's lines, when it keeps them as rows: then its whole text is joined only when asked for */
  lineTable?(): LineTable;
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
 * The document's lines without one object per line. Two backings, one class (so every caller stays
 * monomorphic):
 * - a flat text (files, tests, the CLI): offsets into it, a line's text sliced on demand;
 * - rows (the server's open documents): the editor's own line strings, kept across edits, so an edit
 *   never makes a copy of the whole document (on a 10 MB file that copy costs more than the parse).
 * Line breaks are LF, CRLF or a lone CR, as in LSP (an editor shows a lone CR as a line break too, so
 * positions must count it); optional BOM; no final newline required.
 */
export class LineTable {
  readonly length: number;
  /** flat backing: the whole text (undefined for rows) */
  readonly source: string | undefined;
  /**
   * flat backing: per line, the offset of its first character and the offset after its last (before its
   * line break), side by side. One array, not two: on this path two fresh arrays per parse cost twice the
   * time of one (each is new memory the first write has to fault in).
   */
  private readonly spans: Int32Array;
  /** row backing: each line's text without its break (undefined for a flat text) */
  readonly rows: readonly string[] | undefined;
  /** the first line break, or '' for a one-line text */
  readonly firstBreak: string;
  /** the text's length in UTF-16 code units, breaks included */
  readonly textLength: number;
  /** whether the text holds a NUL character (then it is binary, not an article) */
  readonly hasNul: boolean;
  private readonly bom: boolean;
  /** row backing: line 0 without its BOM */
  private readonly row0: string;

  constructor(text: string);
  constructor(text: undefined, rows: readonly string[], firstBreak: string, textLength: number, hasNul: boolean);
  constructor(text: string | undefined, rows?: readonly string[], firstBreak = '', textLength = 0, hasNul = false) {
    if (text === undefined) {
      const r = rows ?? [''];
      this.source = undefined;
      this.rows = r.length ? r : [''];
      this.length = this.rows.length;
      this.spans = EMPTY;
      this.bom = (this.rows[0] as string).charCodeAt(0) === 0xfeff;
      this.row0 = this.bom ? (this.rows[0] as string).slice(1) : (this.rows[0] as string);
      this.firstBreak = firstBreak;
      this.textLength = textLength;
      this.hasNul = hasNul;
      return;
    }
    const source = text;
    const n = source.length;
    this.source = source;
    this.rows = undefined;
    this.row0 = '';
    this.textLength = n;
    this.hasNul = hasNulChar(source);
    this.bom = source.charCodeAt(0) === 0xfeff;
    // A guess from the average line length, grown when short: one pass, no second count.
    let cap = 2 * ((n >> 5) + 16);
    let spans = new Int32Array(cap);
    let k = 0;
    let start = this.bom ? 1 : 0;
    // next LF and next CR at or after `start`, searched again only once passed (CRs may be sparse)
    let lf = source.indexOf('\n', start);
    let cr = hasLoneCr(source) ? source.indexOf('\r', start) : -1;
    for (;;) {
      if (lf >= 0 && lf < start) lf = source.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = source.indexOf('\r', start);
      let nl = lf;
      // a CR ends the line unless an LF follows it right away (then the LF does, as CRLF)
      if (cr >= 0 && (lf < 0 || cr < lf - 1)) nl = cr;
      let next: number;
      if (nl < 0) { nl = n; next = -1; } else next = nl + 1;
      if (k + 2 > cap) {
        cap *= 2;
        const grown = new Int32Array(cap);
        grown.set(spans);
        spans = grown;
      }
      spans[k++] = start;
      spans[k++] = nl > start && source.charCodeAt(nl) === 10 && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (next < 0) break;
      start = next;
    }
    this.length = k >> 1;
    this.spans = spans.subarray(0, k);
    this.firstBreak = this.length > 1 ? source.slice(this.end(0), this.start(1)) : '';
  }

  /** flat backing: the offset of line `i`'s first character in the text */
  start(i: number): number {
    return this.spans[2 * i] as number;
  }

  /** flat backing: the offset after line `i`'s last character (before its line break) */
  end(i: number): number {
    return this.spans[2 * i + 1] as number;
  }

  /** The line's text without its line break, a `\r` before it, or a leading byte-order mark. */
  text(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const rows = this.rows;
    if (rows !== undefined) return i === 0 ? this.row0 : (rows[i] as string);
    return (this.source as string).slice(this.start(i), this.end(i));
  }

  /** Part of a line's text: columns [from, to) of `text(i)`. */
  slice(i: number, from: number, to: number): string {
    if (this.rows !== undefined) return this.text(i).slice(from, to);
    const a = this.start(i);
    return (this.source as string).slice(a + from, a + to);
  }

  /** The UTF-16 column where the line's text starts: 1 on a first line after a BOM, else 0. */
  col(i: number): number {
    return i === 0 && this.bom ? 1 : 0;
  }

  /** The UTF-16 code at column `k` of the line's text (NaN past its end), without slicing it. */
  codeAt(i: number, k: number): number {
    if (k < 0 || k >= this.size(i)) return NaN;
    if (this.rows !== undefined) return this.text(i).charCodeAt(k);
    return (this.source as string).charCodeAt(this.start(i) + k);
  }

  /** Length of the line's text. */
  size(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    if (this.rows !== undefined) return this.text(i).length;
    return this.end(i) - this.start(i);
  }

  /** The column after the line's last character that is not a space or tab (col included), without slicing it. */
  endColumn(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    if (this.rows !== undefined) return this.col(i) + trimmedEnd(this.text(i));
    const s = this.source as string;
    const a = this.start(i);
    let e = this.end(i);
    while (e > a && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
    return this.col(i) + (e - a);
  }

  /** The column of the line's first character that is not white space (col included), without slicing it. */
  startColumn(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    let k = 0;
    if (this.rows !== undefined) {
      const t = this.text(i);
      while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
    } else {
      const s = this.source as string;
      const a = this.start(i);
      const e = this.end(i);
      while (a + k < e && isSpaceCode(s.charCodeAt(a + k))) k++;
    }
    return this.col(i) + k;
  }

  /** Whether the line is empty or only whitespace, without slicing it. */
  blank(i: number): boolean {
    if (this.rows !== undefined) return isBlank(this.text(i));
    const s = this.source as string;
    for (let k = this.start(i), e = this.end(i); k < e; k++) {
      if (!isSpaceCode(s.charCodeAt(k))) return false;
    }
    return true;
  }

  at(i: number): Line | undefined {
    return i >= 0 && i < this.length ? { text: this.text(i), col: this.col(i) } : undefined;
  }
}

const EMPTY = new Int32Array(0);

const NUL = /\0/;

/**
 * Whether the text holds a NUL character. Not `indexOf('\0')`: on a text with any character above
 * U+00FF (a `•` bullet is enough) V8 searches the low byte of each UTF-16 unit, which is zero for every
 * ASCII letter, so that search stops at each one (8 ms on 10 MB; the regular expression takes 4).
 */
export function hasNulChar(text: string): boolean {
  return NUL.test(text);
}

/** Whether a CR stands anywhere without an LF after it (rare: old Mac files, pasted text). */
function hasLoneCr(source: string): boolean {
  for (let i = source.indexOf('\r'); i >= 0; i = source.indexOf('\r', i + 1)) {
    if (source.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/** White space as JavaScript's trim() sees it (minus line breaks, which never occur inside a line). */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 0xa0) return c === 11 || c === 12 || c === 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
    if (!isSpaceCode(text.charCodeAt(i))) return false;
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
