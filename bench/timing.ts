// Timing and formatting: warm-up, then repeated samples with a high-resolution clock; medians, p95, max.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Milliseconds from the monotonic nanosecond clock. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly min: number;
  /** main-thread CPU time per call (mean, so GC pauses count), when measured: unlike wall time, not inflated by other load */
  readonly cpuMean?: number;
  /** minor page faults per call (mean, whole process): fresh memory the call's allocations touched first */
  readonly faultsMean?: number;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function stats(samples: readonly number[], cpuMean?: number, faultsMean?: number): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const base = { n: s.length, median: median(s), p95: at(0.95), max: s[s.length - 1] ?? NaN, min: s[0] ?? NaN };
  return { ...base, ...(cpuMean === undefined ? {} : { cpuMean }), ...(faultsMean === undefined ? {} : { faultsMean }) };
}

/** This process's minor page faults so far (Linux /proc/self/stat), or NaN elsewhere. */
export function minorFaults(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'latin1');
    // fields after the parenthesised command name: state is the 3rd field, minflt the 10th
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return NaN;
  }
}

/**
 * What one minor fault costs here, in µs: writing one byte per 4 KB page of a fresh 16 MB buffer.
 * On bare metal this is well under a microsecond; in some virtual machines it is tens of microseconds,
 * and then every fresh page an analysis touches weighs on its time (the probe says which this is).
 */
export function faultCostUs(): number {
  const f0 = minorFaults();
  const c0 = threadCpuMs();
  const b = new Uint8Array(16 * MB);
  for (let i = 0; i < b.length; i += 4096) b[i] = 1;
  const faults = minorFaults() - f0;
  return faults > 0 ? ((threadCpuMs() - c0) * 1000) / faults : NaN;
}

let schedstat: boolean | undefined;
/**
 * CPU time a thread spent running, in ms: Linux schedstat (ns resolution) of `pid`'s main thread, or of
 * the calling thread; elsewhere this process's CPU (all threads).
 */
export function threadCpuMs(pid?: number): number {
  if (schedstat !== false) {
    try {
      const file = pid === undefined ? '/proc/thread-self/schedstat' : `/proc/${pid}/task/${pid}/schedstat`;
      const ns = Number(fs.readFileSync(file, 'latin1').split(' ')[0]);
      schedstat = true;
      return ns / 1e6;
    } catch {
      if (schedstat === undefined) schedstat = false;
      else return NaN; // the process is gone
    }
  }
  if (pid !== undefined) return NaN;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Plan {
  readonly warmup: number;
  readonly iterations: number;
  /** stop early once this much time went into samples (after at least 3) */
  readonly budgetMs?: number;
}

/** Iterations adapted to the input size: many for kilobytes, few for ten megabytes. */
export function planFor(bytes: number): Plan {
  if (bytes < 64 * 1024) return { warmup: 100, iterations: 400, budgetMs: 3000 };
  if (bytes < 4 * 1024 * 1024) return { warmup: 3, iterations: 15, budgetMs: 6000 };
  return { warmup: 1, iterations: 5, budgetMs: 15000 };
}

/**
 * The kernel accounts a running thread's CPU time at scheduler ticks, so CPU is read over windows of at
 * least this much wall time: the samples' window, or for quick operations an extra untimed-for-wall batch.
 */
const CPU_WINDOW_MS = 300;

/** Wall time per sample; main-thread CPU per call (mean) over a window long enough to be accounted. */
export function measure(fn: (i: number) => unknown, plan: Plan): Stats {
  for (let i = 0; i < plan.warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  let spent = 0;
  const f0 = minorFaults();
  const c0 = threadCpuMs();
  const w0 = now();
  for (let i = 0; i < plan.iterations; i++) {
    const t0 = now();
    fn(i);
    const ms = now() - t0;
    samples.push(ms);
    spent += ms;
    if (plan.budgetMs !== undefined && spent > plan.budgetMs && samples.length >= 3) break;
  }
  let cpu = (threadCpuMs() - c0) / samples.length;
  const faults = (minorFaults() - f0) / samples.length;
  if (now() - w0 < CPU_WINDOW_MS) {
    let k = 0;
    const c1 = threadCpuMs();
    const w1 = now();
    while (now() - w1 < CPU_WINDOW_MS) fn(k++);
    cpu = (threadCpuMs() - c1) / k;
  }
  return stats(samples, cpu, faults);
}

export async function measureAsync(fn: (i: number) => Promise<unknown>, plan: Plan): Promise<Stats> {
  for (let i = 0; i < plan.warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  let spent = 0;
  const f0 = minorFaults();
  const c0 = threadCpuMs();
  const w0 = now();
  for (let i = 0; i < plan.iterations; i++) {
    const t0 = now();
    await fn(i);
    const ms = now() - t0;
    samples.push(ms);
    spent += ms;
    if (plan.budgetMs !== undefined && spent > plan.budgetMs && samples.length >= 3) break;
  }
  let cpu = (threadCpuMs() - c0) / samples.length;
  const faults = (minorFaults() - f0) / samples.length;
  if (now() - w0 < CPU_WINDOW_MS) {
    let k = 0;
    const c1 = threadCpuMs();
    const w1 = now();
    while (now() - w1 < CPU_WINDOW_MS) await fn(k++);
    cpu = (threadCpuMs() - c1) / k;
  }
  return stats(samples, cpu, faults);
}

let gcFn: (() => void) | undefined;
/** A full garbage collection (the flag is set at run time: `npm run bench` passes no node flags). */
export function gc(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

/**
 * Heap that `build` keeps alive: heapUsed after a GC with `copies` results held, minus heapUsed before,
 * per copy (several copies make small inputs measurable).
 */
export function retainedHeap<T>(build: (copy: number) => T, copies = 1): { bytes: number; value: T } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held: T[] = [];
  for (let i = 0; i < copies; i++) held.push(build(i));
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / copies;
  return { bytes: Math.max(0, Math.round(bytes)), value: held[0] as T };
}

/** How many copies make the retained heap of an input of `bytes` measurable. */
export function copiesFor(bytes: number): number {
  return bytes < 64 * 1024 ? 200 : 1;
}

export const MB = 1024 * 1024;

export function mbps(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 0.1) return `${ms.toFixed(4)} ms`;
  if (ms < 10) return `${ms.toFixed(3)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function fmtRate(bytes: number, ms: number): string {
  const r = mbps(bytes, ms);
  return `${r >= 100 ? r.toFixed(0) : r.toFixed(1)} MB/s`;
}

export function fmtBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Plain-text table with left-aligned first column and right-aligned others. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
