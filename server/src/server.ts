// Wires LSP to the language service. Each handler finds the document, calls the service, returns;
// a guard logs and answers any exception so one bad request never takes the server down.
import {
  type CancellationToken, type Connection, type InitializeResult, TextDocumentSyncKind, TextDocuments,
  ResponseError, LSPErrorCodes, ErrorCodes, DidChangeWatchedFilesNotification, FileChangeType, type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { INSERT_META_KIND } from './service/features/code-actions';
import { textDocumentEdit } from './service/edits';
import { forClient, supportsDocumentChanges } from './client-edits';
import { createLanguageService, SEMANTIC_LEGEND, uriKey, withoutSnippets, WorkspaceIndex, type SeedSettings } from './service/index';
import {
  InsertMetaEdits, PreviewModelRequest, ScaffoldRequest, SortFieldsEdits, SyncMetaEdits, ValuesFromTexts,
  type DocumentParams, type ScaffoldParams, type ValuesFromTextsParams, type VersionedEditsResult,
} from './protocol';
import { readSettings } from './settings';
import { SettingsAnswers } from './settings-answers';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { LineDocuments } from './line-document';
import { Workspace } from './workspace/workspace';
import type { ProgressReport } from './workspace/indexer';
import { startProgress } from './progress';
import { settlesWithin } from './wait';
import { atPosition, codeActionParams, scaffoldParams, textDocument, textsParams, uriParams, workspaceSymbolParams, type ParamsCheck } from './params';

export const SERVER_NAME = 'seed-language-server';
export const SERVER_VERSION = '0.1.0';
/** How long after `initialize` diagnostics wait for the first settings (`initialized`, then the client's answer to `workspace/configuration`). */
const FIRST_SETTINGS_WAIT_MS = 3000;
/** How long a later workspace/configuration request is waited for before the newest answer that did arrive stands in for it. */
const SETTINGS_ANSWER_WAIT_MS = 3000;
const CLIENT_SETTINGS = "the client's settings";
const EARLIER_CLIENT_SETTINGS = "the client's settings (its answer to an earlier request; the newest went unanswered)";
/** Progress titles: what the server is doing while the editor shows it. */
const INDEXING = 'Indexing seed articles';
const REINDEXING_FOR_CONFIG = 'Re-indexing seed articles: seed.config.json changed';

/** The file-system paths of the `file:` URIs among these (other schemes have no folder to crawl). */
function fsPaths(uris: readonly string[]): string[] {
  return uris.filter((u) => u.startsWith('file:')).map((u) => URI.parse(u).fsPath);
}

/** Uniform in [0, 1) from Web Crypto (Node 20 and browsers both have globalThis.crypto). */
function cryptoRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  if (!c) throw new Error('this runtime has no Web Crypto');
  return (c.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(LineDocuments);
  const index = new WorkspaceIndex();
  const service = createLanguageService({ index });
  // the open document's live text is what the index holds for it
  const scheduler = new DiagnosticsScheduler(connection, documents, service, (doc) => {
    const before = index.version;
    try {
      index.set(service.summarize(doc));
    } catch (err) {
      connection.console.error(`indexing ${doc.uri} failed: ${String(err)}`);
    }
    return index.version !== before;
  });
  const workspace = new Workspace(connection, service, index, {
    // a client may spell an open file's URI otherwise than the indexer does (`(1)` or `%281%29`)
    isOpen: (uri) => documents.get(uri) !== undefined || documents.all().some((d) => uriKey(d.uri) === uriKey(uri)),
    log: (m) => connection.console.log(m),
  });
  let pullConfig = false;
  /** whether the client takes snippets in completions */
  let snippets = false;
  let watchDynamically = false;
  let progressSupported = false;
  let documentChanges = false;
  let foldersChange = false;
  /** when the first diagnostics go out at the latest, settings read or not */
  let firstSettingsDeadline = 0;
  let noInitialized: ReturnType<typeof setTimeout> | undefined;
  // answers to workspace/configuration: the newest request's is applied; an older one may come late
  const settingsAnswers = new SettingsAnswers<SeedSettings>((settings, newest) => {
    workspace.setUserSettings(settings, newest ? CLIENT_SETTINGS : EARLIER_CLIENT_SETTINGS);
    scheduler.all();
  });

  /**
   * Runs a handler on params that pass `check` (others are answered InvalidParams); an exception is
   * logged with the request and answered with `fallback`.
   */
  function guard<P, R>(name: string, fallback: R, check: ParamsCheck, fn: (p: P, token: CancellationToken) => R) {
    return (params: P, token: CancellationToken): R | ResponseError<void> => {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const invalid = check(params);
      if (invalid) return new ResponseError(ErrorCodes.InvalidParams, `${name}: ${invalid}`);
      try {
        return fn(params, token);
      } catch (err) {
        connection.console.error(`${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nparams: ${JSON.stringify(params).slice(0, 500)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params): InitializeResult => {
    pullConfig = !!params.capabilities.workspace?.configuration;
    watchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    progressSupported = !!params.capabilities.window?.workDoneProgress;
    documentChanges = supportsDocumentChanges(params.capabilities);
    snippets = !!params.capabilities.textDocument?.completion?.completionItem?.snippetSupport;
    foldersChange = !!params.capabilities.workspace?.workspaceFolders;
    scheduler.hold(); // until the settings and seed.config.json are read
    // the wait is counted from here: a client that never sends `initialized` gets diagnostics too
    firstSettingsDeadline = Date.now() + FIRST_SETTINGS_WAIT_MS;
    noInitialized = setTimeout(() => {
      connection.console.error(`no \`initialized\` from the client within ${FIRST_SETTINGS_WAIT_MS} ms: checking with ${workspace.describeSettings()}`);
      scheduler.release();
    }, FIRST_SETTINGS_WAIT_MS);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.roots = fsPaths(folders);
    const init = params.initializationOptions as { settings?: SeedSettings } | undefined;
    if (init?.settings) workspace.setUserSettings(init.settings, 'the settings from initializationOptions');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Seed' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', INSERT_META_KIND] },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  /** Indexes with work-done progress under `title`, as long as `task` runs; then checks the open documents again. */
  async function indexWithProgress(title: string, task: (report: ProgressReport) => Promise<number>): Promise<void> {
    // each run its own: runs overlap when the folders change during a crawl, and each must end
    const progress = progressSupported ? startProgress(connection, title) : undefined;
    const started = Date.now();
    let n = 0;
    let failed = true;
    try {
      n = await task((done, total) => progress?.report(done, total));
      failed = false;
    } finally {
      // (a failed crawl says so, not "0 articles"; the error itself goes to the log)
      progress?.done(failed ? 'failed: see the server log' : `${n} articles`);
    }
    connection.console.log(`indexed ${n} seed articles in ${Date.now() - started} ms`);
    scheduler.all();
  }

  connection.onInitialized(() => {
    if (foldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        void indexWithProgress(INDEXING, (report) => workspace.changeFolders(fsPaths(added.map((f) => f.uri)), fsPaths(removed.map((f) => f.uri)), report))
          .catch((err) => connection.console.error(`indexing the changed workspace folders failed: ${String(err)}`));
      });
    }
    clearTimeout(noInitialized);
    void (async () => {
      try {
        const answered = !pullConfig || await refreshSettings(Math.max(0, firstSettingsDeadline - Date.now()));
        await workspace.loadConfig();
        if (!answered) {
          connection.console.error(`the client did not answer workspace/configuration within ${FIRST_SETTINGS_WAIT_MS} ms of \`initialize\`: checking with ${workspace.describeSettings()} until it does`);
        }
      } finally {
        scheduler.release();
      }
      if (watchDynamically) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{seed,txt}' }, { globPattern: '**/seed.config.json' }, { globPattern: '**/' }],
        }).catch((err: unknown) => connection.console.error(`watching files failed: ${String(err)}; the index will not follow changes on disk`));
      }
      if (workspace.roots.length === 0) return;
      await indexWithProgress(INDEXING, (report) => workspace.indexer.crawl(workspace.roots, report));
    })().catch((err) => connection.console.error(`indexing failed: ${String(err)}`));
  });

  /**
   * Asks the client for the settings. True once the request settled (answered, or failed: logged), false
   * when `wait` ran out first. Failed or timed out, the request counts as unanswered: the newest answer
   * that did arrive is applied instead, and its own answer still is if it comes and is the newest.
   */
  async function refreshSettings(wait: number): Promise<boolean> {
    const request = settingsAnswers.request();
    const settled = connection.workspace.getConfiguration('seed').then(
      (raw: unknown) => { settingsAnswers.answered(request, readSettings(raw)); },
      (err: unknown) => {
        settingsAnswers.unanswered(request);
        connection.console.error(`reading the seed settings failed: ${String(err)}; still checking with ${workspace.describeSettings()}`);
      });
    if (await settlesWithin(settled, wait)) return true;
    settingsAnswers.unanswered(request);
    return false;
  }

  connection.onDidChangeConfiguration((change) => {
    if (pullConfig) {
      void refreshSettings(SETTINGS_ANSWER_WAIT_MS).then((settled) => {
        if (!settled) connection.console.error(`the client did not answer workspace/configuration within ${SETTINGS_ANSWER_WAIT_MS} ms: checking with ${workspace.describeSettings()} until it does`);
      });
    } else {
      workspace.setUserSettings(readSettings((change.settings as { seed?: unknown } | undefined)?.seed), CLIENT_SETTINGS);
      scheduler.all();
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    void (async () => {
      for (const c of params.changes) {
        if (workspace.isConfig(c.uri)) {
          await workspace.loadConfig();
          // the excludes may have changed: the whole workspace is indexed again, which takes as long as the first crawl
          await indexWithProgress(REINDEXING_FOR_CONFIG, (report) => workspace.indexer.rebuild(undefined, report));
        }
        else await workspace.indexer.changed(c.uri, c.type === FileChangeType.Deleted ? 'deleted' : c.type === FileChangeType.Created ? 'created' : 'changed');
      }
      scheduler.all();
    })().catch((err) => connection.console.error(`file events failed: ${String(err)}`));
  });

  documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // unsaved changes are gone: the file on disk is the truth again
    void workspace.indexer.reread(e.document.uri).then(() => scheduler.all());
  });

  const withDoc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (doc: TextDocument, p: P) => R, check: ParamsCheck = textDocument()) =>
    guard<P, R>(name, fallback, check, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? fn(doc, p) : fallback;
    });

  connection.onDocumentSymbol(withDoc('documentSymbol', [], (doc) => service.getDocumentSymbols(doc)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], workspaceSymbolParams, (p: { query: string }) => service.getWorkspaceSymbols(p.query)));
  connection.onFoldingRanges(withDoc('foldingRange', [], (doc) => service.getFoldingRanges(doc)));
  connection.onCompletion(withDoc('completion', { isIncomplete: false, items: [] }, (doc, p) => {
    const list = service.getCompletions(doc, p.position);
    // a client without snippets would insert `${1|…|}` as it stands
    return snippets ? list : withoutSnippets(list);
  }, atPosition));
  connection.onHover(withDoc('hover', null, (doc, p) => service.getHover(doc, p.position), atPosition));
  connection.languages.semanticTokens.on(withDoc('semanticTokens', { data: [] }, (doc) => service.getSemanticTokens(doc)));
  connection.onCodeAction(withDoc('codeAction', [], (doc, p) => forClient(
    service.getCodeActions(doc, { range: p.range, diagnostics: p.context.diagnostics, ...(p.context.only ? { only: p.context.only } : {}) }),
    documentChanges), codeActionParams));

  const byUri = <R>(name: string, fallback: R, fn: (doc: TextDocument) => R) =>
    guard<DocumentParams, R>(name, fallback, uriParams, (p) => {
      const doc = documents.get(p.uri);
      return doc ? fn(doc) : fallback;
    });
  // the version is read with the edits, in the same turn: both are of the text the service just parsed
  const versioned = (name: string, edits: (doc: TextDocument) => TextEdit[]) =>
    byUri<VersionedEditsResult>(name, null, (doc) => textDocumentEdit(doc.uri, doc.version, edits(doc)));
  connection.onRequest(InsertMetaEdits.method, versioned(InsertMetaEdits.method, (doc) => service.getInsertMetaEdits(doc)));
  connection.onRequest(SortFieldsEdits.method, versioned(SortFieldsEdits.method, (doc) => service.getSortFieldsEdits(doc)));
  connection.onRequest(SyncMetaEdits.method, versioned(SyncMetaEdits.method, (doc) => service.getSyncMetaEdits(doc)));
  connection.onRequest(PreviewModelRequest.method, byUri(PreviewModelRequest.method, null, (doc) => service.getPreviewModel(doc)));
  connection.onRequest(ScaffoldRequest.method, guard<ScaffoldParams, ReturnType<typeof service.scaffoldArticle> | null>(ScaffoldRequest.method, null, scaffoldParams,
    (p) => service.scaffoldArticle(p.answers, cryptoRandom)));
  connection.onRequest(ValuesFromTexts.method, guard<ValuesFromTextsParams, ReturnType<typeof service.valuesFromTexts> | null>(ValuesFromTexts.method, null, textsParams,
    (p) => service.valuesFromTexts(p.texts)));

  documents.listen(connection);
  connection.listen();
}
