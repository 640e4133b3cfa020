// Runs the rules over a model and applies the severity settings.
import type { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SeedModel } from '../model';
import { CODES, type Code, type SeveritySetting } from '../rules/codes';
import { RULES } from '../rules/index';
import { related, type Rule, type RuleContext, type SeedDiagnostic, type SiteRules } from '../rules/rule';

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Applies the severity settings to diagnostics made elsewhere (the cross-file rules). */
export function withSeverity(ds: readonly SeedDiagnostic[], severities: Readonly<Record<string, SeveritySetting>> = {}): SeedDiagnostic[] {
  const out: SeedDiagnostic[] = [];
  for (const d of ds) {
    const sev = severities[d.code] ?? CODES[d.code].severity;
    if (sev !== 'off') out.push({ ...d, severity: LSP_SEVERITY[sev] });
  }
  return out;
}

export function computeDiagnostics(
  model: SeedModel, uri: string, today: string,
  severities: Readonly<Record<string, SeveritySetting>> = {}, rules: readonly Rule[] = RULES, site: SiteRules = {},
): SeedDiagnostic[] {
  const out: SeedDiagnostic[] = [];
  const ctx: RuleContext = {
    model, uri, today, site,
    report(code: Code, range, message, extra) {
      const sev = severities[code] ?? CODES[code].severity;
      if (sev === 'off') return;
      const d: SeedDiagnostic = { range, message, code, source: 'seed', severity: LSP_SEVERITY[sev] };
      if (extra?.related?.length) d.relatedInformation = extra.related.map((r) => related(uri, r));
      if (extra?.fixes?.length) d.fixes = extra.fixes;
      out.push(d);
    },
  };
  for (const rule of rules) {
    try {
      rule.run(ctx);
    } catch (err) {
      // One broken rule must not take the others down; say so where the user looks.
      out.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code: 'internal.rule-failed', source: 'seed', severity: 3,
        message: `The seed rule \`${rule.name}\` failed on this document (${String(err)}); please report it.` });
    }
  }
  return out;
}
