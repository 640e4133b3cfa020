// Printing: the side-by-side tables, the goals computed from the same run, and a compact markdown
// table to paste into notes.
import type { AnalysisResult } from './cases/seed-analysis';
import type { CommandResult } from './cases/cli';
import type { LspResult } from './cases/lsp';
import type { MarkdownItResult } from './cases/markdown-it';
import type { MarkdownLsResult } from './cases/markdown-ls';
import type { SplitResult } from './cases/split-lines';
import { fmtBytes, fmtMs, fmtRate, table, MB, type Stats } from './timing';

export interface SizeResult {
  readonly label: string;
  readonly bytes: number;
  readonly split: SplitResult;
  readonly ours: AnalysisResult;
  /** the shipped default settings, when they differ (only syntax rules above 5 MB) */
  readonly oursDefault?: AnalysisResult;
  readonly markdownIt: MarkdownItResult;
  readonly markdownLs?: MarkdownLsResult;
}

export interface CliResult { readonly files: number; readonly bytes: number; readonly seedCheck: CommandResult; readonly markdownlint: CommandResult }

export interface Goal { readonly name: string; readonly measured: string; readonly target: string; readonly met: boolean | undefined }

const cell = (bytes: number, s: Stats) => `${fmtMs(s.median)} (${fmtRate(bytes, s.median)})`;
const times = (x: number) => (Number.isFinite(x) ? `${x >= 100 ? x.toFixed(0) : x.toFixed(1)}×` : 'n/a');

export function printAnalysisTable(sizes: readonly SizeResult[]): void {
  console.log('\n== a–d. one document in-process: median time (throughput) on the same bytes ==');
  console.log('   ours = parse + all diagnostics + document symbols + folding ranges (every rule at every size)');
  console.log(table(
    ['input', 'b. ours full analysis', "a. split('\\n')", 'a. split(/\\r?\\n/)', 'c. markdown-it parse', 'd. markdown LS sym+fold', 'ours/split', 'mdLS/ours'],
    sizes.map((s) => [
      `${s.label} (${fmtBytes(s.bytes)})`, cell(s.bytes, s.ours.time), cell(s.bytes, s.split.lf), cell(s.bytes, s.split.regex),
      cell(s.bytes, s.markdownIt.time), s.markdownLs ? cell(s.bytes, s.markdownLs.time) : 'skipped',
      times(s.ours.time.median / s.split.lf.median), s.markdownLs ? times(s.markdownLs.time.median / s.ours.time.median) : 'n/a',
    ]),
  ));
  console.log('\n   spread (n samples, min/p95/max wall; median process CPU), output, and heap kept per document:');
  console.log(table(
    ['input', 'ours n', 'ours min/p95/max', 'ours CPU', 'diag/sym/fold', 'ours heap kept', 'md-it CPU', 'md-it tokens', 'md-it heap kept', 'mdLS n', 'mdLS min/p95/max', 'mdLS CPU', 'mdLS sym/fold'],
    sizes.map((s) => [
      s.label, String(s.ours.time.n), `${fmtMs(s.ours.time.min)}/${fmtMs(s.ours.time.p95)}/${fmtMs(s.ours.time.max)}`, fmtMs(s.ours.time.cpuMedian ?? NaN),
      `${s.ours.counts.diagnostics}/${s.ours.counts.symbols}/${s.ours.counts.folding}`, fmtBytes(s.ours.retainedBytes),
      fmtMs(s.markdownIt.time.cpuMedian ?? NaN), String(s.markdownIt.tokens), fmtBytes(s.markdownIt.retainedBytes),
      s.markdownLs ? String(s.markdownLs.time.n) : '-',
      s.markdownLs ? `${fmtMs(s.markdownLs.time.min)}/${fmtMs(s.markdownLs.time.p95)}/${fmtMs(s.markdownLs.time.max)}` : '-',
      s.markdownLs ? fmtMs(s.markdownLs.time.cpuMedian ?? NaN) : '-',
      s.markdownLs ? `${s.markdownLs.symbols}/${s.markdownLs.folding}` : '-',
    ]),
  ));
  for (const s of sizes) {
    if (!s.oursDefault) continue;
    console.log(`   ${s.label} with the shipped default settings (reduced=${s.oursDefault.counts.reduced}: only syntax rules above 5 MB): `
      + `${cell(s.bytes, s.oursDefault.time)}, ${times(s.oursDefault.time.median / s.split.lf.median)} split('\\n')`);
  }
}

