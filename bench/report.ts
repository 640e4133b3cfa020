// Printing: the side-by-side tables, the goals computed from the same run (by wall time, and by CPU
// time, which other load on a shared machine does not inflate), and a compact markdown table for notes.
import type { AnalysisResult } from './cases/seed-analysis';
import type { CommandResult } from './cases/cli';
import type { LspResult } from './cases/lsp';
import type { MarkdownItResult } from './cases/markdown-it';
import type { MarkdownLsResult } from './cases/markdown-ls';
import type { SplitResult } from './cases/split-lines';
import type { ZodFloor } from './cases/zod-floor';
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
  /** the zod schema's checks alone on this article's meta (measured at 5 KB) */
  readonly zodFloor?: ZodFloor;
}

export interface CliResult { readonly files: number; readonly bytes: number; readonly seedCheck: CommandResult; readonly markdownlint: CommandResult }

export interface Verdict { readonly measured: string; readonly met: boolean }
export interface Goal { readonly name: string; readonly target: string; readonly wall: Verdict; readonly cpu: Verdict }

const cell = (bytes: number, s: Stats) => `${fmtMs(s.median)} (${fmtRate(bytes, s.median)})`;
const cpuCell = (bytes: number, s: Stats) => `${fmtMs(s.cpuMean ?? NaN)} (${fmtRate(bytes, s.cpuMean ?? NaN)})`;
const cpu = (s: Stats) => s.cpuMean ?? NaN;
const times = (x: number) => (Number.isFinite(x) ? `${x >= 100 ? x.toFixed(0) : x.toFixed(1)}×` : 'n/a');
const spread = (s: Stats) => `${fmtMs(s.min)}/${fmtMs(s.p95)}/${fmtMs(s.max)}`;

function analysisRows(sizes: readonly SizeResult[], c: (bytes: number, s: Stats) => string, v: (s: Stats) => number): string[][] {
  return sizes.map((s) => [
    `${s.label} (${fmtBytes(s.bytes)})`, c(s.bytes, s.ours.time), c(s.bytes, s.split.lf), c(s.bytes, s.split.regex),
    c(s.bytes, s.markdownIt.time), s.markdownLs ? c(s.bytes, s.markdownLs.time) : 'skipped',
    times(v(s.ours.time) / v(s.split.lf)), s.markdownLs ? times(v(s.markdownLs.time) / v(s.ours.time)) : 'n/a',
  ]);
}

const ANALYSIS_HEAD = ['input', 'b. ours full analysis', "a. split('\\n')", 'a. split(/\\r?\\n/)', 'c. markdown-it parse', 'd. markdown LS sym+fold', 'ours/split', 'mdLS/ours'];

const faults = (s: Stats) => (s.faultsMean === undefined || !Number.isFinite(s.faultsMean) ? 'n/a' : s.faultsMean.toFixed(0));

