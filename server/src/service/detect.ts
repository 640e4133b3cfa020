// Is a plain `.txt` file a seed article? Exported articles are `.txt`: they carry a post meta marker,
// or a title followed by lines of the heading vocabulary.
import { DEFAULT_HEADINGS, markerBrand } from './parser/classify';
import { hasNulChar } from './text';

const VOCABULARY = new Set(DEFAULT_HEADINGS);

/** Looks at the first `maxLines` lines only: cheap enough to run on every opened `.txt`. */
export function looksLikeSeed(text: string, maxLines = 400): boolean {
  if (hasNulChar(text)) return false;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let title = false;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const t = line.trim();
    if (t === '' || /^[| \t]+$/.test(line)) continue;
    if (markerBrand(line) !== undefined) return true;
    if (!title) { title = true; continue; }
    if (VOCABULARY.has(t.toLowerCase())) return true;
  }
  return false;
}
