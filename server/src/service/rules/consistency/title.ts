// Rule 9: the title mentions the problem and the stack of the topic.
import type { Rule } from '../rule';
import { metaFacts, splitTopic } from './outline';

export const titleRule: Rule = {
  name: 'title',
  run(ctx) {
    const title = ctx.model.title;
    const topic = metaFacts(ctx.model).fields.get('topic');
    const parts = splitTopic(topic?.value ?? '');
    if (!title || !topic || !parts) return;
    const t = title.text.toLowerCase();
    const missing = [parts.problem, parts.stack].filter((p) => p !== '' && !t.includes(p.toLowerCase()));
    if (missing.length === 0) return;
    ctx.report('meta.title-mismatch', title.range,
      `The title does not mention ${missing.map((m) => `\`${m}\``).join(' or ')} from \`topic\`: expected the topic's problem and stack in the title.`, {
        related: [{ range: topic.valueRange, message: 'topic' }],
      });
  },
};
