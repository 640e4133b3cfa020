// The language service facade: pure functions over documents, no editor, no connection, no file system.
// The server, the seed-check CLI and the tests all go through this.
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, SemanticTokens, SymbolInformation, TextEdit } from 'vscode-languageserver-types';
import { insertMetaEdits, getCodeActions, strip, type CodeActionRequest } from './features/code-actions';
import { getCompletions } from './features/completion';
import { computeDiagnostics, withSeverity } from './features/diagnostics';
import { getWorkspaceSymbols } from './features/workspace-symbols';
import { crossFileDiagnostics } from './workspace/cross-file';
import type { WorkspaceIndex } from './workspace/index-store';
import { summarize, type ArticleSummary } from './workspace/summary';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getPreviewModel, type PreviewArticle } from './features/preview-model';
import { getSemanticTokens } from './features/semantic-tokens';
import { getDocumentSymbols } from './features/symbols';
import { getSyncMetaEdits } from './features/sync-meta';
import { workspaceValues, type WorkspaceValues } from './features/workspace-values';
import type { SeedModel } from './model';
import { readBeforeHeading } from './parser/classify';
import { parse } from './parser/parse';
import { sortFieldsFix } from './rules/field-order';
import { SYNTAX_RULES } from './rules/index';
import type { SeveritySetting } from './rules/codes';
import type { SeedDiagnostic } from './rules/rule';
import { scaffoldArticle, type ScaffoldAnswers, type ScaffoldResult } from './scaffold';
import type { SeedDocument } from './text';

export type { SeedDocument } from './text';
export type { SeedModel } from './model';
export type { SeedDiagnostic } from './rules/rule';
export { CODES, type Code, type SeveritySetting } from './rules/codes';
export { FIELDS, FIELD_NAMES } from './schema/catalog';
export { SEMANTIC_LEGEND } from './features/semantic-tokens';
export { checkFileName, slugify, TITLE_SHAPES, type ArticleStyle, type ScaffoldAnswers, type ScaffoldResult, type TitleShape } from './scaffold';
export type { WorkspaceValues } from './features/workspace-values';
export { WorkspaceIndex, uriKey } from './workspace/index-store';
export { summarize, type ArticleSummary } from './workspace/summary';
export { parseConfig, configJsonSchema, CONFIG_FILE, type SeedConfig } from './config/config';
export { looksLikeSeed } from './detect';
export { withoutSnippets } from './features/snippet-text';

export interface SeedSettings {
  /** severity per diagnostic code, or 'off' */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
  readonly extraHeadings?: readonly string[];
  readonly detectHeadingShape?: boolean;
  /** above this many characters only structure is checked (outline and folding stay); default 5 MB */
  readonly maxFullCheckSize?: number;
  /** the site's marker brand; any brand when undefined */
  readonly brand?: string;
  /** fields a post meta block must have; the schema's required fields when undefined */
  readonly requiredFields?: readonly string[];
  /** enum values by label: `difficulty`, `revision status`, `entities type` */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
}

export interface LanguageServiceOptions {
  /** today's date as YYYY-MM-DD; the service reads no clock of its own */
  readonly today?: () => string;
  /** the workspace index: enables cross-file rules, workspace symbols and corpus completions */
  readonly index?: WorkspaceIndex;
  /** a short name for a uri, for messages (default: the last path segment) */
  readonly fileName?: (uri: string) => string;
}

/** Settings from seed.config.json, with the user's settings on top. */
export function mergeSettings(config: SeedSettings, user: SeedSettings): SeedSettings {
  const out: Record<string, unknown> = { ...config };
  for (const [k, v] of Object.entries(user)) if (v !== undefined) out[k] = v;
  out.severity = { ...(config.severity ?? {}), ...(user.severity ?? {}) };
  out.extraHeadings = [...(config.extraHeadings ?? []), ...(user.extraHeadings ?? [])];
  return out as SeedSettings;
}

