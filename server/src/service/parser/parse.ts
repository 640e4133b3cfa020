// The parser: one pass over the lines, total (never throws), every node with its range.
// Body rules follow SEED-FORMAT.md §2 in order; the meta block is read by parseMeta (§3).
import type {
  Block, Breadcrumb, Image, MetaBlock, SeedModel,
  SyntaxProblem, Title, Trailer,
} from '../model';
import { isBlank, isSpaceCode, LineTable, lineRange, range, trimmedEnd } from '../text';
import {
  DEFAULT_HEADINGS, HEADING_SHAPE_MAX, IMAGE_SEP, TRAILER, findAssignment, indentColumns, fenceLanguage, imageCaption, isAltOf, isBreadcrumb, isCodeLine, isFenceClose,
  isHeadingShaped, listItem, markerBrand, startsLikeCode,
} from './classify';
import { Needles } from './needles';
import { CodeNode, HeadingNode, HeadingOnceFollowedNode, ListItemNode, ListNode, ParagraphNode, SectionNode } from './nodes';
import { parseMeta } from './parse-meta';

export interface ParseOptions {
  /** extra heading vocabulary (lowercase compare) */
  readonly extraHeadings?: readonly string[];
  /** heading-shaped detection; off means only the vocabulary makes headings */
  readonly detectHeadingShape?: boolean;
}

/** Parses a text, or the lines of one (the server's open documents keep theirs as rows). */
export function parse(input: string | LineTable, options: ParseOptions = {}): SeedModel {
  const lines = typeof input === 'string' ? new LineTable(input) : input;
  try {
    return parseUnsafe(lines, options);
  } catch (err) {
    // The parser is meant to be total; if a bug slips through, the document still gets a model.
    return emptyModel(lines, [{
      code: 'syntax.empty', range: lineRange(0, 0, 0),
      message: `The seed parser failed on this document (${String(err)}); please report it.`,
    }]);
  }
}

function emptyModel(lines: LineTable, problems: SyntaxProblem[], binary = false): SeedModel {
  return {
    lines, breadcrumbs: [], title: undefined, intro: [], sections: [], meta: undefined, trailer: undefined,
    problems, binary, bodyEnd: lines.length, eol: '\n',
  };
}

function parseUnsafe(lines: LineTable, options: ParseOptions): SeedModel {
  if (lines.hasNul) {
    let at = 0;
    while (at < lines.length - 1 && !lines.text(at).includes('\0')) at++;
    const ch = lines.col(at) + Math.max(0, lines.text(at).indexOf('\0'));
    return emptyModel(lines, [{
      code: 'syntax.binary', range: lineRange(Math.max(at, 0), ch, ch + 1),
      message: 'This file holds NUL bytes, so it is binary data, not a seed article: nothing else is checked.',
    }], true);
  }
  // the document's first line break, for the lines edits insert
  const eol = lineBreak(lines.firstBreak);
  return { ...new BodyParser(lines, options).run(), eol };
}

function lineBreak(s: string): SeedModel['eol'] {
  return s === '\r\n' || s === '\r' ? s : '\n';
}

const NOT_HEADING = 0;
const BY_VOCABULARY = 1;
const BY_SHAPE = 2;

class BodyParser {
  private readonly vocabulary: Set<string>;
  /** the vocabulary's lengths, when lowercasing cannot change a line's length into one of them */
  private readonly vocabularyLengths: Set<number> | undefined;
  private readonly shape: boolean;
  private readonly longestHeading: number;
  /** lines at most this long (trimmed) never take the fast path */
  private readonly shortLine: number;
  private captionAsked = -1;
  private captionAnswer = false;
  /** the last line taken as an image's alt line: the image made next claims it (and no other line) */
  private altLine = -1;
  private lastMarker: number | undefined;
  /** for a flat text: where ` = ` and image captions occur (rows are searched line by line) */
  private readonly needles: Needles | undefined;
  private readonly problems: SyntaxProblem[] = [];
  private readonly breadcrumbs: Breadcrumb[] = [];
  private title: Title | undefined;
  private readonly intro: Block[] = [];
  private readonly sections: SectionNode[] = [];
  /**
   * blocks of the open section, copied into an exact-size array when it closes (most sections hold a few).
   * It keeps its capacity from section to section (`length = 0` would give it up, and each section's first
   * push would allocate a fresh backing store), so only its first `filled` entries are the open section's.
   */
  private readonly scratch: Block[] = [];
  private blocks: Block[] = this.intro;
  /** how many entries of `blocks` are in use (the intro's length, or the open section's part of `scratch`) */
  private filled = 0;
  /** the last block pushed into `blocks` was a list and only blank lines followed it */
  private openList = false;

