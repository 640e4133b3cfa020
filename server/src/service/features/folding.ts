// Folding: sections, the meta block, multi-line fields and records, code blocks, lists.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Block, SeedModel } from '../model';
import { fieldInfo } from '../schema/catalog';
import type { Range } from '../text';
import { recordsOf } from '../views';

export function getFoldingRanges(model: SeedModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (r: Range, kind?: string) => {
    if (r.end.line > r.start.line) out.push(kind ? { startLine: r.start.line, endLine: r.end.line, kind } : { startLine: r.start.line, endLine: r.end.line });
  };
  const blocks = (bs: readonly Block[]) => {
    for (const b of bs) if (b.kind === 'code' || b.kind === 'list' || b.kind === 'image') add(b.range);
  };
  blocks(model.intro);
  for (const s of model.sections) {
    add(s.range);
    blocks(s.blocks);
  }
  const meta = model.meta;
  if (meta) {
    add(meta.range);
    for (const f of meta.fields) {
      add(f.range);
      if (fieldInfo(f.name)?.shape === 'records') for (const r of recordsOf(f)) add(r.range);
    }
  }
  if (model.trailer) add(model.trailer.range, 'comment');
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