export function printAnalysisTable(sizes: readonly SizeResult[], faultUs?: number): void {
  console.log('\n== a–d. one document in-process, same bytes; ours = parse + all diagnostics + document symbols + folding ranges (every rule at every size) ==');
  console.log('   wall-clock median (throughput):');
  console.log(table(ANALYSIS_HEAD, analysisRows(sizes, cell, (s) => s.median)));
  console.log('\n   main-thread CPU per iteration (mean; what the wall time would be on an idle machine, GC on the main thread included):');
  console.log(table(ANALYSIS_HEAD, analysisRows(sizes, cpuCell, cpu)));
  console.log('\n   spread (n, min/p95/max wall), output counts, and heap kept per open document:');
  console.log(table(
    ['input', 'ours n', 'ours min/p95/max', 'diag/sym/fold', 'ours heap kept', 'md-it n', 'md-it min/p95/max', 'md-it tokens', 'md-it heap kept', 'mdLS n', 'mdLS min/p95/max', 'mdLS sym/fold'],
    sizes.map((s) => [
      s.label, String(s.ours.time.n), spread(s.ours.time), `${s.ours.counts.diagnostics}/${s.ours.counts.symbols}/${s.ours.counts.folding}`,
      fmtBytes(s.ours.retainedBytes), String(s.markdownIt.time.n), spread(s.markdownIt.time), String(s.markdownIt.tokens), fmtBytes(s.markdownIt.retainedBytes),
      s.markdownLs ? String(s.markdownLs.time.n) : '-', s.markdownLs ? spread(s.markdownLs.time) : '-',
      s.markdownLs ? `${s.markdownLs.symbols}/${s.markdownLs.folding}` : '-',
    ]),
  ));
  if (faultUs !== undefined && Number.isFinite(faultUs)) {
    console.log(`\n   fresh memory: minor page faults per iteration (each is a 4 KB page touched for the first time; one costs ${faultUs.toFixed(1)} µs of CPU on this machine):`);
    console.log(table(
      ['input', 'ours', "split('\\n')", 'markdown-it', 'markdown LS', 'ours: share of its CPU'],
      sizes.map((s) => [
        s.label, faults(s.ours.time), faults(s.split.lf), faults(s.markdownIt.time), s.markdownLs ? faults(s.markdownLs.time) : '-',
        `${Math.round((100 * (s.ours.time.faultsMean ?? NaN) * faultUs) / 1000 / cpu(s.ours.time))}%`,
      ]),
    ));
  }
  for (const s of sizes) {
    if (!s.zodFloor || !s.markdownLs) continue;
    const z = cpu(s.zodFloor.time);
    const budget = cpu(s.markdownLs.time) / 10;
    console.log(`   ${s.label}: the zod schema's checks alone (${s.zodFloor.fields} fields, values prebuilt) take ${fmtMs(z)} CPU; `
      + `"≥ 10× faster than the markdown LS" leaves ${fmtMs(budget)} for parse, every rule, symbols and folding together `
      + `(${z > budget ? 'less than the zod checks alone' : 'more than the zod checks alone'})`);
  }
  for (const s of sizes) {
    if (!s.oursDefault) continue;
    const d = s.oursDefault.time;
    console.log(`   ${s.label} with the shipped default settings (reduced=${s.oursDefault.counts.reduced}: only syntax rules above 5 MB): `
      + `wall ${cell(s.bytes, d)} = ${times(d.median / s.split.lf.median)} split; CPU ${fmtMs(cpu(d))} = ${times(cpu(d) / cpu(s.split.lf))} split`);
  }
}

export function printLsp(r: LspResult): void {
  console.log('\n== e. LSP server over stdio (node dist/server/main.js --stdio): wall = client-measured round trip; CPU = the server main thread\'s CPU meanwhile ==');
  console.log(table(
    ['document', 'didOpen→diags', 'diags', 'edits n', 'edit→diags wall median', 'p95', 'max', 'server CPU median', 'p95', 'max', 'diags after edits'],
    r.docs.map((d) => [
      `${d.name} (${fmtBytes(d.bytes)})`, fmtMs(d.openMs), String(d.openDiagnostics), String(d.edits.n),
      fmtMs(d.edits.median), fmtMs(d.edits.p95), fmtMs(d.edits.max), fmtMs(d.editsCpu.median), fmtMs(d.editsCpu.p95), fmtMs(d.editsCpu.max),
      String(d.editDiagnostics),
    ]),
  ));
  console.log('\n   requests: warm = model cached; after edit = sent right behind a didChange (may pay the parse)');
  console.log(table(
    ['document', 'request', 'response', 'warm wall median', 'p95', 'max', 'CPU max', 'after-edit wall median', 'max', 'CPU max'],
    r.docs.flatMap((d) => d.requests.map((q) => [
      d.name, q.label, fmtBytes(q.bytes), fmtMs(q.warm.median), fmtMs(q.warm.p95), fmtMs(q.warm.max), fmtMs(q.warmCpu.max),
      fmtMs(q.afterEdit.median), fmtMs(q.afterEdit.max), fmtMs(q.afterEditCpu.max),
    ])),
  ));
  const n = r.docs[0]?.requests[0];
  if (n) console.log(`   (${n.warm.n} warm and ${n.afterEdit.n} after-edit samples per request, after one warm-up)`);
  console.log(`   server memory at the end: RSS ${r.serverRssMb.toFixed(0)} MB, peak RSS ${r.serverPeakRssMb.toFixed(0)} MB`);
}