  constructor(private readonly lines: LineTable, options: ParseOptions) {
    this.vocabulary = new Set([...DEFAULT_HEADINGS, ...(options.extraHeadings ?? []).map((h) => h.trim().toLowerCase())]);
    this.shape = options.detectHeadingShape !== false;
    const lengths = [...this.vocabulary].map((h) => h.length);
    // lowercasing keeps the length of ASCII text only (`İ` becomes two characters)
    this.vocabularyLengths = [...this.vocabulary].every((h) => /^[\x00-\x7f]*$/.test(h)) ? new Set(lengths) : undefined;
    this.longestHeading = Math.max(...lengths) + 8;
    this.shortLine = Math.max(this.longestHeading, HEADING_SHAPE_MAX, TRAILER.length + 1);
    this.needles = lines.source === undefined ? undefined : new Needles(lines.source);
  }

  run(): Omit<SeedModel, 'eol'> {
    const lines = this.lines;
    const n = lines.length;
    let i = 0;
    let meta: MetaBlock | undefined;
    let trailer: Trailer | undefined;
    let bodyEnd = n;

    for (; i < n; i++) {
      if (lines.blank(i)) continue;
      if (this.title !== undefined && this.plainProse(i)) {
        this.push(new ParagraphNode(lines, i));
        continue;
      }
      const t = lines.text(i);
      if (this.title === undefined) {
        if (isBreadcrumb(t)) {
          this.breadcrumbs.push({ kind: 'breadcrumb', range: this.r(i, 0, t.length) });
          continue;
        }
        if (markerBrand(t) !== undefined) break;
        const text = t.trim();
        let start = 0;
        while (isSpaceCode(t.charCodeAt(start))) start++;
        this.title = { kind: 'title', text, range: this.r(i, start, start + text.length) };
        continue;
      }
      const lang = fenceLanguage(t);
      if (lang !== undefined) {
        i = this.fence(i, lang);
        continue;
      }
      if (markerBrand(t) !== undefined) break;
      // `Similar Posts` ends an article without a meta block; before a meta marker it is a body line (spec §2)
      if (t.charCodeAt(0) === 83 && t.length >= TRAILER.length && t.startsWith(TRAILER) && trimmedEnd(t) === TRAILER.length && !this.markerAfter(i)) break;
      const item = listItem(t);
      if (item) {
        this.listItem(i, t, item.bullet, item.textStart);
        continue;
      }
      const image = imageCaption(t);
      if (image) {
        this.push(this.image(i, t, image.caption, image.source, image.sourceStart));
        continue;
      }
      const next = this.nextNonBlank(i + 1);
      if (next < n && isAltOf(t, lines.text(next))) {
        // The alt line belongs to the image whose caption line follows; that line makes the block.
        this.altLine = i;
        continue;
      }
      if (isCodeLine(t)) {
        i = this.code(i);
        continue;
      }
      const heading = this.headingKind(t, next);
      if (heading !== NOT_HEADING) {
        this.heading(i, t, heading === BY_VOCABULARY);
        continue;
      }
      // heading-shaped but last in the file: it turns into a heading once anything (a meta block) follows
      this.push(this.shape && next >= n && isHeadingShaped(t) ? new HeadingOnceFollowedNode(lines, i) : new ParagraphNode(lines, i));
    }
    bodyEnd = i;
    this.closeSection(bodyEnd);
    if (i < n) {
      const t = lines.text(i);
      if (markerBrand(t) !== undefined) {
        const parsed = parseMeta(lines, i);
        meta = parsed.meta;
        i = parsed.end;
      }
      if (i < n && lines.text(i).trimEnd() === TRAILER) {
        // to its last non-blank line: the blank lines an editor leaves at the end are not part of it
        let last = n - 1;
        while (last > i && lines.blank(last)) last--;
        trailer = { range: range(i, lines.col(i), last, lines.endColumn(last)) };
      }
    }
    if (this.title === undefined) {
      this.problems.push(meta
        ? { code: 'syntax.no-title', range: meta.markerRange, message: 'The article has no title: found the post meta block first, expected a title line before it.' }
        : { code: 'syntax.empty', range: lineRange(0, 0, 0), message: 'The article is empty: expected a title line, then the intro and sections.' });
    }
    return {
      lines, breadcrumbs: this.breadcrumbs, title: this.title, intro: this.intro, sections: this.sections,
      meta, trailer, problems: this.problems, binary: false, bodyEnd,
    };
  }

