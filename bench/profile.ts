// Where our service's time goes on a big article: `node out/bench/profile.js [file] [--iterations=N]`.
// 1. times each stage in-process (parse, diagnostics, symbols, folding);
// 2. re-runs the full analysis in a child under `node --cpu-prof` and sums self time per function and
//    per file from the .cpuprofile. Default input: bench/.corpus/article-10mb.seed.txt (generated if absent).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../server/src/service/index';
import { TODAY } from './cases/seed-analysis';
import { bigArticle } from './generate';
import { fmtMs, measure, MB, table } from './timing';

const ROOT = path.resolve(__dirname, '..', '..');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function fullAnalysis(text: string, iterations: number): void {
  const service = createLanguageService({ today: () => TODAY });
  service.configure({ maxFullCheckSize: Number.POSITIVE_INFINITY });
  for (let v = 1; v <= iterations; v++) {
    const doc = { uri: 'file:///bench/profile', version: v, getText: () => text };
    service.computeDiagnostics(doc);
    service.getDocumentSymbols(doc);
    service.getFoldingRanges(doc);
  }
}

function stages(text: string): void {
  const service = createLanguageService({ today: () => TODAY });
  service.configure({ maxFullCheckSize: Number.POSITIVE_INFINITY });
  let version = 0;
  const small = text.length < 64 * 1024;
  const plan = small ? { warmup: 50, iterations: 300 } : { warmup: 1, iterations: 5 };
  const doc = () => ({ uri: 'file:///bench/stages', version: ++version, getText: () => text });
  const parse = measure(() => service.getModel(doc()), plan);
  // each later stage on a parsed model: parse first (untimed), then time the stage alone
  const timed = (fn: (d: ReturnType<typeof doc>) => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < (small ? 301 : 6); i++) {
      const d = doc();
      service.getModel(d);
      const t0 = performance.now();
      fn(d);
      if (i > 0) samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b)[samples.length >> 1] ?? NaN;
  };
  const diagnostics = timed((d) => service.computeDiagnostics(d));
  const symbols = timed((d) => service.getDocumentSymbols(d));
  const folding = timed((d) => service.getFoldingRanges(d));
  const split = measure(() => text.split('\n'), plan);
  console.log(table(['stage (median)', 'time'], [
    ['parse (getModel)', fmtMs(parse.median)], ['all diagnostics on a parsed model', fmtMs(diagnostics)],
    ['document symbols', fmtMs(symbols)], ['folding ranges', fmtMs(folding)], ["anchor: split('\\n')", fmtMs(split.median)],
  ]));
}

/** Which part of the process a frame belongs to, so start-up and the file read do not blur the picture. */
function bucket(url: string, fn: string): string {
  if (url.includes('/out/server/')) return 'our service';
  if (url.includes('/node_modules/zod/')) return 'zod (schema rule)';
  if (fn === '(garbage collector)') return 'garbage collector';
  return 'harness: node start-up, module loading, reading the file';
}

function summarize(file: string, top: number): void {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Frames under module loading are start-up (zod builds its schemas then), not analysis.
  const loading = new Map<number, boolean>();
  const underLoading = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = loading.get(id);
    if (known !== undefined) return known;
    const cf = byId.get(id)?.callFrame;
    const v = cf?.functionName === 'Module._compile' || underLoading(parent.get(id));
    loading.set(id, v);
    return v;
  };
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  const buckets = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  for (const [id, us] of selfUs) {
    const cf = byId.get(id)?.callFrame;
    if (!cf) continue;
    const url = cf.url.replace(/^file:\/\//, '');
    const b = underLoading(id) ? 'harness: node start-up, module loading, reading the file' : bucket(url, cf.functionName);
    add(buckets, b, us);
    if (b.startsWith('harness')) continue;
    const rel = url ? path.relative(ROOT, url) : '';
    add(fns, `${cf.functionName || '(anonymous)'}${rel ? `  ${rel}:${cf.lineNumber + 1}` : ''}`, us);
    add(files, rel || cf.functionName, us);
  }
  const total = [...buckets.values()].reduce((a, b) => a + b, 0);
  const analysed = total - [...buckets].filter(([k]) => k.startsWith('harness')).reduce((a, [, us]) => a + us, 0);
  const rows = (m: Map<string, number>, of: number, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, us]) => [k, fmtMs(us / 1000), `${((us / of) * 100).toFixed(1)}%`]);
  console.log(`\nsampled ${fmtMs(total / 1000)} in total:`);
  console.log(table(['part', 'self', 'share'], rows(buckets, total, 10)));
  console.log(`\nself time by function, analysis only (top ${top}; share of ${fmtMs(analysed / 1000)}; inlined callees count in their caller):`);
  console.log(table(['function  file:line (compiled js)', 'self', 'share'], rows(fns, analysed, top)));
  console.log('\nself time by file, analysis only:');
  console.log(table(['file', 'self', 'share'], rows(files, analysed, 12)));
}

function main(): void {
  const args = process.argv.slice(2);
  const iterations = Number(args.find((a) => a.startsWith('--iterations='))?.slice(13) ?? '10');
  if (args[0] === '--target') {
    // Out of the module's top level, so the summary can tell start-up (under Module._compile) from analysis.
    setImmediate(() => fullAnalysis(fs.readFileSync(args[1] as string, 'utf8'), iterations));
    return;
  }
  const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'bench/.corpus/article-10mb.seed.txt'));
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bigArticle(10 * MB).text);
  }
  const text = fs.readFileSync(file, 'utf8');
  console.log(`profiling the full analysis of ${path.relative(ROOT, file)} (${(Buffer.byteLength(text) / MB).toFixed(1)} MB)\n`);
  stages(text);
  const dir = path.join(ROOT, 'bench/.corpus/profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250', __filename, '--target', file, `--iterations=${iterations}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`profiled run failed (${r.status})`);
  const prof = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!prof) throw new Error('no .cpuprofile written');
  console.log(`\nprofile: ${path.relative(ROOT, path.join(dir, prof))} (${iterations} full analyses; open it in Chrome DevTools or VS Code)`);
  summarize(path.join(dir, prof), 25);
}

main();
