// Rule 1: `topic` equals `<ai outline problem> / <ai outline stack>`.
import { invisibleNote, type Rule } from '../rule';
import { metaFacts, outvotedOutline } from './outline';

export const topicRule: Rule = {
  name: 'topic',
  run(ctx) {
    const { fields, problem, stack } = metaFacts(ctx.model);
    const topic = fields.get('topic');
    if (!topic || !problem || !stack || topic.value === '') return;
    const want = `${problem.value} / ${stack.value}`;
    if (topic.value === want) return;
    // the outline as the odd one out has its own diagnostic: the topic is compared with what the other places say
    const outvotedProblem = outvotedOutline(ctx.model, 'problem');
    const outvotedStack = outvotedOutline(ctx.model, 'stack');
    const expected = `${outvotedProblem?.value ?? problem.value} / ${outvotedStack?.value ?? stack.value}`;
    if (topic.value === expected) return;
    const source = outvotedProblem || outvotedStack ? 'the outline mended as the other places say' : 'the outline';
    ctx.report('meta.topic-mismatch', topic.valueRange,
      `\`topic\` is \`${topic.value}\`, but ${source} makes it \`${expected}\` (\`ai outline problem\` / \`ai outline stack\`)${invisibleNote(topic.value, expected)}.`, {
        related: [{ range: problem.valueRange, message: 'ai outline problem' }, { range: stack.valueRange, message: 'ai outline stack' }],
        // glued to the name, a value that starts with `:` would read as the `topic: value` separator
        fixes: [{ title: `Set \`topic\` to \`${expected}\``, edits: [{ range: topic.valueRange, newText: !topic.colon && expected.startsWith(':') ? `: ${expected}` : expected }], preferred: true }],
      });
  },
};
