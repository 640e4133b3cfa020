// --fix: applies the preferred quick fixes, re-checking after each round, and writes atomically.
// A file with syntax errors is not touched, nor one that changed on disk while it was being fixed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../service/apply-edits';
import type { SeedLanguageService } from '../service/index';
import { comparePositions } from '../service/text';

export function fixFile(service: SeedLanguageService, file: string, original: string): { text: string; fixed: number; error?: string } {
  let text = original;
  let fixed = 0;
  let previous = original;
  for (let round = 0; round < 10; round++) {
    const doc = { uri: file, version: round + 1, getText: () => text };
    const diags = service.computeDiagnosticsWithFixes(doc);
    if (diags.some((d) => String(d.code).startsWith('syntax.'))) {
      service.forget(file);
      text = previous; // never rewrite a file the parser could not read cleanly
      break;
    }
    const edits: TextEdit[] = [];
    for (const d of diags) {
      const fix = d.fixes?.find((f) => f.preferred);
      if (!fix || fix.edits.some((e) => edits.some((o) => overlaps(o, e)))) continue;
      edits.push(...fix.edits);
      fixed++;
    }
    service.forget(file);
    if (edits.length === 0) break;
    previous = text;
    text = applyEdits(text, edits);
  }
  if (text === original) return { text, fixed: 0 };
  const error = writeAtomically(file, original, text);
  return error ? { text: original, fixed: 0, error } : { text, fixed };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return comparePositions(a.range.start, b.range.end) <= 0 && comparePositions(b.range.start, a.range.end) <= 0;
}

function writeAtomically(file: string, expected: string, text: string): string | undefined {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.seed-fix-${process.pid}`);
  try {
    const mode = fs.statSync(file).mode;
    fs.writeFileSync(tmp, text, { mode });
    if (fs.readFileSync(file, 'utf8') !== expected) {
      fs.rmSync(tmp, { force: true });
      return 'changed on disk while being fixed; left as it was';
    }
    fs.renameSync(tmp, file);
    return undefined;
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    return `could not write the fixes (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
  }
}
