// Which files seed-check reads: named files always; in folders, `*.seed`, `*.seed.txt` and `.txt`
// files that look like articles; globs with `*`, `**` and `?`. The folders the workspace index skips
// (node_modules, .git, …) are skipped here too, so the editor and CI see the same articles.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ALWAYS_SKIPPED, globToRegExp } from '../glob';
import { STDIN_NAME } from './stdin';

export interface Input {
  readonly file: string;
  /** checked whatever it holds: named on the command line or matched by a glob */
  readonly explicit: boolean;
  /** named on the command line itself (config excludes do not apply to it) */
  readonly named: boolean;
  /** `-`: read from standard input; `file` is the name it is reported under */
  readonly stdin?: boolean;
}

export function isSeedName(name: string): boolean {
  return name.endsWith('.seed') || name.endsWith('.seed.txt');
}

interface Walk { readonly out: Input[]; readonly unreadable: string[]; readonly seen: Set<string> }

function walk(dir: string, w: Walk): void {
  let entries: fs.Dirent[];
  try {
    // a folder reached twice (a link to a folder already searched, or a loop) is searched once
    const real = fs.realpathSync(dir);
    if (w.seen.has(real)) return;
    w.seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    w.unreadable.push(`${dir}: cannot read this folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    let dirent: { isDirectory(): boolean; isFile(): boolean } = e;
    if (e.isSymbolicLink()) {
      try { dirent = fs.statSync(p); } catch { continue; } // a dangling link is no article
    }
    if (dirent.isDirectory()) {
      if (!ALWAYS_SKIPPED.has(e.name)) walk(p, w);
    } else if (dirent.isFile() && (isSeedName(e.name) || e.name.endsWith('.txt'))) {
      w.out.push({ file: p, explicit: false, named: false });
    }
  }
}

/**
 * Expands the arguments (`-` is standard input, reported as `stdinName`); returns the inputs (each file once, however many arguments reach it), the
 * arguments that matched nothing, and the folders and files that could not be read.
 */
export function collectInputs(args: readonly string[], stdinName = STDIN_NAME): { inputs: Input[]; missing: string[]; unreadable: string[] } {
  const w: Walk = { out: [], unreadable: [], seen: new Set() };
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      w.out.push({ file: stdinName, explicit: true, named: true, stdin: true });
      continue;
    }
    if (/[*?]/.test(arg)) {
      const base = arg.slice(0, arg.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(path.normalize(arg).split(path.sep).join('/'));
      const found: Walk = { out: [], unreadable: w.unreadable, seen: new Set() };
      walk(base, found);
      const matched = found.out.filter((f) => re.test(path.normalize(f.file).split(path.sep).join('/')));
      if (matched.length === 0 && found.unreadable.length === w.unreadable.length) missing.push(arg);
      w.out.push(...matched.map((m) => ({ file: m.file, explicit: true, named: false })));
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) walk(arg, w);
    else if (st.isFile()) w.out.push({ file: arg, explicit: true, named: true });
    else w.unreadable.push(`${arg}: not a regular file`); // a FIFO or a device would block or never end
  }
  return { inputs: dedupe(w.out), missing, unreadable: w.unreadable };
}

/**
 * Each file once, by its real path: the first argument that reached it names it (a named file wins).
 * Standard input named after a file stands for that file (an editor's buffer, newer than the disk).
 */
function dedupe(inputs: readonly Input[]): Input[] {
  const byReal = new Map<string, number>();
  const out: Input[] = [];
  for (const i of inputs) {
    const real = i.stdin && i.file === STDIN_NAME ? '\0stdin' : realPath(i.file); // no file of the default name is meant
    const at = byReal.get(real);
    if (at === undefined) { byReal.set(real, out.length); out.push(i); continue; }
    const kept = out[at] as Input;
    if (kept.stdin) continue;
    if (i.stdin || (i.named && !kept.named)) out[at] = i;
    else if (i.explicit && !kept.explicit) out[at] = { ...kept, explicit: true };
  }
  return out;
}

function realPath(file: string): string {
  try { return fs.realpathSync(file); } catch { return path.resolve(file); }
}
