// The fix for an unclosed ``` fence: close it where its code ends, which is where prose comes back.
import { insertLinesAfter } from '../edits';
import type { SeedModel } from '../model';
import { isCodeLine } from '../parser/classify';
import type { Fix } from './rule';

/**
 * Closes the fence opened on line `open` after the last code line before prose resumes: a blank line
 * followed by a line that is not code (a paragraph, a heading). Offered, not preferred: code may hold
 * a line that reads as prose, and the title names the line so the writer can see where it goes.
 */
export function closeFenceFix(model: SeedModel, open: number): Fix | undefined {
  // an unclosed fence runs to the end of the body (the meta marker, or the end of the file)
  const end = model.bodyEnd;
  const lines = model.lines;
  let last = -1;
  for (let j = open + 1; j < end; j++) {
    if (!lines.blank(j)) { last = j; continue; }
    let k = j + 1;
    while (k < end && lines.blank(k)) k++;
    if (k >= end || !isCodeLine(lines.text(k))) break;
    j = k - 1;
  }
  // the line to close after must read as code: prose right after the code with no blank line between
  // (`x = 1` then `final notes`) leaves where the code ends untold, and no guess is offered
  if (last < 0 || !isCodeLine(lines.text(last))) return undefined;
  const text = lines.text(last).trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return { title: `Close the code block after line ${last + 1} (\`${shown}\`)`, edits: [insertLinesAfter(model, last, ['```'])] };
}
