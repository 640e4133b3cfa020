// Runs the rules over a model and applies the severity settings.
import type { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SeedModel } from '../model';
import { CODES, type Code, type SeveritySetting } from '../rules/codes';
import { RULES } from '../rules/index';
import { rangesOverlap } from '../text';
import { claimedByIndentedField } from '../rules/stray-line';
import { BODY_SLIPS, countsChangedBySlips } from '../rules/body-slips/index';
import { INVISIBLE, offered, related, type Fix, type Rule, type RuleContext, type SeedDiagnostic, type SiteRules } from '../rules/rule';

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** The setting for a code, or its default when the setting is none of the known levels (a host passed it unchecked). */
function severityOf(severities: Readonly<Record<string, SeveritySetting>>, code: Code): SeveritySetting {
  const s = severities[code];
  return s === 'off' || (s !== undefined && Object.prototype.hasOwnProperty.call(LSP_SEVERITY, s)) ? s : CODES[code].severity;
}

/** Applies the severity settings to diagnostics made elsewhere (the cross-file rules). */
export function withSeverity(ds: readonly SeedDiagnostic[], severities: Readonly<Record<string, SeveritySetting>> = {}): SeedDiagnostic[] {
  const out: SeedDiagnostic[] = [];
  for (const d of ds) {
    const sev = severityOf(severities, d.code);
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
      const sev = severityOf(severities, code);
      if (sev === 'off') return;
      const d: SeedDiagnostic = { range, message, code, source: 'seed', severity: LSP_SEVERITY[sev] };
      if (extra?.related?.length) d.relatedInformation = extra.related.map((r) => related(uri, r));
      // a fix that would write an invisible character (copied from a value that holds one) is no sure answer
      if (extra?.fixes?.length) d.fixes = extra.fixes.map((f) => (f.preferred && f.edits.some((e) => INVISIBLE.test(e.newText)) ? offered(f) : f));
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
  return withoutEchoes(model, out);
}

/** The rules that compare the meta with the body's paragraphs, checklist and images. */
const BODY_COUNTS = new Set(['meta.checklist-mismatch', 'meta.paragraphs-mismatch', 'meta.images-mismatch']);

/**
 * One mistake, one diagnostic: a consistency warning on a value that already breaks its own rule (an
 * empty first `stack` item, a `topic` with no ` / `) says the same again, and the body's counts mean
 * nothing while the body cannot be read as written (an unclosed fence, no title, a slip such as a
 * glued bullet): that diagnostic comes first. The warning's fixes are not lost: what the body or the outline says is the value's right answer,
 * so they go first in the error's fixes (the error's own guesses stay, not preferred).
 */
function withoutEchoes(model: SeedModel, ds: SeedDiagnostic[]): SeedDiagnostic[] {
  const invalid = ds.filter((d) => d.code === 'meta.invalid-value');
  const unreadableBody = model.problems.length > 0;
  // a slip in the body (a glued bullet, a heading with a colon) changes some of its counts: those wait for it
  const slipped = countsChangedBySlips(model, ds.filter((d) => BODY_SLIPS.has(d.code)).map((d) => d.range.start.line));
  const claimed = claimedByIndentedField(model);
  if (!invalid.length && !unreadableBody && !slipped.size && !claimed.size) return ds;
  return ds.filter((d) => {
    // the items an indented field line takes back once moved: its diagnostic speaks for them
    if (claimed.has(d.range.start.line) && d.code !== 'meta.stray-line') return false;
    if (!d.code.endsWith('-mismatch')) return true;
    if ((unreadableBody && BODY_COUNTS.has(d.code)) || slipped.has(d.code)) return false;
    const error = invalid.find((i) => rangesOverlap(i.range, d.range));
    if (!error) return true;
    // only an answer that mends this value can be the error's preferred fix (mending the outline, say, is not)
    const here = (f: Fix) => f.edits.every((e) => rangesOverlap(e.range, error.range));
    const answers = (d.fixes ?? []).map((f) => (here(f) ? f : offered(f)));
    if (answers.some((f) => f.preferred)) {
      const titles = new Set(answers.map((f) => f.title));
      error.fixes = [...answers, ...(error.fixes ?? []).filter((f) => !titles.has(f.title)).map(offered)];
    }
    if (d.relatedInformation && !error.relatedInformation) error.relatedInformation = d.relatedInformation;
    return false;
  });
}
