// Not timed: every generated article must get zero diagnostics from our service. Anything else is a
// generator bug or a service false positive, so it is printed with enough detail to tell which.
import { createLanguageService } from '../server/src/service/index';

export interface VerifyResult {
  readonly articles: number;
  readonly failing: number;
  readonly byCode: Map<string, number>;
  readonly examples: string[];
}

export function createVerifier(): { check(name: string, text: string): void; result(): VerifyResult } {
  const service = createLanguageService({ today: () => '2025-12-31' });
  service.configure({ maxFullCheckSize: Number.POSITIVE_INFINITY });
  let articles = 0;
  let failing = 0;
  const byCode = new Map<string, number>();
  const examples: string[] = [];
  return {
    check(name, text) {
      articles++;
      const uri = `bench:/${name}`;
      const diagnostics = service.computeDiagnostics({ uri, version: 1, getText: () => text });
      service.forget(uri);
      if (diagnostics.length === 0) return;
      failing++;
      for (const d of diagnostics) {
        byCode.set(String(d.code), (byCode.get(String(d.code)) ?? 0) + 1);
        if (examples.length < 8) examples.push(`${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
      }
    },
    result: () => ({ articles, failing, byCode, examples }),
  };
}

export function printVerify(r: VerifyResult): void {
  if (r.failing === 0) {
    console.log(`validity: ${r.articles} generated articles, 0 diagnostics from our service`);
    return;
  }
  console.log(`WARNING validity: ${r.failing} of ${r.articles} generated articles have diagnostics (generator bug or service false positive):`);
  for (const [code, n] of r.byCode) console.log(`  ${code}: ${n}`);
  for (const e of r.examples) console.log(`  e.g. ${e}`);
}
