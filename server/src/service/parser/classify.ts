// Line rules of the body (SEED-FORMAT.md §2). Each is a cheap test on one line's text; the parser
// applies them in the spec's order. Written with char codes and indexOf: this runs once per line of
// files of many megabytes.
import { indentChars, indentation, trimmedEnd } from '../text';

export const DEFAULT_HEADINGS: readonly string[] = [
  'why this matters',
  'production checks',
  'the practical approach',
  'implementation checklist',
  'security and maintenance notes',
  'final notes',
];

export const CHECKLIST_HEADING = 'implementation checklist';
export const TRAILER = 'Similar Posts';

const BULLET = 0x2022; // •

/** `|`, `| |`: a line made of `|` and spaces with at least one `|`. */
export function isBreadcrumb(text: string): boolean {
  let bar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) bar = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return bar;
}

/** A fence line: optional indentation, three backticks, optionally a language word. Returns the language ('' for none) or undefined. */
export function fenceLanguage(text: string): string | undefined {
  // at column 0, as the spec writes it: an indented ``` is text (inside a fence, it is code)
  if (text.charCodeAt(0) !== 96 || !text.startsWith('```')) return undefined;
  const rest = text.slice(3).trim();
  if (rest === '') return '';
  return /^[\w+#.-]+$/.test(rest) ? rest : undefined;
}

/** Exactly ``` (trailing spaces allowed): an indented ``` inside a fence is one of its lines. */
export function isFenceClose(text: string): boolean {
  return trimmedEnd(text) === 3 && text.startsWith('```');
}

const MARKER = /^(\S+) post meta[ \t]*$/;

/** `<brand> post meta` at column 0: returns the brand, or undefined. */
export function markerBrand(text: string): string | undefined {
  if (text.length < 11 || text.charCodeAt(0) === 32 || text.charCodeAt(0) === 9) return undefined;
  // the marker ends with ` post meta` (maybe followed by spaces): test the end, not the whole line
  const e = trimmedEnd(text);
  if (e < 11 || !text.startsWith(' post meta', e - 10)) return undefined;
  return MARKER.exec(text)?.[1];
}

export interface ListItemMatch { readonly bullet: number; readonly textStart: number; readonly indent: number }

/** Optional indentation, `-`, `*` or `•`, at least one space, then text. */
export function listItem(text: string): ListItemMatch | undefined {
  const i = indentChars(text);
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== BULLET) return undefined;
  const [indent] = indentation(text);
  let j = i + 1;
  if (text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) return undefined;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (j >= text.length) return undefined;
  return { bullet: i, textStart: j, indent };
}

export const IMAGE_SEP = '. image source: ';

export interface ImageMatch { readonly caption: string; readonly source: string; readonly sourceStart: number }

/** `<caption>. image source: <host>` */
export function imageCaption(text: string): ImageMatch | undefined {
  const at = text.indexOf(IMAGE_SEP);
  if (at <= 0) return undefined;
  const caption = text.slice(0, at).trim();
  const source = text.slice(at + IMAGE_SEP.length).trim();
  if (caption === '' || source === '' || /\s/.test(source)) return undefined;
  return { caption, source, sourceStart: text.indexOf(source, at + IMAGE_SEP.length) };
}

/**
 * Is `next` the caption line of an image whose alt line is `alt` (the alt is the caption, both lines
 * trimmed)? The parser asks this both when it meets the alt line and when it makes the image, so one
 * line is never a heading and an alt at once.
 */
export function isAltOf(alt: string, next: string): boolean {
  const s = indentChars(alt);
  const e = trimmedEnd(alt);
  const ns = indentChars(next);
  // cheap rejections first: this runs for most body lines
  if (e <= s || next.length < ns + e - s + IMAGE_SEP.length || next.charCodeAt(ns) !== alt.charCodeAt(s)) return false;
  const a = alt.slice(s, e);
  return next.startsWith(a, ns) && next.startsWith(IMAGE_SEP, ns + a.length) && imageCaption(next)?.caption === a;
}

const CODE_STARTS = ['import ', 'def ', 'class ', 'return ', '@', 'const ', 'let ', 'var ', 'function ', '#!', '$ ', '<?php'];
/** The code starts by their first character, so most lines test none of them. */
const STARTS_BY_CHAR = new Map<number, string[]>();
for (const s of [...CODE_STARTS, 'from ']) {
  const c = s.charCodeAt(0);
  STARTS_BY_CHAR.set(c, [...(STARTS_BY_CHAR.get(c) ?? []), s]);
}

