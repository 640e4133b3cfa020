// The long fuzz run: every property of properties.ts with many more cases, from a fresh random seed
// unless FUZZ_SEED is given, each property capped in time. `npm run fuzz`; FUZZ_RUNS (default 200000
// per unit weight), FUZZ_MINUTES (default 20, shared by the properties by weight), FUZZ_SEED, FUZZ_ONLY.
// Exits 1 on the first failing property, after printing its shrunk counterexample and the seed.
import { ALL } from './properties';

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

const runs = fromEnv('FUZZ_RUNS', 200000);
const minutes = fromEnv('FUZZ_MINUTES', 20);
const seed = process.env.FUZZ_SEED ? fromEnv('FUZZ_SEED', 1) : Date.now() % 2 ** 31;
/** FUZZ_ONLY=fix runs only the properties whose name contains `fix` */
const chosen = ALL.filter((p) => !process.env.FUZZ_ONLY || p.name.includes(process.env.FUZZ_ONLY));
const totalWeight = chosen.reduce((s, p) => s + p.weight, 0);

console.log(`fuzz soak: seed ${seed} (FUZZ_SEED=${seed} replays it), up to ${runs} runs per unit weight, ${minutes} min in all`);
let failed = false;
for (const { name, weight, check } of chosen) {
  const started = Date.now();
  const details = check(seed, Math.max(1, Math.round(runs * weight)), Math.round((minutes * 60000 * weight) / totalWeight));
  const s = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${name} after ${details.numRuns} cases (${s} s)`);
    console.log(details.report);
    break;
  }
  console.log(`ok   ${name}: ${details.numRuns} cases in ${s} s${details.interrupted ? ' (time limit)' : ''}`);
}
process.exitCode = failed ? 1 : 0;
