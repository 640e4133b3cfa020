// `npm run bench`: generates the corpora, checks they are valid, then runs every case side by side on
// the same bytes and prints the goals. Options: --k=<files> (default 10000), --cli-runs=<n> (3),
// --edits=<n> (50), --skip=mdls,lsp,cli,10mb.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliCase, writeFolder } from './cases/cli';
import { indexCase } from './cases/index';
import { lspCase, type LspResult } from './cases/lsp';
import { markdownItParse } from './cases/markdown-it';
import { markdownLs } from './cases/markdown-ls';
import { seedAnalysis } from './cases/seed-analysis';
import { sinkValue } from './cases/sink';
import { splitLines } from './cases/split-lines';
import { zodFloor } from './cases/zod-floor';
import { bigArticle, typicalArticle, variants, type Article } from './generate';
import {
  computeGoals, printAnalysisTable, printCli, printCompact, printGoals, printLsp, type CliResult, type SizeResult,
} from './report';
import { faultCostUs, fmtBytes, fmtMs, now, planFor, MB } from './timing';
import { createVerifier, printVerify } from './verify';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'bench', '.corpus');

function option(name: string, fallback: string): string {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
}

async function main(): Promise<void> {
  const k = Number(option('k', '10000'));
  const cliRuns = Number(option('cli-runs', '3'));
  const edits = Number(option('edits', '50'));
  const skip = new Set(option('skip', '').split(',').filter(Boolean));
  const started = now();
  const cpu = os.cpus();
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const header = `node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${new Date().toISOString().slice(0, 16)}, load ${load()}`;
  console.log(`Seed bench — ${header}`);
  console.log('(wall-clock medians: other processes on this machine show up in them; the load average is printed at start and end)');
  fs.mkdirSync(CORPUS, { recursive: true });

  // Corpora --------------------------------------------------------------------------------------
  let t0 = now();
  const inputs: { label: string; file: string; article: Article }[] = [
    { label: '5 KB', file: 'article-5kb.seed.txt', article: typicalArticle() },
    { label: '1 MB', file: 'article-1mb.seed.txt', article: bigArticle(MB) },
  ];
  if (!skip.has('10mb')) inputs.push({ label: '10 MB', file: 'article-10mb.seed.txt', article: bigArticle(10 * MB) });
  for (const i of inputs) fs.writeFileSync(path.join(CORPUS, i.file), i.article.text);
  console.log(`generated in ${fmtMs(now() - t0)} (written to bench/.corpus/):`);
  for (const i of inputs) {
    const a = i.article;
    console.log(`  ${i.label.padEnd(5)} ${i.file.padEnd(22)} ${fmtBytes(a.bytes).padStart(8)}, ${a.lines} lines, ${a.sections} sections, `
      + `${a.paragraphs} paragraphs, ${a.images} images, ${a.spec.style}${a.spec.meta ? ' + post meta' : ''}`);
  }
  const verifier = createVerifier();
  for (const i of inputs) verifier.check(i.file, i.article.text);
  for (const v of variants()) verifier.check(v.name, v.text);

  let folder: ReturnType<typeof writeFolder> | undefined;
  if (!skip.has('cli')) {
    t0 = now();
    folder = writeFolder(path.join(CORPUS, `folder-${k}`), k, verifier.check);
    console.log(`  folder of ${k} small articles (${(folder.bytes / MB).toFixed(1)} MB) written and checked in ${fmtMs(now() - t0)}`);
  }
  printVerify(verifier.result());

  // a–d: in-process, one document ------------------------------------------------------------------
  const faultUs = faultCostUs();
  const sizes: SizeResult[] = [];
  for (const i of inputs) {
    const text = i.article.text;
    const plan = planFor(i.article.bytes);
    t0 = now();
    const split = splitLines(text, plan);
    const ours = seedAnalysis(i.file, text, plan, true);
    const oursDefault = i.article.bytes > 5 * MB ? seedAnalysis(i.file, text, plan, false) : undefined;
    const markdownIt = markdownItParse(text, plan);
    const mdls = skip.has('mdls') ? undefined : await markdownLs(i.file, text, plan);
    const zod = i.label === '5 KB' ? zodFloor(text, plan) : undefined;
    sizes.push({ label: i.label, bytes: i.article.bytes, split, ours, markdownIt, ...(oursDefault ? { oursDefault } : {}), ...(mdls ? { markdownLs: mdls } : {}), ...(zod ? { zodFloor: zod } : {}) });
    console.log(`  measured ${i.label} in ${fmtMs(now() - t0)}`);
  }
  printAnalysisTable(sizes, faultUs);

  // e: LSP ------------------------------------------------------------------------------------------
  let lsp: LspResult | undefined;
  if (!skip.has('lsp')) {
    const docs = inputs.filter((i) => i.label !== '5 KB').map((i) => ({ name: i.file, text: i.article.text, edits: i.label === '1 MB' ? edits : 10 }));
    lsp = await lspCase(ROOT, docs);
    printLsp(lsp);
  }

  // f: CLI ------------------------------------------------------------------------------------------
  let cli: CliResult | undefined;
  if (folder) {
    const r = cliCase(ROOT, folder, cliRuns);
    cli = { files: folder.files, bytes: folder.bytes, ...r };
    printCli(cli);
  }

  // g: the workspace index over the same folder -------------------------------------------------------
  let indexGoals: string[] = [];
  if (folder) {
    const runs = indexCase(ROOT, folder.dir, 3).sort((a, b) => a.coldMs - b.coldMs);
    const mid = runs[runs.length >> 1] as (typeof runs)[number];
    console.log(`\nworkspace index of ${mid.files} articles (median of ${runs.length} cold starts, each a fresh process):`);
    console.log(`  cold: ${fmtMs(mid.coldMs)} wall, ${fmtMs(mid.coldCpuMs)} CPU; heap ${mid.heapMB.toFixed(1)} MB, RSS ${mid.rssMB.toFixed(1)} MB`);
    console.log(`  update after one file changed: median ${fmtMs(mid.updateMedianMs)}, max ${fmtMs(mid.updateMaxMs)} (20 changes)`);
    indexGoals = [
      `index ${mid.files} articles in < 3 s: ${fmtMs(mid.coldMs)} wall / ${fmtMs(mid.coldCpuMs)} CPU — ${mid.coldMs < 3000 ? 'met' : mid.coldCpuMs < 3000 ? 'met by CPU, not by wall' : 'FAILED'}`,
      `index memory < 300 MB: heap ${mid.heapMB.toFixed(1)} MB, RSS ${mid.rssMB.toFixed(1)} MB — ${mid.rssMB < 300 ? 'met' : 'FAILED'}`,
      `index update after one change < 20 ms: median ${fmtMs(mid.updateMedianMs)} — ${mid.updateMedianMs < 20 ? 'met' : 'FAILED'}`,
    ];
  }

  const goals = computeGoals(sizes, lsp, cli);
  printGoals(goals);
  printCompact(sizes, lsp, cli, goals, header);
  if (indexGoals.length) console.log(`\nworkspace index goals:\n${indexGoals.map((g) => `  ${g}`).join('\n')}`);
  console.log(`\nbench finished in ${fmtMs(now() - started)}, load average now ${load()} (sink ${sinkValue()})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exitCode = 1;
});
