// The invariants the fuzz properties check, written against the text itself (not the service's own
// line table): lines end at LF, CRLF or a lone CR, as LSP counts them; a BOM counts as a character of
// line 0 (LSP positions are UTF-16 offsets into the text the client holds).
import assert from 'node:assert/strict';
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Position, Range, TextEdit,
} from 'vscode-languageserver-types';

export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const cmp = (a: Position, b: Position) => a.line - b.line || a.character - b.character;
const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

export function positionInside(lines: readonly string[], p: Position): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
    && p.line < lines.length && p.character <= (lines[p.line] as string).length;
}

export function assertRange(lines: readonly string[], r: Range | undefined, what: string): void {
  assert.ok(r && r.start && r.end, `${what}: no range`);
  for (const [name, p] of [['start', r.start], ['end', r.end]] as const) {
    assert.ok(positionInside(lines, p),
      `${what}: ${name} ${p.line}:${p.character} lies outside the document (${lines.length} lines${p.line < lines.length ? `, line ${p.line} has ${(lines[p.line] as string).length} characters` : ''})`);
  }
  assert.ok(cmp(r.start, r.end) <= 0, `${what}: range ${show(r)} ends before it starts`);
}

export function within(inner: Range, outer: Range): boolean {
  return cmp(outer.start, inner.start) <= 0 && cmp(inner.end, outer.end) <= 0;
}

export function assertDiagnostics(lines: readonly string[], ds: readonly Diagnostic[], uri: string): void {
  for (const d of ds) {
    const what = `diagnostic ${String(d.code)} "${d.message.slice(0, 80)}"`;
    assertRange(lines, d.range, what);
    assert.notEqual(d.code, 'internal.rule-failed', `a rule threw: ${d.message}`);
    assert.doesNotMatch(d.message, /seed parser failed/, 'the parser threw');
    for (const r of d.relatedInformation ?? []) {
      assert.equal(r.location.uri, uri, `${what}: related information points at another document`);
      assertRange(lines, r.location.range, `${what}, related "${r.message}"`);
    }
  }
}

export function assertSymbols(lines: readonly string[], symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    const what = `symbol "${s.name}"${parent ? ` in "${parent.name}"` : ''}`;
    // VS Code rejects an empty name (a blank one is allowed: the title of a line of U+3000 spaces is one)
    assert.ok(typeof s.name === 'string' && s.name !== '', `${what} at ${show(s.range)}: a symbol needs a non-empty name`);
    assertRange(lines, s.range, what);
    assertRange(lines, s.selectionRange, `${what} selection`);
    assert.ok(within(s.selectionRange, s.range), `${what}: selectionRange ${show(s.selectionRange)} is not inside range ${show(s.range)}`);
    if (parent) assert.ok(within(s.range, parent.range), `${what}: range ${show(s.range)} is not inside its parent's ${show(parent.range)}`);
    assertSymbols(lines, s.children ?? [], s);
  }
}

export function assertFolding(lines: readonly string[], ranges: readonly FoldingRange[]): void {
  let prev = -1;
  for (const f of ranges) {
    const what = `folding range ${f.startLine}-${f.endLine}`;
    assert.ok(Number.isInteger(f.startLine) && Number.isInteger(f.endLine), `${what}: lines must be integers`);
    assert.ok(f.startLine >= prev, `${what}: not sorted by startLine (after ${prev})`);
    assert.ok(f.startLine >= 0 && f.startLine < f.endLine, `${what}: expected start < end`);
    assert.ok(f.endLine < lines.length, `${what}: ends after the last line (${lines.length} lines)`);
    prev = f.startLine;
  }
}

export function assertEdits(lines: readonly string[], edits: readonly TextEdit[], what: string): void {
  for (const e of edits) {
    assertRange(lines, e.range, what);
    assert.equal(typeof e.newText, 'string', `${what}: newText must be a string`);
  }
}

export function assertCompletion(lines: readonly string[], items: readonly CompletionItem[], pos: Position): void {
  const valid = positionInside(lines, pos);
  for (const it of items) {
    const what = `completion "${it.label}" at ${pos.line}:${pos.character}`;
    const te = it.textEdit;
    if (te) {
      const ranges = 'range' in te ? [te.range] : [te.insert, te.replace];
      for (const r of ranges) {
        assertRange(lines, r, what);
        assert.equal(r.start.line, r.end.line, `${what}: a completion edit must be on one line`);
        // LSP: the edit's range must contain the position the completion was asked at
        if (valid) assert.ok(within({ start: pos, end: pos }, r), `${what}: edit range ${show(r)} does not contain the position`);
      }
    }
    assertEdits(lines, it.additionalTextEdits ?? [], `${what}, additional edit`);
  }
}

export function assertCodeActions(lines: readonly string[], actions: readonly CodeAction[], uri: string, version: number): void {
  for (const a of actions) {
    const what = `code action "${a.title}"`;
    if (a.edit) {
      assert.equal(a.edit.changes, undefined, `${what}: unversioned changes`);
      assert.ok(a.edit.documentChanges, `${what}: an edit without documentChanges`);
      for (const change of a.edit.documentChanges) {
        assert.ok('textDocument' in change, `${what}: a file operation`);
        assert.equal(change.textDocument.uri, uri, `${what}: edits another document`);
        assert.equal(change.textDocument.version, version, `${what}: computed from version ${version}, names ${String(change.textDocument.version)}`);
        assertEdits(lines, change.edits, what);
      }
    }
    for (const d of a.diagnostics ?? []) assertRange(lines, d.range, `${what}, its diagnostic`);
  }
}
