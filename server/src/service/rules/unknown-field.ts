// A meta line at column 0 that starts with no field name: offer the nearest name.
import { FIELD_NAMES } from '../schema/catalog';
import { nearestPrefix } from '../suggest';
import { lineRange } from '../text';
import type { Rule } from './rule';

export const unknownFieldRule: Rule = {
  name: 'unknown-field',
  run(ctx) {
    for (const u of ctx.model.meta?.unknown ?? []) {
      const guess = nearestPrefix(u.text, FIELD_NAMES);
      const start = u.range.start;
      if (guess) {
        const r = lineRange(start.line, start.character, start.character + guess.length);
        const found = u.text.slice(0, guess.length);
        ctx.report('meta.unknown-field', r,
          `Unknown meta field \`${found}\`: did you mean \`${guess.name}\`? Expected a field name such as ${FIELD_NAMES.slice(0, 4).map((n) => `\`${n}\``).join(', ')}, …`,
          { fixes: [{ title: `Rename to \`${guess.name}\``, edits: [{ range: r, newText: guess.name }], preferred: true }] });
      } else {
        const word = /^\S+/.exec(u.text)?.[0] ?? u.text;
        ctx.report('meta.unknown-field', u.range,
          `Unknown meta field: the line starts with \`${word.slice(0, 40)}\`, expected one of the schema's field names (${FIELD_NAMES.join(', ')}).`);
      }
    }
  },
};
