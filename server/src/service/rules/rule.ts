// What a rule sees and how it reports. A rule reads the model (and its lazy views), never the text.
import type { Diagnostic, DiagnosticRelatedInformation, TextEdit } from 'vscode-languageserver-types';
import type { SeedModel } from '../model';
import type { Range } from '../text';
import type { Code } from './codes';

/** A quick fix computed with the diagnostic: the edits make the reported problem go away. */
export interface Fix {
  readonly title: string;
  readonly edits: TextEdit[];
  readonly preferred?: boolean;
}

export interface SeedDiagnostic extends Diagnostic {
  code: Code;
  /** not sent to clients; kept by the service for code actions */
  fixes?: Fix[];
}

export interface Related { readonly range: Range; readonly message: string }

export interface RuleContext {
  readonly model: SeedModel;
  readonly uri: string;
  /** today's date, YYYY-MM-DD, from the host */
  readonly today: string;
  /** what the site's config decides about the meta */
  readonly site: SiteRules;
  report(code: Code, range: Range, message: string, extra?: { related?: Related[]; fixes?: Fix[] }): void;
}

export interface SiteRules {
  /** the marker's brand the site uses (`alphanode`); any brand when undefined */
  readonly brand?: string;
  /** fields that must be present; the schema's required fields when undefined */
  readonly requiredFields?: readonly string[];
  /** enum values by label (`difficulty`, `revision status`, `entities type`) */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
}

export interface Rule {
  readonly name: string;
  run(ctx: RuleContext): void;
}

export function related(uri: string, r: Related): DiagnosticRelatedInformation {
  return { location: { uri, range: r.range }, message: r.message };
}
