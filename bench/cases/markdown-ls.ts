// Anchor: VS Code's Markdown language service (vscode-markdown-languageservice) on the same bytes:
// document symbols + folding ranges, with a markdown-it parser behind its IMdParser and a minimal
// in-memory workspace. Like VS Code's own engine, the parser caches tokens per uri+version, and the
// workspace fires onDidChangeMarkdownDocument for each new version so the table of contents is rebuilt.
import type * as mdls from 'vscode-markdown-languageservice';
import MarkdownIt from 'markdown-it';
import { CancellationToken, Emitter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { measureAsync, type Plan, type Stats } from '../timing';
import { sink } from './sink';

type MdLs = typeof mdls;

// The package is ESM only; a real dynamic import (tsc would turn `import()` into `require` for commonjs).
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<MdLs>;

export interface MarkdownLs {
  analyse(uri: string, text: string): Promise<{ symbols: number; folding: number }>;
  dispose(): void;
}

export async function createMarkdownLs(): Promise<MarkdownLs> {
  const lib = await importEsm('vscode-markdown-languageservice');
  const md = new MarkdownIt({ html: true });
  let cached: { uri: string; version: number; tokens: mdls.Token[] } | undefined;
  const parser: mdls.IMdParser = {
    slugifier: lib.githubSlugifier,
    async tokenize(doc) {
      if (cached && cached.uri === doc.uri && cached.version === doc.version) return cached.tokens;
      const tokens = md.parse(doc.getText(), {});
      cached = { uri: doc.uri, version: doc.version, tokens };
      return tokens;
    },
  };
  const docs = new Map<string, TextDocument>();
  const changed = new Emitter<mdls.ITextDocument>();
  const created = new Emitter<mdls.ITextDocument>();
  const deleted = new Emitter<URI>();
  const workspace: mdls.IWorkspace = {
    get workspaceFolders() { return [URI.file('/bench')]; },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    getAllMarkdownDocuments: async () => docs.values(),
    hasMarkdownDocument: (resource) => docs.has(resource.toString()),
    openMarkdownDocument: async (resource) => docs.get(resource.toString()),
    stat: async (resource) => (docs.has(resource.toString()) ? { isDirectory: false } : undefined),
    readDirectory: async () => [],
  };
  const logger: mdls.ILogger = { level: lib.LogLevel.Off, log() { /* quiet */ } };
  const service = lib.createLanguageService({ workspace, parser, logger });
  let version = 0;
  return {
    async analyse(uri, text) {
      const doc = TextDocument.create(uri, 'markdown', ++version, text);
      const isNew = !docs.has(uri);
      docs.set(uri, doc);
      if (isNew) created.fire(doc);
      else changed.fire(doc);
      const symbols = await service.getDocumentSymbols(doc, {}, CancellationToken.None);
      const folding = await service.getFoldingRanges(doc, CancellationToken.None);
      return { symbols: symbols.length, folding: folding.length };
    },
    dispose() {
      service.dispose();
      cached = undefined;
    },
  };
}

export interface MarkdownLsResult { readonly time: Stats; readonly symbols: number; readonly folding: number }

export async function markdownLs(name: string, text: string, plan: Plan): Promise<MarkdownLsResult> {
  const ls = await createMarkdownLs();
  const uri = URI.file(`/bench/${name}.md`).toString();
  let counts = { symbols: 0, folding: 0 };
  const time = await measureAsync(async () => {
    counts = await ls.analyse(uri, text);
    sink(counts.symbols + counts.folding);
  }, plan);
  ls.dispose();
  return { time, ...counts };
}