export function printCli(c: CliResult): void {
  console.log(`\n== f. CLI over a folder of ${c.files} generated articles (${(c.bytes / MB).toFixed(1)} MB), cwd = the folder; a warm-up run first unless a run takes > 10 s ==`);
  console.log(table(
    ['command', 'runs', 'wall median', 'min', 'max', 'files/s', 'CPU median (all threads)', 'exit codes', 'findings', 'its summary'],
    [c.seedCheck, c.markdownlint].map((x) => [
      x.command, String(x.time.n), fmtMs(x.time.median), fmtMs(x.time.min), fmtMs(x.time.max), (c.files / (x.time.median / 1000)).toFixed(0),
      fmtMs(x.cpu.median), x.exitCodes.join(','), String(x.findings), x.summary,
    ]),
  ));
  if (c.seedCheck.findings > 0 || c.seedCheck.exitCodes.some((e) => e !== 0)) {
    console.log('   WARNING: seed-check reported problems on the generated folder (cross-file rules, or service false positives): see bench/.corpus/seed-check.out.txt');
  }
}

export function largestRequest(r: LspResult, by: 'wall' | 'cpu'): { ms: number; where: string } {
  let best = { ms: -1, where: '' };
  for (const d of r.docs) {
    for (const q of d.requests) {
      const [warm, after] = by === 'wall' ? [q.warm.max, q.afterEdit.max] : [q.warmCpu.max, q.afterEditCpu.max];
      if (warm > best.ms) best = { ms: warm, where: `${q.label}, ${d.name}, warm` };
      if (after > best.ms) best = { ms: after, where: `${q.label}, ${d.name}, after edit` };
    }
  }
  return best;
}

export function computeGoals(sizes: readonly SizeResult[], lsp: LspResult | undefined, cli: CliResult | undefined): Goal[] {
  const goals: Goal[] = [];
  const ten = sizes.find((s) => s.label === '10 MB');
  if (ten) {
    const ratio = (v: (s: Stats) => number): Verdict => {
      const x = v(ten.ours.time) / v(ten.split.lf);
      return { met: x < 5, measured: `${times(x)} (${fmtMs(v(ten.ours.time))} vs ${fmtMs(v(ten.split.lf))})` };
    };
    goals.push({ name: '10 MB fully analysed in < 5× split lines', target: '< 5×', wall: ratio((s) => s.median), cpu: ratio(cpu) });
  }
  const withLs = sizes.filter((s) => s.markdownLs);
  if (withLs.length) {
    const ratio = (v: (s: Stats) => number): Verdict => {
      const xs = withLs.map((s) => ({ s, x: v((s.markdownLs as MarkdownLsResult).time) / v(s.ours.time) }));
      return { met: xs.every((r) => r.x >= 10), measured: xs.map((r) => `${r.s.label} ${times(r.x)}`).join(', ') };
    };
    goals.push({ name: '≥ 10× faster than the markdown LS, every size', target: '≥ 10×', wall: ratio((s) => s.median), cpu: ratio(cpu) });
  }
  const oneMb = lsp?.docs.find((d) => d.name.includes('1mb'));
  if (oneMb) {
    const v = (s: Stats): Verdict => ({ met: s.p95 < 20, measured: `p95 ${fmtMs(s.p95)} (median ${fmtMs(s.median)}, max ${fmtMs(s.max)})` });
    goals.push({ name: 'edit→diagnostics < 20 ms on 1 MB (p95)', target: '< 20 ms', wall: v(oneMb.edits), cpu: v(oneMb.editsCpu) });
  }
  if (lsp) {
    const v = (by: 'wall' | 'cpu'): Verdict => {
      const big = largestRequest(lsp, by);
      return { met: big.ms < 200, measured: `${fmtMs(big.ms)} (${big.where})` };
    };
    goals.push({ name: 'largest request latency < 200 ms', target: '< 200 ms', wall: v('wall'), cpu: v('cpu') });
  }
  if (cli) {
    const v = (a: number, b: number): Verdict => ({ met: b / a > 1, measured: `${fmtMs(a)} vs ${fmtMs(b)} (${times(b / a)})` });
    goals.push({ name: 'CLI faster than markdownlint-cli2', target: '> 1×',
      wall: v(cli.seedCheck.time.median, cli.markdownlint.time.median), cpu: v(cli.seedCheck.cpu.median, cli.markdownlint.cpu.median) });
  }
  return goals;
}

