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
  const BREAK = /\r\n|\r|\n/g;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    // lines end at LF, CRLF or a lone CR, as everywhere else
    BREAK.lastIndex = start;
    const m = BREAK.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    start = m ? end + m[0].length : text.length;
    const t = line.trim();
    if (t === '' || /^[| \t]+$/.test(line)) continue;
    if (markerBrand(line) !== undefined) return true;
    if (!title) { title = true; continue; }
    if (VOCABULARY.has(t.toLowerCase())) return true;
  }
  return false;
}
