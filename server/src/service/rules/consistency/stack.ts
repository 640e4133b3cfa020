// Rule 3: the first `stack` item equals `ai outline stack`.
import { editDistance } from '../../suggest';
import { insertLinesAfter, replaceLines } from '../../edits';
import { metaBullet } from '../../views';
import { invisibleNote, type Fix, type Rule } from '../rule';
import { metaFacts, outvotedOutline } from './outline';

export const stackRule: Rule = {
  name: 'stack',
  run(ctx) {
    const { fields, stack } = metaFacts(ctx.model);
    const field = fields.get('stack');
    const first = field?.items[0];
    // (an item that agrees with the outline leaves too few places to outvote it)
    if (!field || !first || !stack || first.text === stack.value) return;
    // the outline as the odd one out has its own diagnostic: the item is compared with what the other places say
    const outvoted = outvotedOutline(ctx.model, 'stack');
    const want = outvoted?.value ?? stack.value;
    if (first.text === want) return;
    const fixes: Fix[] = [];
    const at = field.items.findIndex((i) => i.text === want);
    const bullet = metaBullet(ctx.model, field);
    // an empty item (`  •`) may have no space after its bullet: the value then needs one to stay an item
    const sep = first.textRange.start.character === first.bulletRange.end.character ? ' ' : '';
    const replace: Fix = { title: `Change the first item to \`${want}\``, edits: [{ range: first.textRange, newText: sep + want }] };
    if (at > 0) {
      // the outline's stack is further down: it moves to the front, and no item is lost
      const item = field.items[at] as typeof first;
      fixes.push({ title: `Move \`${want}\` to the front`, preferred: true,
        edits: [insertLinesAfter(ctx.model, field.line, [ctx.model.lines.text(item.line)]), replaceLines(ctx.model, item.line, item.line, [])] });
    } else if (first.text.trim() === '' || editDistance(first.text.toLowerCase(), want.toLowerCase()) <= Math.max(1, Math.floor(want.length / 4))) {
      // an empty first item, or one spelled nearly like the outline's stack: it is that stack
      fixes.push({ ...replace, preferred: true });
    } else {
      // another stack first: the outline's goes in front of it, and the writer decides about the rest
      fixes.push({ title: `Add \`${want}\` as the first item`, preferred: true, edits: [insertLinesAfter(ctx.model, field.line, [`  ${bullet} ${want}`])] }, replace);
    }
    ctx.report('meta.stack-mismatch', first.textRange,
      `The first \`stack\` item is \`${first.text}\`, but ${outvoted ? 'the other places say' : '`ai outline stack` is'} \`${want}\`: expected the main stack first${invisibleNote(first.text, want)}.`, {
        related: [{ range: stack.valueRange, message: 'ai outline stack' }],
        fixes,
      });
  },
};