export interface SeedLanguageService {
  configure(settings: SeedSettings): void;
  getModel(doc: SeedDocument): SeedModel;
  computeDiagnostics(doc: SeedDocument): Diagnostic[];
  /** diagnostics with their quick fixes attached (for the CLI's --fix) */
  computeDiagnosticsWithFixes(doc: SeedDocument): readonly SeedDiagnostic[];
  getDocumentSymbols(doc: SeedDocument): DocumentSymbol[];
  getFoldingRanges(doc: SeedDocument): FoldingRange[];
  getCompletions(doc: SeedDocument, position: Position): CompletionList;
  getHover(doc: SeedDocument, position: Position): Hover | null;
  /** quick fixes and "insert post meta block"; each edit names `doc.version` (documentChanges) */
  getCodeActions(doc: SeedDocument, request: Omit<CodeActionRequest, 'uri' | 'version'>): CodeAction[];
  /** the edits that insert a prefilled post meta block, or none when the article has one */
  getInsertMetaEdits(doc: SeedDocument): TextEdit[];
  /** the edits that sort the meta fields into canonical order */
  getSortFieldsEdits(doc: SeedDocument): TextEdit[];
  /** the article as the site renders it, with each meta field's status, for the preview */
  getPreviewModel(doc: SeedDocument): PreviewArticle;
  /** the edits that set the meta fields derived from the body (paragraphs, checklist, has images, image sources) */
  getSyncMetaEdits(doc: SeedDocument): TextEdit[];
  /** a new article from the writer's answers; `random` is uniform in [0, 1) and comes from the host */
  scaffoldArticle(answers: ScaffoldAnswers, random: () => number): ScaffoldResult;
  /** the stacks, tools, code languages, scenarios and difficulties these article texts use, most frequent first */
  valuesFromTexts(texts: readonly string[]): WorkspaceValues;
  /** semantic tokens for what the grammar cannot decide (see SEMANTIC_LEGEND) */
  getSemanticTokens(doc: SeedDocument): SemanticTokens;
  /** whether the document is over the size limit (then only structure is checked) */
  isReduced(doc: SeedDocument): boolean;
  /** the document's summary for the workspace index */
  summarize(doc: SeedDocument): ArticleSummary;
  /** articles and their sections whose title, topic or heading matches the query */
  getWorkspaceSymbols(query: string): SymbolInformation[];
  /** the cross-file diagnostics of an indexed article (for the CLI, which indexes everything first) */
  getCrossFileDiagnostics(summary: ArticleSummary): Diagnostic[];
  forget(uri: string): void;
}

