// The server's open documents, kept as rows (one string per line) instead of one string.
// An editor sends one-character edits; applied to a single string they make a new string of the whole
// document, which the parser's first read must then copy into one flat buffer: on a 10 MB article that
// copy alone took longer than parsing it. Here an edit replaces the rows it touches, the others stay
// the same strings, and the parser reads the rows (LineTable's row backing). The whole text is joined
// only when someone asks for it.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineTable, hasNulChar } from './service/text';

/**
 * Splits text at LF, CRLF and lone CR (as LSP counts lines): the rows and the break after each ('' after
 * the last), and whether any row holds a NUL (the line table has searched the text for one already).
 */
export function splitRows(text: string): { rows: string[]; breaks: string[]; hasNul: boolean } {
  // the flat line table finds the breaks with native search; a BOM stays in row 0, as LSP counts it
  const table = new LineTable(text);
  const n = table.length;
  const rows = new Array<string>(n);
  const breaks = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const end = table.end(i);
    rows[i] = text.slice(i === 0 ? 0 : table.start(i), end);
    if (i + 1 === n) breaks[i] = '';
    else if (table.start(i + 1) - end === 2) breaks[i] = '\r\n';
    else breaks[i] = text.charCodeAt(end) === 13 ? '\r' : '\n';
  }
  return { rows, breaks, hasNul: table.hasNul };
}

function countNulRows(rows: readonly string[]): number {
  let n = 0;
  for (const r of rows) if (hasNulChar(r)) n++;
  return n;
}

export class LineDocument implements TextDocument {
  private rows: string[] = [];
  private breaks: string[] = [];
  /** rows holding a NUL (kept up to date by edits, so the parser need not search the whole text) */
  private nulRows = 0;
  private length = 0;
  /** per version, made on demand */
  private text: string | undefined;
  private table: LineTable | undefined;
  private offsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, content: string) {
    this.replaceAll(content);
  }

  get lineCount(): number {
    return this.rows.length;
  }

  /** The rows as the service's line table; the same table until the next edit. */
  lineTable(): LineTable {
    return (this.table ??= new LineTable(undefined, this.rows, this.breaks[0] ?? '', this.length, this.nulRows > 0));
  }

  getText(range?: Range): string {
    if (this.text === undefined) {
      let out = '';
      for (let i = 0; i < this.rows.length; i++) out += (this.rows[i] as string) + (this.breaks[i] as string);
      this.text = out;
    }
    if (!range) return this.text;
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(p: Position): number {
    const offsets = this.lineOffsets();
    if (p.line >= this.rows.length) return this.length;
    if (p.line < 0) return 0;
    return (offsets[p.line] as number) + Math.max(0, Math.min(p.character, (this.rows[p.line] as string).length));
  }

  positionAt(offset: number): Position {
    const offsets = this.lineOffsets();
    const at = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if ((offsets[mid] as number) <= at) lo = mid; else hi = mid - 1; }
    return { line: lo, character: Math.min(at - (offsets[lo] as number), (this.rows[lo] as string).length) };
  }

  /** Applies LSP content changes in order (each against the text the previous one left). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) this.replace(change.range, change.text);
      else this.replaceAll(change.text);
    }
    this.version = version;
  }

  private replaceAll(text: string): void {
    const { rows, breaks, hasNul } = splitRows(text);
    this.rows = rows;
    this.breaks = breaks;
    this.length = text.length;
    this.nulRows = hasNul ? countNulRows(rows) : 0;
    this.changed();
    this.text = text;
  }

  private replace(range: Range, text: string): void {
    // positions as LSP's text documents read them: past the end is the end, a column past the line is its end
    let [sl, sc] = this.clamp(range.start);
    let [el, ec] = this.clamp(range.end);
    if (el < sl || (el === sl && ec < sc)) [sl, sc, el, ec] = [el, ec, sl, sc]; // reversed: the same span
    let region = (this.rows[sl] as string).slice(0, sc) + text + (this.rows[el] as string).slice(ec) + (this.breaks[el] as string);
    // a lone CR before the region and an LF at its start are one CRLF break in the text
    if (sc === 0 && sl > 0 && this.breaks[sl - 1] === '\r' && region.charCodeAt(0) === 10) {
      sl--;
      region = `${this.rows[sl] as string}\r${region}`;
    }
    const { rows, breaks, hasNul } = splitRows(region);
    // splitRows ends with the row after the region's last break: that is the next row's start, so drop it
    // when the region ended with a break (it is the empty remainder), keep it when it did not (the last row)
    if ((this.breaks[el] as string) !== '') { rows.pop(); breaks.pop(); }
    if (this.nulRows > 0) this.nulRows -= countNulRows(this.rows.slice(sl, el + 1));
    if (hasNul) this.nulRows += countNulRows(rows);
    for (let k = sl; k <= el; k++) this.length -= (this.rows[k] as string).length + (this.breaks[k] as string).length;
    for (let k = 0; k < rows.length; k++) this.length += (rows[k] as string).length + (breaks[k] as string).length;
    // copy on write: a line table handed out for the previous version keeps reading the old rows
    if (this.table !== undefined) {
      this.rows = this.rows.slice();
      this.breaks = this.breaks.slice();
    }
    spliceIn(this.rows, sl, el - sl + 1, rows);
    spliceIn(this.breaks, sl, el - sl + 1, breaks);
    this.changed();
  }

  private clamp(p: Position): [number, number] {
    const last = this.rows.length - 1;
    if (p.line > last) return [last, (this.rows[last] as string).length];
    if (p.line < 0) return [0, 0];
    return [p.line, Math.max(0, Math.min(p.character, (this.rows[p.line] as string).length))];
  }

  private changed(): void {
    this.text = undefined;
    this.table = undefined;
    this.offsets = undefined;
  }

  private lineOffsets(): number[] {
    if (this.offsets === undefined) {
      const o = new Array<number>(this.rows.length);
      let at = 0;
      for (let i = 0; i < this.rows.length; i++) {
        o[i] = at;
        at += (this.rows[i] as string).length + (this.breaks[i] as string).length;
      }
      this.offsets = o;
    }
    return this.offsets;
  }
}

/** `a.splice(at, remove, ...items)` without spreading (a pasted file has more lines than a call takes arguments). */
function spliceIn<T>(a: T[], at: number, remove: number, items: readonly T[]): void {
  if (items.length < 1000) {
    a.splice(at, remove, ...items);
    return;
  }
  const tail = a.splice(at + remove);
  a.length = at;
  for (const x of items) a.push(x);
  for (const x of tail) a.push(x);
}

/** For `new TextDocuments(...)`: documents kept as rows. */
export const LineDocuments = {
  create: (uri: string, languageId: string, version: number, content: string): LineDocument => {
    // a client bug must not leave a document that fails every request: it is not opened, and the log says why
    if (typeof content !== 'string') throw new Error(`opening ${uri} failed: its text is ${content === null ? 'null' : typeof content}, expected a string`);
    return new LineDocument(uri, languageId, version, content);
  },
  update: (doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument => {
    doc.update(changes, version);
    return doc;
  },
};
