// Whole-folder checks as CI runs them: `seed-check <folder>` against markdownlint-cli2 with its default
// rules on the same files, each a fresh process, timed hyperfine-style (a warm-up run, then N runs;
// a command slower than 10 s skips the warm-up and stops after two runs once 100 s are spent).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { smallArticle } from '../generate';
import { now, stats, type Stats } from '../timing';

export interface Folder { readonly dir: string; readonly files: number; readonly bytes: number }

/** Writes K small articles (the same bytes every run) and markdownlint-cli2's config into `dir`. */
export function writeFolder(dir: string, k: number, check: (name: string, text: string) => void): Folder {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < k; i++) {
    const { name, article } = smallArticle(i);
    fs.writeFileSync(path.join(dir, name), article.text);
    bytes += article.bytes;
    check(name, article.text);
  }
  // Default rules only; markdownlint-cli2 reads this from the working directory.
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
  return { dir, files: k, bytes };
}

export interface CommandResult {
  readonly label: string;
  readonly command: string;
  readonly time: Stats;
  /** user + system CPU of the child (from /proc/self/stat cutime+cstime, 10 ms resolution) */
  readonly cpu: Stats;
  readonly exitCodes: number[];
  /** lines of output of the last run that look like `file:line…` findings */
  readonly findings: number;
  readonly summary: string;
}

/** CPU time of waited-for children so far (Linux): robust to other load on a shared machine, unlike wall time. */
function childCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime in 1/100 s
  } catch {
    return NaN;
  }
}

function timeCommand(label: string, display: string, args: readonly string[], cwd: string, runs: number, outDir: string): CommandResult {
  const samples: number[] = [];
  const cpu: number[] = [];
  const exitCodes: number[] = [];
  const outFile = path.join(outDir, `${label}.out.txt`);
  let spent = 0;
  let warmUp = true;
  while (samples.length < runs) {
    const fd = fs.openSync(outFile, 'w');
    const c0 = childCpuMs();
    const t0 = now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', fd, fd] });
    const ms = now() - t0;
    const c = childCpuMs() - c0;
    fs.closeSync(fd);
    if (r.error) throw r.error;
    // A first run of more than 10 s needs no warm-up (the files are in the page cache already): it counts.
    if (!warmUp || ms > 10_000) { samples.push(ms); cpu.push(c); exitCodes.push(r.status ?? -1); spent += ms; }
    warmUp = false;
    // Slow commands: two samples are enough to keep the bench within a few minutes.
    if (samples.length >= 2 && spent > 100_000) break;
  }
  const out = fs.readFileSync(outFile, 'utf8').split('\n');
  const findings = out.filter((l) => /^\S+:\d+(:\d+)? /.test(l)).length;
  const summary = out.filter((l) => /checked|Summary:/.test(l)).join(' ').trim();
  return { label, command: display, time: stats(samples), cpu: stats(cpu), exitCodes, findings, summary };
}

export function cliCase(root: string, folder: Folder, runs: number): { seedCheck: CommandResult; markdownlint: CommandResult } {
  const outDir = path.dirname(folder.dir);
  // Both run with the folder as working directory; markdownlint-cli2's bin is run with node directly
  // (what `npx markdownlint-cli2` ends up running, without npx's own start-up).
  const seedCheck = timeCommand('seed-check', 'node dist/cli/seed-check.js .',
    [path.join(root, 'dist/cli/seed-check.js'), '.'], folder.dir, runs, outDir);
  const markdownlint = timeCommand('markdownlint-cli2', 'node node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs "**/*.txt"',
    [path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.txt'], folder.dir, runs, outDir);
  return { seedCheck, markdownlint };
}
