// Our service: parse + all diagnostics + document symbols + folding ranges, as the editor asks for them.
// A fresh version number per iteration makes the service parse again (it caches per uri+version).
import { createLanguageService } from '../../server/src/service/index';
import { copiesFor, measure, retainedHeap, type Plan, type Stats } from '../timing';
import { sink } from './sink';

export const TODAY = '2025-12-31';

export interface AnalysisCounts { readonly diagnostics: number; readonly symbols: number; readonly folding: number; readonly reduced: boolean }

/** `full`: every rule at any size; otherwise the shipped default (only syntax rules above 5 MB). */
export function createAnalysis(full: boolean): (uri: string, text: string) => AnalysisCounts {
  const service = createLanguageService({ today: () => TODAY });
  if (full) service.configure({ maxFullCheckSize: Number.POSITIVE_INFINITY });
  let version = 0;
  return (uri, text) => {
    const doc = { uri, version: ++version, getText: () => text };
    const diagnostics = service.computeDiagnostics(doc).length;
    const symbols = service.getDocumentSymbols(doc).length;
    const folding = service.getFoldingRanges(doc).length;
    return { diagnostics, symbols, folding, reduced: service.isReduced(doc) };
  };
}

export interface AnalysisResult { readonly time: Stats; readonly counts: AnalysisCounts; readonly retainedBytes: number }

export function seedAnalysis(name: string, text: string, plan: Plan, full = true): AnalysisResult {
  const analyse = createAnalysis(full);
  const uri = `file:///bench/${name}`;
  const time = measure(() => {
    const c = analyse(uri, text);
    sink(c.diagnostics + c.symbols + c.folding);
  }, plan);
  // What the service keeps per open document (model and diagnostics; the text is shared), with a fresh service.
  const once = createAnalysis(full);
  const { bytes, value } = retainedHeap((copy) => once(`${uri}#${copy}`, text), copiesFor(text.length));
  return { time, counts: value, retainedBytes: bytes };
}
