// A list item with no plain space after its bullet (`•add`, `-add`, `•` then a no-break space). The
// parser reads it as a paragraph, or as code when it is indented like tab-indented items or ends with
// `)`: either way the list stops there, and the checklist the meta is compared with loses the item.
import type { Block, CodeBlock, List, Paragraph } from '../../model';
import { indentChars, isSpaceCode, lineRange } from '../../text';
import { listBeside } from '../../views';
import { invisibleNote, type RuleContext } from '../rule';
import { notes, type BodyCount } from './counts';

const BULLET = 0x2022;

export interface Place {
  readonly blocks: readonly Block[];
  readonly index: number;
  readonly inSection: boolean;
  readonly inChecklist: boolean;
}

/**
 * Where the glued bullet of `text` is, or -1. `•` never starts prose, so it always counts; `-` and `*`
 * do (`-1 as a timeout…`, `*Important:* …`, `-Xmx512m`), so they count only beside a list written with the
 * same bullet, before a word of letters, on a line that does not end like a sentence or close an emphasis.
 */
function gluedAt(text: string, list: List | undefined, listBullet: number): number {
  const i = indentChars(text);
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (Number.isNaN(next) || next === 32 || next === 9) return -1;
  if (c === BULLET) return i;
  if (c !== 45 && c !== 42) return -1;
  if (!list || listBullet !== c) return -1;
  if (isSpaceCode(next)) return i;
  const end = text.trimEnd();
  // a first word of letters only: `-Xmx512m`, `-Dkey=value` are flags
  if (!/^\p{L}[\p{L}'’-]*(\s|$)/u.test(text.slice(i + 1)) || /[.!?]$/.test(end) || (c === 42 && text.indexOf('*', i + 1) >= 0)) return -1;
  return i;
}

/** The bullet character of a list's first item. */
function bulletOf(ctx: RuleContext, list: List | undefined): number {
  const item = list?.items[0];
  if (!item) return -1;
  return ctx.model.lines.codeAt(item.line, item.range.start.character - ctx.model.lines.col(item.line));
}

function report(ctx: RuleContext, line: number, at: number, counts: readonly BodyCount[]): void {
  const lines = ctx.model.lines;
  const text = lines.text(line);
  const bullet = text[at] as string;
  const odd = isSpaceCode(text.charCodeAt(at + 1));
  const rest = text.slice(at + (odd ? 2 : 1)).trim();
  const col = lines.col(line) + at + 1;
  notes(ctx.model, line, counts);
  const range = lineRange(line, lines.startColumn(line), lines.endColumn(line));
  ctx.report('body.glued-bullet', range,
    `Found \`${text.trim()}\`: expected a list item, the bullet then a space (\`${bullet} ${rest}\`)${odd ? invisibleNote(text.slice(at, at + 2)) : ''}. As written it is not an item of the list.`,
    { fixes: [{ title: odd ? `Write a plain space after \`${bullet}\`` : `Put a space after \`${bullet}\``,
      edits: [{ range: lineRange(line, col, odd ? col + 1 : col), newText: ' ' }], preferred: true }] });
}

/** A paragraph that is a list item but for its bullet's space. */
export function gluedParagraph(ctx: RuleContext, p: Paragraph, place: Place): void {
  const list = listBeside(place.blocks, place.index);
  const at = gluedAt(ctx.model.lines.text(p.line), list, bulletOf(ctx, list));
  if (at < 0) return;
  report(ctx, p.line, at, [
    ...(place.inSection ? ['meta.paragraphs-mismatch' as const] : []),
    ...(place.inChecklist ? ['meta.checklist-mismatch' as const] : []),
  ]);
}

/**
 * Lines of an unfenced code block beside a list that are its items but for the bullet's space: indented
 * like the list's first item (a tab makes 4 columns, so code) or ending with `)`.
 */
export function gluedCode(ctx: RuleContext, code: CodeBlock, place: Place): void {
  const list = listBeside(place.blocks, place.index);
  const item = list?.items[0];
  if (code.fenced || !list || !item) return;
  const lines = ctx.model.lines;
  const indent = lines.text(item.line).slice(0, indentChars(lines.text(item.line)));
  const bullet = bulletOf(ctx, list);
  for (let line = code.firstLine; line <= code.lastLine; line++) {
    const text = lines.text(line);
    if (!text.startsWith(indent) || indentChars(text) !== indent.length) continue;
    const at = gluedAt(text, list, bullet);
    if (at >= 0) report(ctx, line, at, place.inChecklist ? ['meta.checklist-mismatch'] : []);
  }
}