export function printLsp(r: LspResult): void {
  console.log('\n== e. LSP server over stdio (node dist/server/main.js --stdio) ==');
  console.log(table(
    ['document', 'didOpen→diagnostics', 'diags', 'edits n', 'edit→diagnostics median', 'p95', 'max', 'diags after edits'],
    r.docs.map((d) => [
      `${d.name} (${fmtBytes(d.bytes)})`, fmtMs(d.openMs), String(d.openDiagnostics), String(d.edits.n),
      fmtMs(d.edits.median), fmtMs(d.edits.p95), fmtMs(d.edits.max), String(d.editDiagnostics),
    ]),
  ));
  console.log('\n   request round trips (client-measured: an upper bound of server time); "after edit" = sent right after a didChange');
  console.log(table(
    ['document', 'request', 'response', 'warm n', 'warm median', 'warm p95', 'warm max', 'after-edit n', 'after-edit median', 'after-edit max'],
    r.docs.flatMap((d) => d.requests.map((q) => [
      d.name, q.label, fmtBytes(q.bytes), String(q.warm.n), fmtMs(q.warm.median), fmtMs(q.warm.p95), fmtMs(q.warm.max),
      String(q.afterEdit.n), fmtMs(q.afterEdit.median), fmtMs(q.afterEdit.max),
    ])),
  ));
  console.log(`   server memory at the end: RSS ${r.serverRssMb.toFixed(0)} MB, peak RSS ${r.serverPeakRssMb.toFixed(0)} MB`);
}

export function printCli(c: CliResult): void {
  console.log(`\n== f. CLI over a folder of ${c.files} generated articles (${(c.bytes / MB).toFixed(1)} MB), cwd = the folder; a warm-up run first unless a run takes > 10 s ==`);
  console.log(table(
    ['command', 'runs', 'wall median', 'min', 'max', 'files/s', 'CPU median', 'exit codes', 'findings', 'its summary'],
    [c.seedCheck, c.markdownlint].map((x) => [
      x.command, String(x.time.n), fmtMs(x.time.median), fmtMs(x.time.min), fmtMs(x.time.max), (c.files / (x.time.median / 1000)).toFixed(0),
      fmtMs(x.cpu.median), x.exitCodes.join(','), String(x.findings), x.summary,
    ]),
  ));
}

export function largestRequest(r: LspResult): { ms: number; where: string } {
  let best = { ms: -1, where: '' };
  for (const d of r.docs) {
    for (const q of d.requests) {
      if (q.warm.max > best.ms) best = { ms: q.warm.max, where: `${q.label} on ${d.name}, warm` };
      if (q.afterEdit.max > best.ms) best = { ms: q.afterEdit.max, where: `${q.label} on ${d.name}, after an edit` };
    }
  }
  return best;
}

