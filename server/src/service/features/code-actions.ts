// Code actions: the quick fixes computed with each diagnostic, and "insert post meta block" for an
// article without one. Each edit names the document version it was computed from (documentChanges),
// so a client can refuse it once the text has moved on.
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { deriveMeta } from '../derive';
import { insertLinesAfter, versionedEdit } from '../edits';
import type { SeedModel } from '../model';
import { nearMissMarker } from '../rules/marker-near-miss';
import type { SeedDiagnostic, SiteRules } from '../rules/rule';
import { rangesOverlap } from '../text';

export interface CodeActionRequest {
  readonly uri: string;
  /** the version of the document the model was parsed from */
  readonly version: number;
  readonly range: Range;
  /** the diagnostics the client sent; matched to ours by code and range */
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
}

export const INSERT_META_KIND = 'refactor.rewrite.seed.insertMeta';

/** `text` is asked for only when it is needed (the editor asks for code actions on every cursor move). */
export function getCodeActions(model: SeedModel, ours: readonly SeedDiagnostic[], req: CodeActionRequest, text: () => string, today: string, site: SiteRules = {}): CodeAction[] {
  const out: CodeAction[] = [];
  const wants = (kind: string) => !req.only || req.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (wants('quickfix')) {
    for (const d of ours) {
      if (!d.fixes || !rangesOverlap(d.range, req.range)) continue;
      const sent = req.diagnostics.find((c) => c.code === d.code && sameRange(c.range, d.range)) ?? strip(d);
      for (const fix of d.fixes) {
        out.push({ title: fix.title, kind: 'quickfix', diagnostics: [sent], isPreferred: fix.preferred ?? false, edit: versionedEdit(req.uri, req.version, fix.edits) });
      }
    }
  }
  if (wants(INSERT_META_KIND)) {
    const edits = insertMetaEdits(model, text, today, site);
    if (edits.length) out.push({ title: INSERT_META_TITLE, kind: INSERT_META_KIND, edit: versionedEdit(req.uri, req.version, edits) });
  }
  return out;
}

const INSERT_META_TITLE = 'Insert post meta block (prefilled from the title and body)';

/**
 * The edits that append a prefilled post meta block, with the site's brand and enum values; none when
 * the article has one (or no title), or has a line that is nearly its marker (that line is to be mended,
 * or the block would be there twice).
 */
export function insertMetaEdits(model: SeedModel, text: () => string, today: string, site: SiteRules = {}): TextEdit[] {
  if (model.meta || !model.title || model.binary || nearMissMarker(model)) return [];
  const derived = deriveMeta(model, {
    today, text: text(),
    ...(site.brand ? { brand: site.brand } : {}), ...(site.allowedValues ? { allowedValues: site.allowedValues } : {}),
  });
  const end = model.bodyEnd - 1;
  const lastLine = model.lines.at(model.bodyEnd - 1);
  // spaced when a blank line stands between the title and the last line of text (blank lines after the
  // end, such as the empty line after a final newline, say nothing about the style)
  let last = model.bodyEnd - 1;
  while (last > 0 && model.lines.blank(last)) last--;
  let spaced = false;
  for (let i = model.title.range.start.line + 1; i < last && !spaced; i++) spaced = model.lines.blank(i);
  const block = spaced ? ['', ...derived.lines, ''] : derived.lines.filter((l) => l !== '');
  const lead = lastLine && lastLine.text === '' ? block.slice(spaced ? 1 : 0) : block;
  return [insertLinesAfter(model, end, lead)];
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function strip(d: SeedDiagnostic): Diagnostic {
  const { fixes: _fixes, ...rest } = d;
  return rest;
}
