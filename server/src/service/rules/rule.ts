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
  report(code: Code, range: Range, message: string, extra?: { related?: readonly Related[]; fixes?: Fix[] }): void;
}

export interface SiteRules {
  /** the marker's brand the site uses (`alphanode`); any brand when undefined */
  readonly brand?: string;
  /** fields that must be present; the schema's required fields when undefined */
  readonly requiredFields?: readonly string[];
  /** enum values by label (`difficulty`, `revision status`, `entities type`) */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
  /** headings the site adds to the vocabulary */
  readonly headings?: readonly string[];
}

export interface Rule {
  readonly name: string;
  run(ctx: RuleContext): void;
}

/** Characters that look like a space, or like nothing, and so make two values that read the same differ. */
export const INVISIBLE = /[\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * For a message that says two values differ: a note naming the invisible character one of them holds
 * (a no-break space reads like a space), or ''.
 */
export function invisibleNote(...values: readonly string[]): string {
  for (const v of values) {
    const m = INVISIBLE.exec(v);
    if (!m) continue;
    const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const name = code === '00A0' || code === '202F' ? 'a no-break space' : code === '200B' ? 'a zero-width space' : 'an invisible character';
    return ` (\`${v.length > 40 ? `${v.slice(0, 39)}…` : v}\` holds ${name}, U+${code}, at character ${m.index + 1})`;
  }
  return '';
}

/** The same fix, offered but not preferred. */
export function offered(f: Fix): Fix {
  return { title: f.title, edits: f.edits };
}

export function related(uri: string, r: Related): DiagnosticRelatedInformation {
  return { location: { uri, range: r.range }, message: r.message };
}
