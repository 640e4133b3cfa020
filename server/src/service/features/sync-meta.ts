// "Sync derived meta": the edits that make the meta fields derived from the body agree with it again
// (payload paragraphs, checklist, flags has images, image sources). Built from the consistency rules'
// own fixes; only what the rules cannot fix alone (a missing or miscounted `image sources`, a missing
// `checklist`) is written here, from the same body facts.
import type { TextEdit } from 'vscode-languageserver-types';
import { imageRecord } from '../derive';
import { insertField, replaceLines } from '../edits';
import type { MetaField, SeedModel } from '../model';
import { checklistRule } from '../rules/consistency/checklist';
import { imagesRule } from '../rules/consistency/images';
import { paragraphsRule } from '../rules/consistency/paragraphs';
import type { Code } from '../rules/codes';
import { computeDiagnostics } from './diagnostics';
import { comparePositions } from '../text';
import { bodyFacts, fieldsByName, metaBullet, recordsOf } from '../views';

const SYNCED: ReadonlySet<Code> = new Set<Code>(['meta.paragraphs-mismatch', 'meta.checklist-mismatch', 'meta.images-mismatch']);

/** The rules whose fixes this reuses; run with their default severities, whatever the settings turned off. */
const RULES = [paragraphsRule, checklistRule, imagesRule];

export function getSyncMetaEdits(model: SeedModel, uri: string, today: string): TextEdit[] {
  const meta = model.meta;
  if (!meta || model.binary) return [];
  const diagnostics = computeDiagnostics(model, uri, today, {}, RULES);
  const facts = bodyFacts(model);
  const fields = fieldsByName(model);
  const edits: TextEdit[] = [];
  /** fields rewritten whole here: the rules' smaller fixes inside them are skipped */
  const rewritten: MetaField[] = [];

  const sources = fields.get('image sources');
  const images = facts.images;
  const b = metaBullet(model);
  if (images.length > 0 && (!sources || recordsOf(sources).length !== images.length)) {
    const old = sources ? recordsOf(sources) : [];
    const lines = ['image sources', ...images.flatMap((im, i) => {
      const url = old[i]?.pairs.find((p) => p.key === 'url')?.value ?? '';
      const keep = /^https?:\/\/[^\s/?#]+\S*$/.test(url) && old[i]?.pairs.find((p) => p.key === 'source')?.value === im.source;
      return imageRecord(im).map(([k, v]) => `    ${b} ${k}: ${k === 'url' && keep ? url : v}`);
    })];
    if (sources) {
      edits.push(replaceLines(model, sources.line, sources.range.end.line, lines));
      rewritten.push(sources);
    } else edits.push(insertField(model, 'image sources', lines));
  }
  const checklist = facts.checklist;
  if (!fields.has('checklist') && checklist && checklist.length > 0) {
    edits.push(insertField(model, 'checklist', ['checklist', ...checklist.map((i) => `  ${b} ${i.text}`)]));
  }

  for (const d of diagnostics) {
    if (!SYNCED.has(d.code) || !d.fixes?.length) continue;
    if (rewritten.some((f) => d.range.start.line >= f.line && d.range.start.line <= f.range.end.line)) continue;
    // the preferred fix sets the value from the body; `image sources` without body images has only the removal
    const fix = d.fixes.find((f) => f.preferred) ?? d.fixes[0];
    if (fix) edits.push(...fix.edits);
  }
  return withoutOverlaps(edits);
}

function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && comparePositions(e.range.start, prev.range.end) < 0) continue;
    if (prev && comparePositions(e.range.start, prev.range.start) === 0 && comparePositions(e.range.end, prev.range.end) === 0 && e.newText === prev.newText) continue;
    out.push(e);
  }
  return out;
}