export function computeGoals(sizes: readonly SizeResult[], lsp: LspResult | undefined, cli: CliResult | undefined): Goal[] {
  const goals: Goal[] = [];
  const ten = sizes.find((s) => s.label === '10 MB');
  if (ten) {
    const x = ten.ours.time.median / ten.split.lf.median;
    goals.push({ name: '10 MB fully analysed < 5× split lines', target: '< 5×', met: x < 5,
      measured: `${times(x)} (${fmtMs(ten.ours.time.median)} vs split('\\n') ${fmtMs(ten.split.lf.median)})` });
  }
  const withLs = sizes.filter((s) => s.markdownLs);
  if (withLs.length) {
    const ratios = withLs.map((s) => ({ s, x: (s.markdownLs as MarkdownLsResult).time.median / s.ours.time.median }));
    const worst = ratios.reduce((a, b) => (b.x < a.x ? b : a));
    goals.push({ name: '≥ 10× faster than the markdown LS (every size)', target: '≥ 10×', met: worst.x >= 10,
      measured: ratios.map((r) => `${r.s.label} ${times(r.x)}`).join(', ') });
  }
  const oneMb = lsp?.docs.find((d) => d.name.includes('1mb'));
  if (oneMb) {
    goals.push({ name: 'edit→diagnostics < 20 ms on 1 MB (p95)', target: '< 20 ms', met: oneMb.edits.p95 < 20,
      measured: `median ${fmtMs(oneMb.edits.median)}, p95 ${fmtMs(oneMb.edits.p95)}, max ${fmtMs(oneMb.edits.max)}` });
  }
  if (lsp) {
    const big = largestRequest(lsp);
    goals.push({ name: 'largest request latency < 200 ms', target: '< 200 ms', met: big.ms < 200, measured: `${fmtMs(big.ms)} (${big.where})` });
  }
  if (cli) {
    const x = cli.markdownlint.time.median / cli.seedCheck.time.median;
    goals.push({ name: 'CLI faster than markdownlint-cli2', target: '> 1×', met: x > 1,
      measured: `${fmtMs(cli.seedCheck.time.median)} vs ${fmtMs(cli.markdownlint.time.median)} wall (${times(x)}); CPU ${fmtMs(cli.seedCheck.cpu.median)} vs ${fmtMs(cli.markdownlint.cpu.median)}` });
  }
  return goals;
}

export function printGoals(goals: readonly Goal[]): void {
  console.log('\n== goals (computed from this run) ==');
  console.log(table(['goal', 'target', 'measured', 'status'], goals.map((g) => [g.name, g.target, g.measured, g.met === undefined ? 'n/a' : g.met ? 'MET' : 'FAILED'])));
}

/** The compact markdown table for notes. */
export function printCompact(sizes: readonly SizeResult[], lsp: LspResult | undefined, cli: CliResult | undefined, goals: readonly Goal[], header: string): void {
  const md = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out: string[] = ['', '== compact table (markdown) ==', '', `_${header}_`, ''];
  out.push(md(['input', 'ours full', "split('\\n')", 'markdown-it', 'markdown LS', 'ours/split', 'mdLS/ours']), md(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const s of sizes) {
    out.push(md([
      s.label, cell(s.bytes, s.ours.time), cell(s.bytes, s.split.lf), cell(s.bytes, s.markdownIt.time),
      s.markdownLs ? cell(s.bytes, s.markdownLs.time) : '-', times(s.ours.time.median / s.split.lf.median),
      s.markdownLs ? times(s.markdownLs.time.median / s.ours.time.median) : '-',
    ]));
  }
  if (lsp) {
    out.push('', md(['LSP', 'median', 'p95', 'max']), md(['---', '---:', '---:', '---:']));
    for (const d of lsp.docs) out.push(md([`edit→diagnostics ${d.name}`, fmtMs(d.edits.median), fmtMs(d.edits.p95), fmtMs(d.edits.max)]));
    const big = largestRequest(lsp);
    out.push(md([`largest request (${big.where})`, '', '', fmtMs(big.ms)]));
  }
  if (cli) {
    out.push('', md([`CLI, ${cli.files} files`, 'wall median', 'min', 'max', 'CPU median']), md(['---', '---:', '---:', '---:', '---:']));
    for (const x of [cli.seedCheck, cli.markdownlint]) out.push(md([x.label, fmtMs(x.time.median), fmtMs(x.time.min), fmtMs(x.time.max), fmtMs(x.cpu.median)]));
  }
  out.push('', md(['goal', 'measured', 'status']), md(['---', '---', '---']));
  for (const g of goals) out.push(md([g.name, g.measured, g.met === undefined ? 'n/a' : g.met ? 'met' : '**failed**']));
  console.log(out.join('\n'));
}
