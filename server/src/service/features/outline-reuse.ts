// Reusing the outline of the previous version of an open document. After a keystroke in a 10 MB
// article, all but one of its 15,000 sections are the same: same lines, same text, same blocks. Their
// symbols (and, in the server, the JSON already written for them) are kept instead of made again.
// Only for documents whose lines are rows shared between versions (the server's open documents):
// there an unchanged line is the same string, so comparing a section's lines costs almost nothing.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Block, SeedModel, Section } from '../model';

/** The symbol made for each section, so the next version can find it. */
export const sectionSymbols = new WeakMap<Section, DocumentSymbol>();

/** Whether a model's section symbols can serve a later version: only when its lines are rows. */
export function canLend(model: SeedModel): boolean {
  return model.lines.rows !== undefined;
}

/** The previous version's model, as a source of section symbols; undefined when nothing can be reused. */
export function reusableFrom(previous: SeedModel | undefined, model: SeedModel): SeedModel | undefined {
  if (!previous || !canLend(previous) || !canLend(model)) return undefined;
  return previous;
}

/** Old sections by their heading line, looked up in order. */
export class SectionFinder {
  private at = 0;

  constructor(private readonly old: SeedModel, private readonly model: SeedModel) {}

  /** The symbol of the previous version's section that `s` repeats exactly, if there is one. */
  symbolFor(s: Section): DocumentSymbol | undefined {
    const sections = this.old.sections;
    const line = s.heading.line;
    while (this.at < sections.length && (sections[this.at] as Section).heading.line < line) this.at++;
    const o = sections[this.at];
    if (!o || o.heading.line !== line || !this.same(o, s)) return undefined;
    return sectionSymbols.get(o);
  }

  private same(o: Section, s: Section): boolean {
    if (o.lastLine !== s.lastLine || o.heading.text !== s.heading.text || o.heading.startColumn !== s.heading.startColumn) return false;
    if (o.blocks.length !== s.blocks.length) return false;
    const a = this.old.lines;
    const b = this.model.lines;
    // the same lines (rows are shared between versions: an unchanged line is the same string)
    for (let i = s.heading.line; i <= s.lastLine; i++) if (a.text(i) !== b.text(i)) return false;
    for (let k = 0; k < s.blocks.length; k++) if (!sameBlock(o.blocks[k] as Block, s.blocks[k] as Block)) return false;
    return true;
  }
}

/** Same kind over the same lines, with what the block's symbol shows (the text itself is compared by line). */
function sameBlock(a: Block, b: Block): boolean {
  switch (a.kind) {
    case 'paragraph': return b.kind === 'paragraph' && a.line === b.line;
    case 'list': return b.kind === 'list' && a.items.length === b.items.length
      && a.items[0]?.line === b.items[0]?.line && a.items[a.items.length - 1]?.line === b.items[b.items.length - 1]?.line;
    case 'code': return b.kind === 'code' && a.firstLine === b.firstLine && a.lastLine === b.lastLine && a.fenced === b.fenced
      && a.language === b.language && a.closed === b.closed && a.contentStart === b.contentStart && a.contentEnd === b.contentEnd;
    case 'image': return b.kind === 'image' && a.caption === b.caption && a.source === b.source
      && a.captionRange.start.line === b.captionRange.start.line && a.captionRange.start.character === b.captionRange.start.character
      && a.altRange?.start.line === b.altRange?.start.line && a.altRange?.start.character === b.altRange?.start.character;
  }
}
