// The document model the parser builds: every node carries its range, every feature reads only this.
import type { Range } from './text';
import type { LineTable } from './text';

export interface Breadcrumb { readonly kind: 'breadcrumb'; readonly range: Range }

export interface Title { readonly kind: 'title'; readonly text: string; readonly range: Range }

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly line: number;
  readonly text: string;
  readonly range: Range;
  /** a heading-shaped last line of the file: a heading as soon as a line (such as a meta block) follows it */
  readonly headingOnceFollowed?: boolean;
}

export interface ListItem { readonly text: string; readonly line: number; readonly range: Range; readonly textRange: Range }
export interface List { readonly kind: 'list'; readonly items: ListItem[]; readonly range: Range }

export interface CodeBlock {
  readonly kind: 'code';
  readonly fenced: boolean;
  /** the fence's language word, or undefined */
  readonly language: string | undefined;
  /** first and last line of the block (fences included) */
  readonly firstLine: number;
  readonly lastLine: number;
  /** first and last line of the content (without fences) */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly closed: boolean;
  readonly range: Range;
}

export interface Image {
  readonly kind: 'image';
  readonly caption: string;
  readonly source: string;
  /** the alt line above the caption line, when present */
  readonly altRange: Range | undefined;
  readonly captionRange: Range;
  readonly sourceRange: Range;
  readonly range: Range;
}

export type Block = Paragraph | List | CodeBlock | Image;

export interface Heading {
  readonly text: string;
  readonly line: number;
  /** the column where the text starts */
  readonly startColumn: number;
  readonly range: Range;
  readonly byVocabulary: boolean;
}

export interface Section {
  readonly heading: Heading;
  readonly blocks: Block[];
  /** the section's last non-blank line */
  readonly lastLine: number;
  /** from the heading to the last non-blank line of the section */
  readonly range: Range;
}

/** One `key: value` item inside a pairs field or a record. */
export interface Pair {
  readonly key: string;
  readonly value: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
  readonly range: Range;
  /** false when the item had no `: ` (then key is the whole text and value is empty) */
  readonly wellFormed: boolean;
}

export interface MetaItem {
  readonly text: string;
  readonly indent: number;
  readonly line: number;
  /** the column where `text` starts */
  readonly textColumn: number;
  readonly range: Range;
  readonly textRange: Range;
  /** the bullet character's range */
  readonly bulletRange: Range;
}

export interface MetaRecord { readonly pairs: Pair[]; readonly range: Range }

export interface MetaField {
  /** canonical field name as in the schema */
  readonly name: string;
  readonly line: number;
  readonly nameRange: Range;
  /** text after the name (and an optional `: `), trimmed; '' when none */
  readonly value: string;
  readonly valueRange: Range;
  /** whether a `: ` separated the name from the value */
  readonly colon: boolean;
  readonly items: MetaItem[];
  /** from the field line to its last item */
  readonly range: Range;
}

export interface UnknownMetaLine { readonly text: string; readonly line: number; readonly range: Range }

export interface MetaBlock {
  readonly brand: string;
  readonly markerRange: Range;
  readonly fields: MetaField[];
  readonly unknown: UnknownMetaLine[];
  /** items that stand before any field */
  readonly orphanItems: MetaItem[];
  /** indented lines that are not items */
  readonly strayLines: UnknownMetaLine[];
  /** later `<brand> post meta` lines inside the block */
  readonly extraMarkers: Range[];
  /** from the marker to the last non-blank line before the trailer */
  readonly range: Range;
}

export interface Trailer { readonly range: Range }

export type SyntaxProblemCode = 'syntax.no-title' | 'syntax.unclosed-fence' | 'syntax.binary' | 'syntax.empty';

export interface SyntaxProblem { readonly code: SyntaxProblemCode; readonly message: string; readonly range: Range }

export interface SeedModel {
  readonly lines: LineTable;
  readonly breadcrumbs: Breadcrumb[];
  readonly title: Title | undefined;
  /** blocks between the title and the first heading */
  readonly intro: Block[];
  readonly sections: Section[];
  readonly meta: MetaBlock | undefined;
  readonly trailer: Trailer | undefined;
  readonly problems: SyntaxProblem[];
  /** true when the text holds NUL bytes: then nothing else is parsed */
  readonly binary: boolean;
  /** the line where the body ends (exclusive): the marker line, or the line count */
  readonly bodyEnd: number;
  /** the document's line break, for edits */
  readonly eol: '\n' | '\r\n' | '\r';
}

export function isList(b: Block): b is List { return b.kind === 'list'; }
export function isImage(b: Block): b is Image { return b.kind === 'image'; }
export function isParagraph(b: Block): b is Paragraph { return b.kind === 'paragraph'; }
