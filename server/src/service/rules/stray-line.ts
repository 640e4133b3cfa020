// Indented meta lines must be items.
import type { MetaBlock, MetaField } from '../model';
import { fieldInfo } from '../schema/catalog';
import { lineRange } from '../text';
import type { Rule } from './rule';

export const strayLineRule: Rule = {
  name: 'stray-line',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    const bullet = meta.fields.some((f) => f.items.length) ? '•' : '-';
    for (const s of meta.strayLines) {
      const owner = fieldAbove(meta, s.line);
      const shape = owner ? itemShape(owner, s.text) : undefined;
      // the line's indentation becomes the item's: 4 columns for a record key, else 2
      const indent = ' '.repeat(shape === 'records' ? 4 : 2);
      const lead = lineRange(s.line, ctx.model.lines.col(s.line), s.range.start.character);
      ctx.report('meta.stray-line', s.range,
        `Found an indented line that is not an item: expected \`${bullet} \` before \`${s.text.slice(0, 30)}\`, or the line at column 0 if it is a field.`,
        shape ? { fixes: [{ title: `Make it an item (\`${bullet} ${s.text.slice(0, 20)}…\`)`, edits: [{ range: lead, newText: `${indent}${bullet} ` }] }] } : undefined);
    }
  },
};

/** The field whose items the line would join: the nearest field line above it, with no unknown line or marker between. */
function fieldAbove(meta: MetaBlock, line: number): MetaField | undefined {
  let field: MetaField | undefined;
  for (const f of meta.fields) if (f.line < line && (!field || f.line > field.line)) field = f;
  if (!field) return undefined;
  const from = field.line;
  const cut = meta.unknown.some((u) => u.line > from && u.line < line) || meta.extraMarkers.some((m) => m.start.line > from && m.start.line < line);
  return cut ? undefined : field;
}

/**
 * The shape of the field when the line made its item is a right answer, else undefined: the field takes
 * items (it has no inline value), and for key: value fields the line is a `key: value` pair.
 */
function itemShape(f: MetaField, text: string): 'list' | 'pairs' | 'records' | undefined {
  const shape = fieldInfo(f.name)?.shape;
  if (f.value !== '' || shape === undefined || shape === 'text' || shape === 'integer') return undefined;
  if (shape === 'list') return shape;
  return text.includes(': ') || text.endsWith(':') ? shape : undefined;
}
