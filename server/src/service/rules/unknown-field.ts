// A meta line at column 0 that starts with no field name: offer the nearest name.
import { FIELD_NAMES, fieldInfo } from '../schema/catalog';
import { editDistance, nearestPrefix } from '../suggest';
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
        // `view coun341601`: `view coun` missing a letter, or `view coun3` with a wrong one? The same
        // distance both ways is no answer: both renames are offered, neither preferred
        // (a field that takes items has no value to leave: a name alone on its line is all name, as in `toolz`)
        const inline = ['text', 'integer'].includes(fieldInfo(guess.name)?.shape ?? '');
        const whole = !inline && guess.length === u.text.length;
        const other = whole ? undefined : [guess.length - 1, guess.length + 1].find((len) => len > 0 && len <= u.text.length
          && editDistance(u.text.slice(0, len).toLowerCase(), guess.name) === editDistance(found.toLowerCase(), guess.name));
        const rename = (len: number, preferred: boolean) => {
          const at = lineRange(start.line, start.character, start.character + len);
          return { title: `Rename \`${u.text.slice(0, len)}\` to \`${guess.name}\``, edits: [{ range: at, newText: guess.name }], ...(preferred ? { preferred } : {}) };
        };
        ctx.report('meta.unknown-field', r,
          `Unknown meta field \`${found}\`: did you mean \`${guess.name}\`? Expected a field name such as ${FIELD_NAMES.slice(0, 4).map((n) => `\`${n}\``).join(', ')}, …`,
          { fixes: other === undefined
            ? [{ title: `Rename to \`${guess.name}\``, edits: [{ range: r, newText: guess.name }], preferred: true }]
            : [rename(Math.min(guess.length, other), false), rename(Math.max(guess.length, other), false)] });
      } else {
        const word = /^\S+/.exec(u.text)?.[0] ?? u.text;
        ctx.report('meta.unknown-field', u.range,
          `Unknown meta field: the line starts with \`${word.slice(0, 40)}\`, expected one of the schema's field names (${FIELD_NAMES.join(', ')}).`);
      }
    }
  },
};
