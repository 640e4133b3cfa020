// --fix: applies the preferred quick fixes, re-checking after each round, and writes atomically.
// A file with syntax errors is not touched, nor one that changed on disk while it was being fixed.
// Each round applies only the fixes of the most local kind present: a misspelled or malformed line is
// mended before a value is changed, and a value before the rules that compare two places run again. So a
// consistency fix never copies a mistake that a local fix would have mended (`type: Stack` becomes
// `type: stack`; the entity is not added a second time).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../service/apply-edits';
import type { SeedLanguageService } from '../service/index';
import { comparePositions } from '../service/text';

export function fixFile(service: SeedLanguageService, file: string, original: string): { text: string; fixed: number; error?: string } {
  const { text, fixed } = fixText(service, file, original);
  if (fixed === 0) return { text, fixed };
  const error = writeAtomically(file, original, text);
  return error ? { text: original, fixed: 0, error } : { text, fixed };
}

/** The fixed text and how many problems were fixed; writes nothing (standard input is fixed to stdout). */
export function fixText(service: SeedLanguageService, file: string, original: string): { text: string; fixed: number } {
  let text = original;
  let fixed = 0;
  let previous = original;
  /** the fixes of the round that made `text` from `previous`: taken back with it */
  let lastRound = 0;
  for (let round = 0; round < 10; round++) {
    const doc = { uri: file, version: round + 1, getText: () => text };
    const diags = service.computeDiagnosticsWithFixes(doc);
    if (diags.some((d) => String(d.code).startsWith('syntax.'))) {
      service.forget(file);
      text = previous; // never rewrite a file the parser could not read cleanly
      fixed -= lastRound;
      break;
    }
    const edits: TextEdit[] = [];
    let count = 0;
    const fixable = diags.filter((d) => d.fixes?.some((f) => f.preferred));
    const tier = Math.min(...fixable.map((d) => tierOf(d.code)));
    for (const d of fixable) {
      const fix = d.fixes?.find((f) => f.preferred);
      if (!fix || tierOf(d.code) !== tier || fix.edits.some((e) => edits.some((o) => overlaps(o, e)))) continue;
      edits.push(...fix.edits);
      count++;
    }
    service.forget(file);
    if (edits.length === 0) break;
    previous = text;
    text = applyEdits(text, edits);
    fixed += count;
    lastRound = count;
  }
  return text === original ? { text, fixed: 0 } : { text, fixed };
}

/** 0: the line itself (names, bullets, syntax); 1: a value against its own rule; 2: two places compared; 3: order. */
function tierOf(code: string): number {
  if (code === 'meta.field-order') return 3;
  if (code.endsWith('-mismatch') || code.startsWith('workspace.')) return 2;
  if (code === 'meta.invalid-value' || code === 'meta.missing-field' || code === 'meta.missing-key') return 1;
  return 0;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return comparePositions(a.range.start, b.range.end) <= 0 && comparePositions(b.range.start, a.range.end) <= 0;
}

/**
 * Writes the fixed text over the file it came from, keeping what the file is: a link's target is
 * written (the link stays a link), a file with other hard links is written in place (a rename would
 * split them), and a new file takes the old one's mode and owner. A read-only file is left alone.
 */
function writeAtomically(file: string, expected: string, text: string): string | undefined {
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file);
    st = fs.statSync(target);
  } catch (err) {
    return `could not write the fixes (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
  }
  if ((st.mode & 0o222) === 0) return 'read-only, so not fixed';
  if (st.nlink > 1) {
    try {
      if (fs.readFileSync(target, 'utf8') !== expected) return 'changed on disk while being fixed; left as it was';
      fs.writeFileSync(target, text);
      return undefined;
    } catch (err) {
      return `could not write the fixes (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    }
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.seed-fix-${process.pid}`);
  try {
    fs.writeFileSync(tmp, text, { mode: st.mode & 0o7777 });
    fs.chmodSync(tmp, st.mode & 0o7777); // the umask narrowed the mode given above
    try { fs.chownSync(tmp, st.uid, st.gid); } catch { /* only root may give a file away: it keeps ours */ }
    if (fs.readFileSync(target, 'utf8') !== expected) {
      fs.rmSync(tmp, { force: true });
      return 'changed on disk while being fixed; left as it was';
    }
    fs.renameSync(tmp, target);
    return undefined;
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    return `could not write the fixes (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
  }
}
