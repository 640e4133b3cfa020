// Indented meta lines must be items.
import type { MetaBlock, MetaField } from '../model';
import { fieldInfo } from '../schema/catalog';
import { TRAILER } from '../parser/classify';
import { lineRange } from '../text';
import { metaBullet } from '../views';
import type { Rule } from './rule';

export const strayLineRule: Rule = {
  name: 'stray-line',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    const bullet = metaBullet(ctx.model);
    for (const s of meta.strayLines) {
      const col = ctx.model.lines.col(s.line);
      if (s.text === TRAILER) {
        // an indented `Similar Posts` is the trailer moved off column 0, not an item
        ctx.report('meta.stray-line', s.range, `Found an indented \`${TRAILER}\`: the trailer that ends the meta block stands at column 0.`,
          { fixes: [{ title: `Move \`${TRAILER}\` to column 0`, edits: [{ range: lineRange(s.line, col, s.range.start.character), newText: '' }], preferred: true }] });
        continue;
      }
      // a wrong bullet (`*`, `+`) or a right one without its space: the text starts after it
      const mark = /^(?:[*+•-][ \t]*|[•-])/.exec(s.text)?.[0] ?? '';
      const text = s.text.slice(mark.length);
      const owner = fieldAbove(meta, s.line);
      const shape = owner && text ? itemShape(owner, text) : undefined;
      // the line's indentation becomes the item's: 4 columns for a record key, else 2
      const indent = ' '.repeat(shape === 'records' ? 4 : 2);
      const lead = lineRange(s.line, col, s.range.start.character + mark.length);
      ctx.report('meta.stray-line', s.range,
        mark
          ? `Found \`${s.text.slice(0, 30)}\`: expected an item written \`${bullet} \` (the bullet, then a space) before \`${text.slice(0, 30)}\`.`
          : `Found an indented line that is not an item: expected \`${bullet} \` before \`${s.text.slice(0, 30)}\`, or the line at column 0 if it is a field.`,
        shape ? { fixes: [{ title: `Make it an item (\`${bullet} ${text.slice(0, 20)}…\`)`, edits: [{ range: lead, newText: `${indent}${bullet} ` }], ...(mark ? { preferred: true } : {}) }] } : undefined);
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
 * items (it has no inline value), and for key: value fields the line is a pair of one of its keys.
 */
function itemShape(f: MetaField, text: string): 'list' | 'pairs' | 'records' | undefined {
  const shape = fieldInfo(f.name)?.shape;
  if (f.value !== '' || shape === undefined || shape === 'text' || shape === 'integer') return undefined;
  if (shape === 'list') return shape;
  // a pair of one of the field's keys
  const sep = text.indexOf(': ');
  const key = (sep >= 0 ? text.slice(0, sep) : text.endsWith(':') ? text.slice(0, -1) : '').trimEnd();
  return fieldInfo(f.name)?.keys.some((k) => k.name === key) ? shape : undefined;
}
