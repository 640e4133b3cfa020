// Which files seed-check reads: named files always; in folders, `*.seed`, `*.seed.txt` and `.txt`
// files that look like articles; globs with `*`, `**` and `?`.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ALWAYS_SKIPPED, globToRegExp } from '../glob';

const SKIP_DIRS = new Set([...ALWAYS_SKIPPED, 'out', 'dist']);

export interface Input { readonly file: string; readonly explicit: boolean }

export function isSeedName(name: string): boolean {
  return name.endsWith('.seed') || name.endsWith('.seed.txt');
}

function walk(dir: string, out: Input[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out);
    } else if (e.isFile() && (isSeedName(e.name) || e.name.endsWith('.txt'))) {
      out.push({ file: p, explicit: false });
    }
  }
}

/** Expands the arguments; returns the inputs and the arguments that matched nothing. */
export function collectInputs(args: readonly string[]): { inputs: Input[]; missing: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const base = arg.slice(0, arg.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(path.normalize(arg).split(path.sep).join('/'));
      const found: Input[] = [];
      walk(base, found);
      const matched = found.filter((f) => re.test(path.normalize(f.file).split(path.sep).join('/')));
      if (matched.length === 0) missing.push(arg);
      inputs.push(...matched.map((m) => ({ file: m.file, explicit: true })));
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) walk(arg, inputs);
    else inputs.push({ file: arg, explicit: true });
  }
  return { inputs, missing };
}