  /**
   * The fast path for the bulk of a big article: a long line that no rule but the paragraph one can
   * take, decided from its first and last characters and the needles, without slicing it. Anything in
   * doubt returns false and goes through the full rules below.
   */
  private plainProse(i: number): boolean {
    const flat = this.lines.source;
    // a flat text is read in place; a row is the line itself
    const src = flat ?? this.lines.text(i);
    const a = flat === undefined ? 0 : this.lines.start(i);
    const b = flat === undefined ? src.length : this.lines.end(i);
    let s = a;
    while (src.charCodeAt(s) === 32 || src.charCodeAt(s) === 9) s++;
    let e = b;
    while (e > s && (src.charCodeAt(e - 1) === 32 || src.charCodeAt(e - 1) === 9)) e--;
    // short lines may be headings (vocabulary or shape), trailers, alt lines: the full rules decide
    if (e - s <= this.shortLine) return false;
    const first = src.charCodeAt(s);
    const last = src.charCodeAt(e - 1);
    if (first === 96 || first === 45 || first === 42 || first === 0x2022) return false; // fence, list item
    if (last === 97 && src.startsWith(' post meta', e - 10)) return false; // a meta marker
    if (s > a && indentColumns(src, a, s) >= 4) return false; // indented code
    if (startsLikeCode(src, s)) return false; // the full code test decides
    if (last === 40 || last === 41 || last === 123 || last === 125 || last === 59) return false;
    if (last === 58 && src.charCodeAt(e - 2) === 41) return false;
    const needles = this.needles;
    if (needles === undefined) {
      if (findAssignment(src, s) >= 0 || this.captionLine(i)) return false; // code, an image caption
      // the alt line of an image: the next non-blank line is its caption line
      const next = this.nextNonBlank(i + 1);
      return next >= this.lines.length || !this.captionLine(next);
    }
    if (needles.assignment.within(s, b - 2)) return false;
    if (needles.imageSource.within(a, b)) return false; // an image caption
    const img = needles.imageSource.next(b);
    if (img >= 0) {
      const next = this.nextNonBlank(i + 1);
      if (next < this.lines.length && img < this.lines.end(next)) return false;
    }
    return true;
  }

  /** Whether a meta marker line comes after line `i` (asked only at a `Similar Posts` line in the body). */
  private markerAfter(i: number): boolean {
    return this.lastMarkerLine(i) < this.lines.length;
  }

  /** The last meta marker line if it comes after line `i`, else the line count. */
  private lastMarkerLine(i: number): number {
    // found once from the end (the meta block sits near it), -1 for none
    if (this.lastMarker === undefined) {
      let j = this.lines.length - 1;
      while (j >= 0 && markerBrand(this.lines.text(j)) === undefined) j--;
      this.lastMarker = j;
    }
    return this.lastMarker > i ? this.lastMarker : this.lines.length;
  }

  /** Whether a row holds `. image source: `; remembered for one line, which is asked about twice (as the next line, then as itself). */
  private captionLine(i: number): boolean {
    if (i !== this.captionAsked) {
      this.captionAsked = i;
      this.captionAnswer = this.lines.text(i).indexOf(IMAGE_SEP) >= 0;
    }
    return this.captionAnswer;
  }

  private r(line: number, start: number, end: number) {
    const col = this.lines.col(line);
    return lineRange(line, col + start, col + end);
  }

  private nextNonBlank(from: number): number {
    const n = this.lines.length;
    let j = from;
    while (j < n && this.lines.blank(j)) j++;
    return j;
  }

  private push(b: Block): void {
    this.blocks[this.filled++] = b;
    this.openList = false;
  }

  /** Whether line `t` is a heading, and by which rule (the vocabulary wins: it is what hover reports). */
  private headingKind(t: string, next: number): number {
    if (t.length <= this.longestHeading && this.inVocabulary(t)) return BY_VOCABULARY;
    if (!this.shape || next >= this.lines.length || !isHeadingShaped(t)) return NOT_HEADING;
    // a vocabulary heading with long trailing space fails the length test above but still counts as one
    return t.length > this.longestHeading && this.inVocabulary(t) ? BY_VOCABULARY : BY_SHAPE;
  }

