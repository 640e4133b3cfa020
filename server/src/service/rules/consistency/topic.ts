// Rule 1: `topic` equals `<ai outline problem> / <ai outline stack>`.
import { invisibleNote, outlineFirst, type Rule } from '../rule';
import { metaFacts, outvotedOutline } from './outline';

export const topicRule: Rule = {
  name: 'topic',
  run(ctx) {
    const { fields, problem, stack } = metaFacts(ctx.model);
    const topic = fields.get('topic');
    if (!topic || !problem || !stack || topic.value === '') return;
    const want = `${problem.value} / ${stack.value}`;
    if (topic.value === want) return;
    // the outline is the odd one out and the topic agrees with the other places: the outline's diagnostic says so
    const outvotedProblem = outvotedOutline(ctx.model, 'problem');
    const outvotedStack = outvotedOutline(ctx.model, 'stack');
    if ((outvotedProblem || outvotedStack) && topic.value === `${outvotedProblem?.value ?? problem.value} / ${outvotedStack?.value ?? stack.value}`) return;
    ctx.report('meta.topic-mismatch', topic.valueRange,
      `\`topic\` is \`${topic.value}\`, but the outline makes it \`${want}\` (\`ai outline problem\` / \`ai outline stack\`)${invisibleNote(topic.value, want)}.`, {
        related: [{ range: problem.valueRange, message: 'ai outline problem' }, { range: stack.valueRange, message: 'ai outline stack' }],
        // glued to the name, a value that starts with `:` would read as the `topic: value` separator
        fixes: outlineFirst([{ title: `Set \`topic\` to \`${want}\``, edits: [{ range: topic.valueRange, newText: !topic.colon && want.startsWith(':') ? `: ${want}` : want }], preferred: true }],
          outvotedStack ?? outvotedProblem),
      });
  },
};