const status = (v: Verdict) => (v.met ? 'MET' : 'FAILED');

export function printGoals(goals: readonly Goal[]): void {
  console.log('\n== goals (computed from this run; "CPU" = main-thread CPU in-process and in the server, child CPU for the CLI) ==');
  console.log(table(['goal', 'target', 'by wall time', 'status', 'by CPU time', 'status'],
    goals.map((g) => [g.name, g.target, g.wall.measured, status(g.wall), g.cpu.measured, status(g.cpu)])));
}

/** The compact markdown table for notes. */
export function printCompact(sizes: readonly SizeResult[], lsp: LspResult | undefined, cli: CliResult | undefined, goals: readonly Goal[], header: string): void {
  const md = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const both = (s: Stats) => `${fmtMs(s.median)} / ${fmtMs(cpu(s))}`;
  const out: string[] = ['', '== compact table (markdown) ==', '', `_${header}; times are wall median / CPU_`, ''];
  out.push(md(['input', 'ours full', "split('\\n')", 'markdown-it', 'markdown LS', 'ours/split', 'mdLS/ours']), md(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const s of sizes) {
    out.push(md([
      s.label, both(s.ours.time), both(s.split.lf), both(s.markdownIt.time), s.markdownLs ? both(s.markdownLs.time) : '-',
      `${times(s.ours.time.median / s.split.lf.median)} / ${times(cpu(s.ours.time) / cpu(s.split.lf))}`,
      s.markdownLs ? `${times(s.markdownLs.time.median / s.ours.time.median)} / ${times(cpu(s.markdownLs.time) / cpu(s.ours.time))}` : '-',
    ]));
  }
  if (lsp) {
    out.push('', md(['LSP (wall / server CPU)', 'median', 'p95', 'max']), md(['---', '---:', '---:', '---:']));
    for (const d of lsp.docs) {
      out.push(md([`edit→diagnostics ${d.name}`, `${fmtMs(d.edits.median)} / ${fmtMs(d.editsCpu.median)}`,
        `${fmtMs(d.edits.p95)} / ${fmtMs(d.editsCpu.p95)}`, `${fmtMs(d.edits.max)} / ${fmtMs(d.editsCpu.max)}`]));
    }
    const w = largestRequest(lsp, 'wall');
    const c = largestRequest(lsp, 'cpu');
    out.push(md([`largest request (wall: ${w.where}; CPU: ${c.where})`, '', '', `${fmtMs(w.ms)} / ${fmtMs(c.ms)}`]));
  }
  if (cli) {
    out.push('', md([`CLI, ${cli.files} files`, 'wall median', 'min', 'max', 'CPU median']), md(['---', '---:', '---:', '---:', '---:']));
    for (const x of [cli.seedCheck, cli.markdownlint]) out.push(md([x.label, fmtMs(x.time.median), fmtMs(x.time.min), fmtMs(x.time.max), fmtMs(x.cpu.median)]));
  }
  out.push('', md(['goal', 'by wall time', 'by CPU time']), md(['---', '---', '---']));
  const mark = (v: Verdict) => `${v.measured} ${v.met ? 'met' : '**failed**'}`;
  for (const g of goals) out.push(md([g.name, mark(g.wall), mark(g.cpu)]));
  console.log(out.join('\n'));
}