  /** Whether the trimmed line is a vocabulary heading; lines of other lengths are not lowercased to find out. */
  private inVocabulary(t: string): boolean {
    let s = 0;
    let e = t.length;
    while (s < e && isSpaceCode(t.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(t.charCodeAt(e - 1))) e--;
    if (this.vocabularyLengths && !this.vocabularyLengths.has(e - s)) return false;
    return this.vocabulary.has(t.slice(s, e).toLowerCase());
  }

  private heading(i: number, t: string, byVocabulary: boolean): void {
    const text = t.trim();
    let start = 0;
    while (isSpaceCode(t.charCodeAt(start))) start++;
    this.closeSection(i);
    const section = new SectionNode(this.lines, new HeadingNode(this.lines, i, start, text, byVocabulary), this.scratch);
    this.sections.push(section);
    this.blocks = this.scratch;
    this.filled = 0;
    this.openList = false;
  }

  /** Closes the open section: its last non-blank line before `end`, its blocks in an exact-size array. */
  private closeSection(end: number): void {
    const s = this.sections[this.sections.length - 1];
    if (!s || s.blocks !== this.scratch) return;
    let last = end - 1;
    while (last > s.heading.line && this.lines.blank(last)) last--;
    s.lastLine = last;
    s.blocks = this.scratch.slice(0, this.filled);
    this.filled = 0;
  }

  private listItem(i: number, t: string, bullet: number, textStart: number): void {
    // Consecutive items form one list; blank lines between them are allowed.
    const item = new ListItemNode(this.lines, i, bullet, textStart, trimmedEnd(t));
    const last = this.filled > 0 ? this.blocks[this.filled - 1] : undefined;
    if (this.openList && last && last.kind === 'list') {
      last.items.push(item);
      return;
    }
    this.blocks[this.filled++] = new ListNode([item]);
    this.openList = true;
  }

  private image(i: number, t: string, caption: string, source: string, sourceStart: number): Image {
    const captionStart = t.indexOf(caption);
    const captionRange = this.r(i, captionStart, captionStart + caption.length);
    const sourceRange = this.r(i, sourceStart, sourceStart + source.length);
    let altRange: Image['altRange'];
    let j = i - 1;
    while (j >= 0 && this.lines.blank(j)) j--;
    if (j >= 0 && j === this.altLine) {
      const a = this.lines.text(j);
      const s = a.indexOf(caption);
      altRange = this.r(j, s, s + caption.length);
    }
    const end = trimmedEnd(t);
    return {
      kind: 'image', caption, source, altRange, captionRange, sourceRange,
      range: { start: (altRange ?? captionRange).start, end: this.r(i, 0, end).end },
    };
  }

  /** A fenced block from line `i`; returns the last line it takes. */
  private fence(i: number, lang: string): number {
    const lines = this.lines;
    const n = lines.length;
    // a fence closes before the last meta marker: past it, a ``` line belongs to the meta block or the
    // trailer, and taking it would make the whole meta block code (a marker quoted inside a fence in the
    // body, as an article about the format may, is fine: a later marker is the real one)
    const stop = this.lastMarkerLine(i);
    let j = i + 1;
    while (j < stop && !isFenceClose(lines.text(j))) j++;
    const closed = j < stop;
    let last = j;
    if (!closed) {
      // An unclosed fence runs to the meta marker or the end of the file.
      // to the last marker, the real one: a marker quoted in the unclosed fence is code like the rest
      const k = stop;
      last = k - 1;
      j = k - 1;
      // its range ends at its last non-blank line, like the section that holds it
      while (last > i && lines.blank(last)) last--;
      const open = lines.text(i);
      this.problems.push({
        code: 'syntax.unclosed-fence', range: this.r(i, 0, trimmedEnd(open)),
        message: `This code fence is never closed: expected a closing \`\`\` line before ${k < n ? 'the post meta block' : 'the end of the file'}.`,
      });
    }
    this.push(new CodeNode(lines, true, lang === '' ? undefined : lang, i, last, i + 1, closed ? j - 1 : last, closed));
    return j;
  }

  /** An unfenced code block from line `i`; returns its last line. */
  private code(i: number): number {
    const lines = this.lines;
    const n = lines.length;
    let last = i;
    let j = i + 1;
    while (j < n) {
      const t = lines.text(j);
      if (isBlank(t)) { j++; continue; }
      if (fenceLanguage(t) !== undefined || markerBrand(t) !== undefined || listItem(t) || imageCaption(t) || !isCodeLine(t)) break;
      // an image's alt line (rule 6 comes before rule 7)
      const next = this.nextNonBlank(j + 1);
      if (next < n && isAltOf(t, lines.text(next))) break;
      last = j;
      j++;
    }
    this.push(new CodeNode(lines, false, undefined, i, last, i, last, true));
    return last;
  }
}