interface Entry {
  version: number;
  /** the whole text, joined on first use (a row-backed document never needs it to be parsed) */
  text(): string;
  model: SeedModel;
  diagnostics?: SeedDiagnostic[];
  cross?: { indexVersion: number; diagnostics: SeedDiagnostic[] };
  symbols?: DocumentSymbol[];
  /** the previous version's model while this version's outline is not made yet */
  previous?: SeedModel | undefined;
  folding?: FoldingRange[];
  semantic?: { from: readonly SeedDiagnostic[]; tokens: SemanticTokens };
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function createLanguageService(options: LanguageServiceOptions = {}): SeedLanguageService {
  const today = options.today ?? localToday;
  const index = options.index;
  const fileName = options.fileName ?? ((uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
  let settings: SeedSettings = {};
  const cache = new Map<string, Entry>();

  const parseOptions = () => ({ extraHeadings: settings.extraHeadings ?? [], detectHeadingShape: settings.detectHeadingShape ?? true });

  // Parse once per document version; every feature reads the same model.
  function entry(doc: SeedDocument): Entry {
    const e = cache.get(doc.uri);
    if (e && e.version === doc.version) return e;
    const table = doc.lineTable?.();
    let text = table ? undefined : doc.getText();
    const model = parse(table ?? (text as string), parseOptions());
    const fresh: Entry = { version: doc.version, text: () => (text ??= doc.getText()), model };
    // the outline of the version before can lend its unchanged sections (kept until the outline is made)
    if (e?.symbols) fresh.previous = e.model;
    cache.set(doc.uri, fresh);
    return fresh;
  }

  const reduced = (e: Entry) => e.model.lines.textLength > (settings.maxFullCheckSize ?? 5 * 1024 * 1024);

  const site = () => ({
    ...(settings.brand ? { brand: settings.brand } : {}),
    ...(settings.requiredFields ? { requiredFields: settings.requiredFields } : {}),
    ...(settings.allowedValues ? { allowedValues: settings.allowedValues } : {}),
    ...(settings.extraHeadings?.length ? { headings: settings.extraHeadings } : {}),
  });

  function diagnostics(doc: SeedDocument): SeedDiagnostic[] {
    const e = entry(doc);
    e.diagnostics ??= computeDiagnostics(e.model, doc.uri, today(), settings.severity, reduced(e) ? SYNTAX_RULES : undefined, site())
      .sort(byPosition);
    if (!index || reduced(e) || e.model.binary) return e.diagnostics;
    // cross-file results change when other files do: recomputed when the index moved on
    if (!e.cross || e.cross.indexVersion !== index.version) {
      e.cross = { indexVersion: index.version, diagnostics: withSeverity(crossFileDiagnostics(summarize(doc.uri, e.model), index, fileName), settings.severity) };
    }
    return e.cross.diagnostics.length ? [...e.diagnostics, ...e.cross.diagnostics].sort(byPosition) : e.diagnostics;
  }

  return {
    configure(s) {
      // a line the parser reads as something else first (a fence, a list item) can never head a section
      const headings = s.extraHeadings?.filter((h) => readBeforeHeading(h.trim()) === undefined);
      settings = headings ? { ...s, extraHeadings: headings } : s;
      cache.clear();
    },
    getModel: (doc) => entry(doc).model,
    computeDiagnostics: (doc) => diagnostics(doc).map(strip),
    computeDiagnosticsWithFixes: diagnostics,
    // kept per version: the outline of a big article is asked for again on every cursor move
    getDocumentSymbols: (doc) => {
      const e = entry(doc);
      if (!e.symbols) {
        e.symbols = getDocumentSymbols(e.model, e.previous);
        e.previous = undefined;
      }
      return e.symbols;
    },
    getFoldingRanges: (doc) => { const e = entry(doc); return (e.folding ??= getFoldingRanges(e.model)); },
    getCompletions: (doc, pos) => getCompletions(entry(doc).model, pos, {
      today: today(), headings: settings.extraHeadings ?? [], allowedValues: settings.allowedValues ?? {},
      ...(index ? { corpus: (field) => index.values(field) } : {}),
    }),
    getHover: (doc, pos) => getHover(entry(doc).model, pos, today()),
    getCodeActions(doc, req) {
      const e = entry(doc);
      // e was parsed from exactly doc.version (entry() reparses on any other version)
      return getCodeActions(e.model, diagnostics(doc), { ...req, uri: doc.uri, version: doc.version }, e.text, today(), site());
    },
    getInsertMetaEdits(doc) {
      const e = entry(doc);
      return insertMetaEdits(e.model, e.text, today(), site());
    },
    getSortFieldsEdits: (doc) => sortFieldsFix(entry(doc).model).edits,
    getPreviewModel(doc) {
      const e = entry(doc);
      return getPreviewModel(e.model, doc.uri, doc.version, diagnostics(doc));
    },
    getSyncMetaEdits(doc) {
      const e = entry(doc);
      return getSyncMetaEdits(e.model, doc.uri, today());
    },
    // the site's brand and difficulties (seed.config.json) apply to new articles too
    scaffoldArticle: (answers, random) => scaffoldArticle({ ...(settings.brand ? { brand: settings.brand } : {}), ...answers },
      { today: today(), random, parseOptions: parseOptions(), ...(settings.allowedValues?.difficulty ? { difficulties: settings.allowedValues.difficulty } : {}) }),
    valuesFromTexts: (texts) => workspaceValues(texts.map((t) => parse(t, parseOptions())), settings.allowedValues?.difficulty),
    getSemanticTokens(doc) {
      const e = entry(doc);
      const ds = diagnostics(doc);
      // kept while the diagnostics they mark are the same array (per version, and per index version)
      if (e.semantic?.from !== ds) e.semantic = { from: ds, tokens: getSemanticTokens(e.model, ds) };
      return e.semantic.tokens;
    },
    isReduced: (doc) => reduced(entry(doc)),
    summarize: (doc) => summarize(doc.uri, entry(doc).model),
    getWorkspaceSymbols: (query) => (index ? getWorkspaceSymbols(index, query) : []),
    getCrossFileDiagnostics: (summary) => (index ? withSeverity(crossFileDiagnostics(summary, index, fileName), settings.severity).map(strip) : []),
    forget(uri) { cache.delete(uri); },
  };
}
