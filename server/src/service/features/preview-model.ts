// The article as the site renders it, for the preview: blocks as plain data (text only, never HTML)
// and the meta box with each field's status from the diagnostics.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Block, MetaField, SeedModel } from '../model';
import { fieldInfo, type FieldInfo } from '../schema/catalog';
import type { Shape } from '../schema/meta-schema';
import type { Line } from '../text';
import { fieldsByName, pairsOf, recordsOf } from '../views';

export type PreviewBlock =
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'list'; line: number; items: string[] }
  | { kind: 'code'; line: number; endLine: number; language: string | undefined; text: string }
  | { kind: 'image'; line: number; caption: string; source: string };

export interface PreviewSection { heading: string; line: number; blocks: PreviewBlock[] }

export type FieldStatus = 'ok' | 'warning' | 'error';

export interface PreviewProblem { line: number; character: number; severity: FieldStatus; message: string; code: string }

export interface PreviewField {
  name: string;
  line: number;
  shape: Shape | 'unknown';
  value: string;
  items: string[];
  pairs: [string, string][];
  records: [string, string][][];
  status: FieldStatus;
  problems: PreviewProblem[];
}

export interface PreviewArticle {
  uri: string;
  version: number;
  title: { text: string; line: number } | undefined;
  intro: PreviewBlock[];
  sections: PreviewSection[];
  meta: {
    brand: string;
    line: number;
    fields: PreviewField[];
    /** problems inside the meta block that belong to no field (unknown lines, missing fields) */
    problems: PreviewProblem[];
    errors: number;
    warnings: number;
  } | undefined;
  /** every error and warning of the article, for the preview's summary */
  problems: PreviewProblem[];
}

function block(model: SeedModel, b: Block): PreviewBlock {
  switch (b.kind) {
    case 'paragraph': return { kind: 'paragraph', line: b.range.start.line, text: b.text };
    case 'list': return { kind: 'list', line: b.range.start.line, items: b.items.map((i) => i.text) };
    case 'image': return { kind: 'image', line: b.range.start.line, caption: b.caption, source: b.source };
    case 'code': {
      const lines: string[] = [];
      for (let l = b.contentStart; l <= b.contentEnd; l++) lines.push((model.lines.at(l) as Line | undefined)?.text ?? '');
      while (lines.length && lines.at(lines.length - 1)?.trim() === '') lines.pop();
      // the site labels unfenced code with the article's `code language`
      const language = b.language ?? (b.fenced ? undefined : fieldsByName(model).get('code language')?.value || undefined);
      return { kind: 'code', line: b.range.start.line, endLine: b.range.end.line, language, text: lines.join('\n') };
    }
  }
}

const toProblem = (d: Diagnostic): PreviewProblem => ({
  line: d.range.start.line, character: d.range.start.character,
  severity: d.severity === 1 ? 'error' : 'warning', message: d.message, code: String(d.code),
});

function field(f: MetaField, info: FieldInfo | undefined, problems: PreviewProblem[]): PreviewField {
  const shape = info?.shape ?? 'unknown';
  const status: FieldStatus = problems.some((p) => p.severity === 'error') ? 'error' : problems.length ? 'warning' : 'ok';
  return {
    name: f.name, line: f.line, shape, value: f.value,
    items: shape === 'list' ? f.items.map((i) => i.text) : [],
    pairs: shape === 'pairs' ? pairsOf(f).map((p) => [p.key, p.value]) : [],
    records: shape === 'records' ? recordsOf(f).map((r) => r.pairs.map((p) => [p.key, p.value] as [string, string])) : [],
    status, problems,
  };
}

export function getPreviewModel(model: SeedModel, uri: string, version: number, diagnostics: readonly Diagnostic[]): PreviewArticle {
  const shown = diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map(toProblem);
  let meta: PreviewArticle['meta'];
  if (model.meta) {
    const m = model.meta;
    const used = new Set<PreviewProblem>();
    const fields = m.fields.map((f) => {
      const mine = shown.filter((p) => p.line >= f.range.start.line && p.line <= f.range.end.line);
      mine.forEach((p) => used.add(p));
      return field(f, fieldInfo(f.name), mine);
    });
    const inBlock = shown.filter((p) => p.line >= m.range.start.line && p.line <= m.range.end.line && !used.has(p));
    const metaProblems = [...inBlock, ...fields.flatMap((f) => f.problems)];
    meta = {
      brand: m.brand, line: m.markerRange.start.line, fields, problems: inBlock,
      errors: metaProblems.filter((p) => p.severity === 'error').length,
      warnings: metaProblems.filter((p) => p.severity === 'warning').length,
    };
  }
  return {
    uri, version,
    title: model.title ? { text: model.title.text, line: model.title.range.start.line } : undefined,
    intro: model.intro.map((b) => block(model, b)),
    sections: model.sections.map((s) => ({ heading: s.heading.text, line: s.heading.range.start.line, blocks: s.blocks.map((b) => block(model, b)) })),
    meta, problems: shown,
  };
}
