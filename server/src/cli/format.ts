// seed-check's output formats: text like tsc/eslint, JSON, and SARIF 2.1.0 for code scanning.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { CODES, isCode } from '../service/rules/codes';

export interface FileResult { readonly file: string; readonly diagnostics: readonly Diagnostic[]; readonly skipped?: string }

const NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;
export const severityName = (d: Diagnostic) => NAMES[d.severity ?? 1] ?? 'error';

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d)} ${String(d.code)} ${d.message}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results.map((r) => ({
    file: r.file,
    ...(r.skipped ? { skipped: r.skipped } : {}),
    diagnostics: r.diagnostics.map((d) => ({
      line: d.range.start.line + 1, column: d.range.start.character + 1,
      endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      severity: severityName(d), code: d.code, message: d.message,
      // the file each related place is in: a cross-file rule's is another article
      ...(d.relatedInformation ? { related: d.relatedInformation.map((ri) => ({ file: ri.location.uri, line: ri.location.range.start.line + 1, column: ri.location.range.start.character + 1, message: ri.message })) } : {}),
    })),
  })), null, 2)}\n`;
}

/** A SARIF artifact URI: a relative reference with each segment percent-encoded (`#` would start a fragment), or a file: URI for an absolute path. */
function sarifUri(file: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file; // already a URI
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

const region = (r: Range) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: readonly FileResult[], version: string): string {
  const used = new Set<string>();
  for (const r of results) for (const d of r.diagnostics) used.add(String(d.code));
  const rules = [...used].sort().map((id) => ({
    id, shortDescription: { text: isCode(id) ? CODES[id].about : id },
    defaultConfiguration: { level: isCode(id) ? SARIF_LEVEL[CODES[id].severity] : 'warning' },
  }));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'seed-check', version, informationUri: 'https://example.invalid/seed', rules } },
      results: results.flatMap((r) => r.diagnostics.map((d) => ({
        ruleId: String(d.code), level: SARIF_LEVEL[severityName(d)], message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(r.file) }, region: region(d.range) } }],
        ...(d.relatedInformation?.length ? {
          relatedLocations: d.relatedInformation.map((ri, id) => ({
            id, message: { text: ri.message }, physicalLocation: { artifactLocation: { uri: sarifUri(ri.location.uri) }, region: region(ri.location.range) },
          })),
        } : {}),
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
