// Rule 3: the first `stack` item equals `ai outline stack`.
import type { Rule } from '../rule';
import { metaFacts } from './outline';

export const stackRule: Rule = {
  name: 'stack',
  run(ctx) {
    const { fields, stack } = metaFacts(ctx.model);
    const first = fields.get('stack')?.items[0];
    if (!first || !stack || first.text === stack.value) return;
    // an empty item (`  •`) may have no space after its bullet: the value then needs one to stay an item
    const sep = first.textRange.start.character === first.bulletRange.end.character ? ' ' : '';
    ctx.report('meta.stack-mismatch', first.textRange,
      `The first \`stack\` item is \`${first.text}\`, but \`ai outline stack\` is \`${stack.value}\`: expected the main stack first.`, {
        related: [{ range: stack.valueRange, message: 'ai outline stack' }],
        fixes: [{ title: `Set the first item to \`${stack.value}\``, edits: [{ range: first.textRange, newText: sep + stack.value }], preferred: true }],
      });
  },
};
