// Items sit at 2 columns; record keys (entities, image sources) at 4 (spec §3).
import { fieldInfo } from '../schema/catalog';
import { lineRange } from '../text';
import type { Rule } from './rule';

export const indentationRule: Rule = {
  name: 'indentation',
  run(ctx) {
    for (const f of ctx.model.meta?.fields ?? []) {
      const want = fieldInfo(f.name)?.shape === 'records' ? 4 : 2;
      for (const it of f.items) {
        if (it.indent === want) continue;
        const r = lineRange(it.line, ctx.model.lines.at(it.line)?.col ?? 0, it.bulletRange.start.character);
        ctx.report('meta.indentation', lineRange(it.line, r.start.character, it.bulletRange.end.character),
          `This \`${f.name}\` item is indented ${it.indent} columns: expected ${want}${want === 4 ? ' (record keys sit at 4 columns)' : ''}.`,
          { fixes: [{ title: `Indent to ${want} columns`, edits: [{ range: r, newText: ' '.repeat(want) }], preferred: true }] });
      }
    }
  },
};
