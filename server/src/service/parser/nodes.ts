// Compact body nodes. A 10 MB article has tens of thousands of them and the editor keeps its model,
// so every one survives garbage collections: they hold line numbers and columns (small integers stored
// inline) and make their text and ranges only when a feature asks. Each class sets all its fields in
// its constructor, so every instance shares one hidden class and the parser's loop stays optimized.
import type { CodeBlock, Heading, List, ListItem, MetaField, MetaItem, Paragraph, Section, Block } from '../model';
import { lineRange, range, type LineTable, type Range } from '../text';

/**
 * A paragraph keeps only its line. Huge articles are mostly paragraphs, and most features only count them;
 * its kind and flag live on the prototype, so an instance holds two fields.
 */
export class ParagraphNode implements Paragraph {
  declare readonly kind: 'paragraph';
  declare readonly headingOnceFollowed: boolean;

  constructor(private readonly lines: LineTable, readonly line: number) {}

  get text(): string {
    return this.lines.text(this.line).trim();
  }

  /** from the first character of its text (an indented paragraph's spaces are not part of it) to its last */
  get range(): Range {
    return lineRange(this.line, this.lines.startColumn(this.line), this.lines.endColumn(this.line));
  }
}

Object.defineProperties(ParagraphNode.prototype, { kind: { value: 'paragraph' }, headingOnceFollowed: { value: false } });

/** The heading-shaped last line of a body: a paragraph that turns into a heading once anything (a meta block) follows. */
export class HeadingOnceFollowedNode extends ParagraphNode {}
Object.defineProperty(HeadingOnceFollowedNode.prototype, 'headingOnceFollowed', { value: true });

/** One list item: its line and where its bullet and text start and end (columns of the line's text). */
export class ListItemNode implements ListItem {
  constructor(
    private readonly lines: LineTable, readonly line: number,
    private readonly bullet: number, private readonly textStart: number, private readonly end: number,
  ) {}

  get text(): string {
    return this.lines.slice(this.line, this.textStart, this.end);
  }

  get range(): Range {
    const col = this.lines.col(this.line);
    return lineRange(this.line, col + this.bullet, col + this.end);
  }

  get textRange(): Range {
    const col = this.lines.col(this.line);
    return lineRange(this.line, col + this.textStart, col + this.end);
  }
}

/** A list grows item by item; its range follows from its first and last item. */
export class ListNode implements List {
  readonly kind = 'list' as const;

  constructor(readonly items: ListItem[]) {}

  get range(): Range {
    return { start: (this.items[0] as ListItem).range.start, end: (this.items[this.items.length - 1] as ListItem).range.end };
  }
}

export class HeadingNode implements Heading {
  constructor(
    private readonly lines: LineTable, readonly line: number, private readonly start: number,
    readonly text: string, readonly byVocabulary: boolean,
  ) {}

  /** the column where the heading's text starts */
  get startColumn(): number {
    return this.lines.col(this.line) + this.start;
  }

  get range(): Range {
    const col = this.startColumn;
    return lineRange(this.line, col, col + this.text.length);
  }
}

/** A section: its heading, its blocks, and its last non-blank line (set when the next one starts). */
export class SectionNode implements Section {
  lastLine: number;

  constructor(private readonly lines: LineTable, readonly heading: HeadingNode, public blocks: Block[]) {
    this.lastLine = heading.line;
  }

  get range(): Range {
    const h = this.heading;
    const last = this.lastLine;
    return range(h.line, h.startColumn, last, this.lines.endColumn(last));
  }
}

/** A code block, fenced or not: its first and last line; the range ends at the last line's text. */
export class CodeNode implements CodeBlock {
  readonly kind = 'code' as const;

  constructor(
    private readonly lines: LineTable, readonly fenced: boolean, readonly language: string | undefined,
    readonly firstLine: number, readonly lastLine: number,
    readonly contentStart: number, readonly contentEnd: number, readonly closed: boolean,
  ) {}

  get range(): Range {
    const l = this.lines;
    // an unfenced block of indented lines starts at its first character, as its semantic token does
    return range(this.firstLine, l.startColumn(this.firstLine), this.lastLine, l.endColumn(this.lastLine));
  }
}

/**
 * A meta item (`• key: value` under a field): its line, text and columns. Its three ranges are made when
 * a feature asks; most items are only read for their text, and every article has dozens of them.
 */
export class MetaItemNode implements MetaItem {
  constructor(
    private readonly lines: LineTable, readonly line: number, readonly text: string, readonly indent: number,
    private readonly bullet: number, private readonly textStart: number, private readonly end: number,
  ) {}

  get textColumn(): number {
    return this.lines.col(this.line) + Math.min(this.textStart, this.end);
  }

  get range(): Range {
    const col = this.lines.col(this.line);
    return lineRange(this.line, col + this.bullet, col + this.end);
  }

  get textRange(): Range {
    return lineRange(this.line, this.textColumn, this.lines.col(this.line) + this.end);
  }

  /** the bullet character's range */
  get bulletRange(): Range {
    const col = this.lines.col(this.line);
    return lineRange(this.line, col + this.bullet, col + this.bullet + 1);
  }
}

/** A meta field line (`name: value` at column 0) and its items; ranges made when asked. */
export class MetaFieldNode implements MetaField {
  readonly items: MetaItem[] = [];

  constructor(
    private readonly lines: LineTable, readonly line: number, readonly name: string, readonly value: string,
    readonly colon: boolean,
    /** where the value starts and the line's text ends (columns of the line's text) */
    private readonly valueStart: number, private readonly end: number,
  ) {}

  get nameRange(): Range {
    const col = this.lines.col(this.line);
    return lineRange(this.line, col, col + this.name.length);
  }

  /** the value's range, or, with no value, an empty range where one goes: after the name, or after its `:` */
  get valueRange(): Range {
    const col = this.lines.col(this.line);
    if (this.value) return lineRange(this.line, col + this.valueStart, col + this.end);
    const at = col + (this.colon ? Math.min(this.valueStart, this.end) : this.name.length);
    return lineRange(this.line, at, at);
  }

  /** from the field line to its last item */
  get range(): Range {
    const col = this.lines.col(this.line);
    const last = this.items[this.items.length - 1];
    return last ? { start: { line: this.line, character: col }, end: last.range.end } : lineRange(this.line, col, col + this.end);
  }
}
