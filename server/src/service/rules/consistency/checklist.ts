// Rule 6: `checklist` has the body checklist's items, in the same order.
import { bodyFacts, metaBullet } from '../../views';
import { replaceLines } from '../../edits';
import { invisibleNote, type Rule } from '../rule';
import { metaFacts } from './outline';

export const checklistRule: Rule = {
  name: 'checklist',
  run(ctx) {
    const checklist = metaFacts(ctx.model).fields.get('checklist');
    if (!checklist || checklist.value !== '') return;
    const body = bodyFacts(ctx.model);
    const want = body.checklist?.map((i) => i.text) ?? [];
    const have = checklist.items.map((i) => i.text);
    if (want.length === have.length && want.every((w, i) => w === have[i])) return;
    const section = body.checklistSection;
    if (!body.checklist) {
      if (have.length === 0) return; // the schema reports the empty list
      ctx.report('meta.checklist-mismatch', checklist.nameRange,
        section
          ? '`checklist` has items, but the body\'s `implementation checklist` section has no list: expected the same items there, written `- item`.'
          : '`checklist` has items, but the body has no `implementation checklist` section with a list: expected the body to hold the checklist too.',
        section ? { related: [{ range: section.heading.range, message: 'the body\'s checklist section, with no list' }] } : undefined);
      return;
    }
    const diff = firstDifference(have, want);
    // on the first item that differs, when the meta has it; else on the field's name
    const at = have.findIndex((h, i) => h !== want[i]);
    const item = at >= 0 ? checklist.items[at] : undefined;
    ctx.report('meta.checklist-mismatch', item ? item.textRange : checklist.nameRange,
      `\`checklist\` differs from the body's checklist: ${diff}.`, {
        related: section ? [{ range: section.heading.range, message: `the body's checklist (${want.length} items)` }] : [],
        // the item lines only: a line between them that is no item (an indented field, a stray line) stays
        fixes: [{ title: 'Copy the body\'s checklist into `checklist`', preferred: true,
          edits: runs([checklist.line, ...checklist.items.map((i) => i.line)]).map(([first, last], k) =>
            replaceLines(ctx.model, first, last, k === 0 ? ['checklist', ...want.map((w) => `  ${metaBullet(ctx.model)} ${w}`)] : [])) }],
      });
  },
};

/** Sorted line numbers as runs of consecutive lines, [first, last] each. */
function runs(lines: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const l of lines) {
    const r = out[out.length - 1];
    if (r && l === r[1] + 1) r[1] = l;
    else out.push([l, l]);
  }
  return out;
}

function firstDifference(have: readonly string[], want: readonly string[]): string {
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if (have[i] !== want[i]) {
      if (have[i] === undefined) return `item ${i + 1} \`${want[i]}\` is missing`;
      if (want[i] === undefined) return `item ${i + 1} \`${have[i]}\` is not in the body`;
      return `item ${i + 1} is \`${have[i]}\`, the body has \`${want[i]}\`${invisibleNote(have[i] as string, want[i] as string)}`;
    }
  }
  return 'the items differ';
}