/** Whether source[at…] begins with one of the code starts (or `from `, whose `import` the full test checks). */
export function startsLikeCode(source: string, at: number): boolean {
  const candidates = STARTS_BY_CHAR.get(source.charCodeAt(at));
  if (candidates) for (const s of candidates) if (source.startsWith(s, at)) return true;
  return false;
}

/** Indentation width in columns of source[from, to) (spaces and tabs; a tab is 4 columns, spec §1). */
export function indentColumns(source: string, from: number, to: number): number {
  let cols = 0;
  for (let k = from; k < to; k++) cols += source.charCodeAt(k) === 9 ? 4 : 1;
  return cols;
}

/** Where ` = ` (an assignment, rule 7) starts at or after `from`, or -1. `=` is rare in prose and a space is not, so this looks for the `=`. */
export function findAssignment(text: string, from: number): number {
  for (let p = text.indexOf('=', from + 1); p >= 0; p = text.indexOf('=', p + 1)) {
    if (text.charCodeAt(p - 1) === 32 && text.charCodeAt(p + 1) === 32) return p - 1;
  }
  return -1;
}

/** An unfenced code line (rule 7). */
export function isCodeLine(text: string): boolean {
  const i = indentChars(text);
  if (i >= text.length) return false;
  if (i > 0 && indentation(text)[0] >= 4) return true;
  const candidates = STARTS_BY_CHAR.get(text.charCodeAt(i));
  if (candidates) {
    for (const s of candidates) {
      if (!text.startsWith(s, i)) continue;
      if (s !== 'from ' || text.includes(' import ', i)) return true;
    }
  }
  if (findAssignment(text, i) >= 0) return true;
  const e = trimmedEnd(text);
  const last = text.charCodeAt(e - 1);
  // ( ) { } ; or ):
  if (last === 40 || last === 41 || last === 123 || last === 125 || last === 59) return true;
  return last === 58 && text.charCodeAt(e - 2) === 41;
}

const FORBIDDEN = '.,;:!?()[]{}=<>@#"`';
const FORBIDDEN_CODES = new Uint8Array(128);
for (const ch of FORBIDDEN) FORBIDDEN_CODES[ch.charCodeAt(0)] = 1;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A letter, with an ASCII fast path; other scripts go through the Unicode property test. */
function isLetter(c: number, text: string, at: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{L}/u.test(String.fromCodePoint(text.codePointAt(c >= 0xdc00 ? at - 1 : at) ?? 0));
  return /\p{L}|\p{N}/u.test(String.fromCharCode(c)) && /\p{L}/u.test(String.fromCharCode(c));
}

/** The longest heading-shaped line, in characters (rule 8). */
export const HEADING_SHAPE_MAX = 60;

/** Heading-shaped (rule 8), apart from the "next non-blank line exists" part the parser checks. */
export function isHeadingShaped(text: string): boolean {
  const s = indentChars(text);
  const e = trimmedEnd(text);
  if (e <= s || e - s > HEADING_SHAPE_MAX) return false;
  if (!isLetter(text.charCodeAt(s), text, s) || !(isLetter(text.charCodeAt(e - 1), text, e - 1) || isDigit(text.charCodeAt(e - 1)))) return false;
  let words = 1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && FORBIDDEN_CODES[c] === 1) return false;
    if ((c === 32 || c === 9) && text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9 && ++words > 8) return false;
  }
  return true;
}

/**
 * What the parser reads a line as before it asks whether the line is a heading, or undefined when it may
 * be one. A site heading such as "```python" or "- notes" could never head a section, and a fix that
 * wrote it would open a fence or a list.
 */
export function readBeforeHeading(line: string): string | undefined {
  if (fenceLanguage(line) !== undefined) return 'a code fence';
  if (markerBrand(line) !== undefined) return 'a post meta marker';
  if (line.trim() === TRAILER) return `the line that ends the article (${TRAILER})`;
  if (listItem(line)) return 'a list item';
  if (imageCaption(line)) return 'an image caption';
  if (isCodeLine(line)) return 'a line of code';
  return undefined;
}
