// Consistency rule 10, second half: fields stand in canonical order (a hint, with a sort).
import { replaceLines } from '../edits';
import type { MetaField, SeedModel } from '../model';
import { fieldInfo } from '../schema/catalog';
import { isBlank, type Line } from '../text';
import type { Fix, Rule } from './rule';

export const fieldOrderRule: Rule = {
  name: 'field-order',
  run(ctx) {
    const fields = ctx.model.meta?.fields ?? [];
    let maxOrder = -1;
    let maxField: MetaField | undefined;
    for (const f of fields) {
      const order = fieldInfo(f.name)?.order ?? 0;
      if (order < maxOrder && maxField) {
        ctx.report('meta.field-order', f.nameRange,
          `\`${f.name}\` stands after \`${maxField.name}\`: the canonical order puts it before.`, {
            related: [{ range: maxField.nameRange, message: `\`${maxField.name}\` comes later in the canonical order` }],
            fixes: [sortFieldsFix(ctx.model)],
          });
        return;
      }
      if (order > maxOrder) { maxOrder = order; maxField = f; }
    }
  },
};

/** Moves every field (its line, items and anything up to the next field) into canonical order. */
export function sortFieldsFix(model: SeedModel): Fix {
  const meta = model.meta;
  const fields = meta?.fields ?? [];
  if (!meta || fields.length === 0) return { title: 'Sort meta fields into canonical order', edits: [] };
  const end = meta.range.end.line;
  const chunks = fields.map((f, i) => {
    const last = i + 1 < fields.length ? (fields[i + 1] as MetaField).line - 1 : end;
    const lines: string[] = [];
    for (let l = f.line; l <= last; l++) lines.push((model.lines.at(l) as Line).text);
    const before = lines.length;
    while (lines.length > 1 && isBlank(lines.at(lines.length - 1) as string)) lines.pop();
    return { order: fieldInfo(f.name)?.order ?? 0, index: i, lines, blankAfter: lines.length < before };
  });
  // blank lines between the fields (a spaced block) stay between them, one each
  const spaced = chunks.some((c, i) => i + 1 < chunks.length && c.blankAfter);
  chunks.sort((a, b) => a.order - b.order || a.index - b.index);
  // already in order: no edit, so the command can say so (sorting is about order: the blank lines a
  // writer left between fields are not rewritten for their own sake)
  if (chunks.every((c, i) => c.index === i)) return { title: 'Sort meta fields into canonical order', edits: [] };
  const first = (fields[0] as MetaField).line;
  const sorted = chunks.flatMap((c, i) => (spaced && i > 0 ? ['', ...c.lines] : c.lines));
  return { title: 'Sort meta fields into canonical order', edits: [replaceLines(model, first, end, sorted)] };
}
