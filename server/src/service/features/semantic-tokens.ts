// Semantic tokens for what the TextMate grammar cannot decide: headings by shape (and extra
// vocabulary), unfenced code blocks, image alt lines, unknown meta fields and values that fail validation.
import type { Diagnostic, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Block, SeedModel } from '../model';
import type { Line, Range } from '../text';

/** Custom types declare a standard super type in package.json, and map to TextMate scopes there. */
export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['heading', 'codeBlock', 'property', 'string'],
  tokenModifiers: ['declaration', 'invalid'],
};
const T = { heading: 0, codeBlock: 1, property: 2, string: 3 } as const;
const M = { declaration: 1, invalid: 2 } as const;

interface Token { line: number; start: number; length: number; type: number; mods: number }

export function getSemanticTokens(model: SeedModel, diagnostics: readonly Diagnostic[]): SemanticTokens {
  const tokens: Token[] = [];
  const add = (r: Range, type: number, mods = 0) => {
    if (r.start.line === r.end.line && r.end.character > r.start.character) {
      tokens.push({ line: r.start.line, start: r.start.character, length: r.end.character - r.start.character, type, mods });
    }
  };
  if (model.title) add(model.title.range, T.heading, M.declaration);
  const code = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      // the alt line above an image caption: only known once the caption line below is seen
      if (b.kind === 'image' && b.altRange) add(b.altRange, T.string);
      if (b.kind !== 'code' || b.fenced) continue;
      for (let l = b.contentStart; l <= b.contentEnd; l++) {
        const line = model.lines.at(l) as Line;
        const s = line.text.length - line.text.trimStart().length;
        const e = line.text.trimEnd().length;
        if (e > s) tokens.push({ line: l, start: line.col + s, length: e - s, type: T.codeBlock, mods: 0 });
      }
    }
  };
  code(model.intro);
  for (const s of model.sections) {
    add(s.heading.range, T.heading);
    code(s.blocks);
  }
  for (const u of model.meta?.unknown ?? []) add(u.range, T.property, M.invalid);
  for (const d of diagnostics) {
    if (d.code === 'meta.invalid-value' || d.code === 'meta.unknown-key') add(d.range, d.code === 'meta.unknown-key' ? T.property : T.string, M.invalid);
  }
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  const data: number[] = [];
  let line = 0;
  let start = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.start < lastEnd) continue; // tokens may not overlap
    data.push(t.line - line, t.line === line ? t.start - start : t.start, t.length, t.type, t.mods);
    line = t.line;
    start = t.start;
    lastLine = t.line;
    lastEnd = t.start + t.length;
  }
  return { data };
}
