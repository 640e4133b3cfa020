// How many cases the fuzz properties run and from which seed. Deterministic by default so a failure
// in CI reproduces on any machine; FUZZ_SEED and FUZZ_RUNS override (the soak raises FUZZ_RUNS).
import type { Parameters } from 'fast-check';

export const DEFAULT_SEED = 0x5eed2026;
/** cases for a property of weight 1 (about 4,400 cases in all): some 15 s of CPU, 20-40 s on 2 busy cores */
export const DEFAULT_RUNS = 800;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got ${raw}`);
  return n;
}

export const FUZZ_SEED = intFromEnv('FUZZ_SEED') ?? DEFAULT_SEED;
export const FUZZ_RUNS = intFromEnv('FUZZ_RUNS') ?? DEFAULT_RUNS;

let told = false;
/** Prints the seed once per process, so a failing run can be replayed with FUZZ_SEED. */
export function announce(): void {
  if (told) return;
  told = true;
  console.log(`fuzz: seed ${FUZZ_SEED} (FUZZ_SEED=${FUZZ_SEED} replays it), ${FUZZ_RUNS} runs per unit weight (FUZZ_RUNS)`);
}

/** fast-check parameters for a property; `weight` scales the run count for the expensive properties. */
export function params<T>(weight = 1, seed = FUZZ_SEED, runs = FUZZ_RUNS): Parameters<T> {
  announce();
  return { seed, numRuns: Math.max(1, Math.round(runs * weight)), includeErrorInReport: true };
}
