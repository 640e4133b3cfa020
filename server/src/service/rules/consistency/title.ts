// Rule 9: the title mentions the problem and the stack of the topic.
import type { Rule } from '../rule';
import { metaFacts, splitTopic } from './outline';

export const titleRule: Rule = {
  name: 'title',
  run(ctx) {
    const title = ctx.model.title;
    const { fields, problem, stack } = metaFacts(ctx.model);
    const topic = fields.get('topic');
    const parts = splitTopic(topic?.value ?? '');
    if (!title || !topic || !parts) return;
    // a topic that differs from the outline is the topic rule's to report: the title is judged once it is mended
    if (problem && stack && topic.value !== `${problem.value} / ${stack.value}`) return;
    // white space as the site shows it: runs of spaces are one
    const t = title.text.toLowerCase().replace(/\s+/g, ' ');
    const missing = [parts.problem, parts.stack].filter((p) => p !== '' && !t.includes(p.toLowerCase().replace(/\s+/g, ' ')));
    if (missing.length === 0) return;
    ctx.report('meta.title-mismatch', title.range,
      `The title does not mention ${missing.map((m) => `\`${m}\``).join(' or ')} from \`topic\`: expected the topic's problem and stack in the title.`, {
        related: [{ range: topic.valueRange, message: 'topic' }],
      });
  },
};
