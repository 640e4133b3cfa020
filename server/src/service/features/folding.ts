// Folding: sections, the meta block, multi-line fields and records, code blocks, lists.
// Read from the nodes' line numbers: a 10 MB article has tens of thousands of foldable blocks.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Block, ListItem, SeedModel, Section } from '../model';
import { fieldInfo } from '../schema/catalog';
import { recordsOf } from '../views';

export function getFoldingRanges(model: SeedModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine) out.push({ startLine, endLine });
  };
  // index loops: for-of allocated an iterator result per section and block here (tens of thousands)
  const blocks = (bs: readonly Block[]) => {
    for (let k = 0; k < bs.length; k++) {
      const b = bs[k] as Block;
      if (b.kind === 'code') add(b.firstLine, b.lastLine);
      else if (b.kind === 'list') add((b.items[0] as ListItem).line, (b.items[b.items.length - 1] as ListItem).line);
      else if (b.kind === 'image') add((b.altRange ?? b.captionRange).start.line, b.captionRange.end.line);
    }
  };
  blocks(model.intro);
  const sections = model.sections;
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k] as Section;
    add(s.heading.line, s.lastLine);
    blocks(s.blocks);
  }
  const meta = model.meta;
  if (meta) {
    add(meta.range.start.line, meta.range.end.line);
    for (const f of meta.fields) {
      add(f.range.start.line, f.range.end.line);
      if (fieldInfo(f.name)?.shape === 'records') for (const r of recordsOf(f)) add(r.range.start.line, r.range.end.line);
    }
  }
  const trailer = model.trailer;
  if (trailer && trailer.range.end.line > trailer.range.start.line) {
    out.push({ startLine: trailer.range.start.line, endLine: trailer.range.end.line, kind: 'comment' });
  }
  // made in document order already (sections, their blocks, then the meta block); sorted only if not
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1] as FoldingRange;
    const b = out[i] as FoldingRange;
    if (a.startLine > b.startLine || (a.startLine === b.startLine && a.endLine < b.endLine)) {
      return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
    }
  }
  return out;
}
