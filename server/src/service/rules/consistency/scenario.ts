// Rule 2: `payload scenario` equals `ai outline context`.
import { pairValue } from '../../views';
import { invisibleNote, type Rule } from '../rule';
import { metaFacts } from './outline';

export const scenarioRule: Rule = {
  name: 'scenario',
  run(ctx) {
    const { fields, context } = metaFacts(ctx.model);
    const scenario = pairValue(fields.get('payload'), 'scenario');
    // an empty scenario is the schema rule's to report (with the same fix), as an empty topic is
    if (!scenario || !scenario.wellFormed || !context || scenario.value === '' || scenario.value === context.value) return;
    // an empty value reads `scenario:` (the item's trailing spaces are trimmed): the new value needs the space back
    ctx.report('meta.scenario-mismatch', scenario.valueRange,
      `\`payload scenario\` is \`${scenario.value}\`, but \`ai outline context\` is \`${context.value}\`: expected the same text${invisibleNote(scenario.value, context.value)}.`, {
        related: [{ range: context.valueRange, message: 'ai outline context' }],
        fixes: [{ title: `Set \`scenario\` to \`${context.value}\``, edits: [{ range: scenario.valueRange, newText: (scenario.value === '' ? ' ' : '') + context.value }], preferred: true }],
      });
  },
};
