// Shared by the e2e tests: fixtures, activation, and waiting for the language server without sleeping.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed.seed-language';
export const LANGUAGE_ID = 'seed';
/** The five real articles, copied byte for byte from the corpus into the fixture workspace. */
export const REAL_ARTICLES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'].map((n) => `${n}.seed.txt`);

/** What client/src/extension.ts returns from activate(). Only what the tests touch. */
export interface SeedApi {
  client: { isRunning(): boolean };
}

/**
 * Polls `condition` until it returns a value (anything but undefined/false) and returns it.
 * Language features arrive asynchronously (server start, didOpen, publishDiagnostics), so tests wait for
 * the state they need with a deadline instead of sleeping; the error names what never happened
 * (`what` may be a function, to describe the last state seen).
 */
export async function waitFor<T>(
  condition: () => T | undefined | false | Promise<T | undefined | false>,
  what: string | (() => string),
  deadlineMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) { return value; }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${deadlineMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

// "No diagnostics" is indistinguishable from "not analysed yet" by looking at getDiagnostics() alone.
// Publishing an empty list still fires onDidChangeDiagnostics, so we remember every URI the server has
// published for. Registered when the test files load, i.e. before any seed document is opened.
const published = new Set<string>();
vscode.languages.onDidChangeDiagnostics((e) => { for (const uri of e.uris) { published.add(uri.toString()); } });

/** The server's diagnostics for `uri`, after it has published at least once for it. */
export async function publishedDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  await waitFor(() => published.has(uri.toString()), `diagnostics to be published for ${uri.path}`);
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'seed');
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace (test/e2e/workspace) must be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a fixture; the seed language must be recognised from the file name. Opening is enough for the
 * language server (didOpen). `show` also puts it in an editor, as a user would; the tests leave that to
 * the activation test, because every editor costs the (software-rendering) browser time.
 */
export async function openFixture(name: string, { show = false } = {}): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  if (show) { await vscode.window.showTextDocument(doc, { preview: false }); }
  assert.strictEqual(doc.languageId, LANGUAGE_ID, `${name} should open as language "${LANGUAGE_ID}"`);
  return doc;
}

/** Opens `name` (which activates the extension) and waits until the language client runs. */
export async function openWithServer(name: string, { show = false } = {}): Promise<{ doc: vscode.TextDocument; api: SeedApi }> {
  const doc = await openFixture(name, { show });
  const ext = vscode.extensions.getExtension<SeedApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded from the development path`);
  await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);
  const api = ext.exports;
  assert.ok(api?.client, 'activate() returns { client }');
  await waitFor(() => api.client.isRunning(), 'the seed language client to be running');
  return { doc, api };
}

/** Line of the first line equal to `text` (after trimming), failing the test when there is none. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trim() === text) { return i; }
  }
  assert.fail(`${doc.uri.path} has no line "${text}"`);
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** One diagnostic as a short string, for assertion messages that say what was actually reported. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  return `${d.range.start.line}:${vscode.DiagnosticSeverity[d.severity]}:${codeOf(d)}: ${d.message}`;
}

// ---- for the command tests (commands.test.ts) ----

/** One preview panel as the extension reports it (client/src/preview/manager.ts, PreviewInfo). */
export interface PreviewInfo {
  readonly source: string;
  readonly locked: boolean;
  readonly title: string;
  readonly visible: boolean;
  readonly renderedVersion: number | undefined;
}

/** activate()'s whole result: the client, the previews and the meta status item (client/src/extension.ts). */
export interface SeedFullApi extends SeedApi {
  readonly preview: {
    previews(): PreviewInfo[];
    readonly onDidRender: vscode.Event<{ source: string; version: number }>;
  };
  /** the status item's text on the active seed editor, undefined when it is hidden */
  statusText(): string | undefined;
}

/**
 * The first `event` that `accept` takes, or an error after the deadline. Call it BEFORE doing what fires
 * the event, and await it afterwards.
 */
export function nextEvent<T>(event: vscode.Event<T>, accept: (e: T) => boolean, what: string, deadlineMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`)); }, deadlineMs);
    const sub = event((e) => {
      if (!accept(e)) { return; }
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** The seed diagnostics VS Code holds for `uri` now (no waiting). */
export function seedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'seed');
}

/** Errors and warnings only, described, for "the article is clean" checks. */
export function seriousDiagnostics(uri: vscode.Uri): string[] {
  return seedDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
    .map(describeDiagnostic);
}

/**
 * Throws away unsaved edits: shows `doc` and runs File: Revert File on it, then waits until it is clean.
 * Tests that edit a shared fixture call this in `finally`, so later tests see the bytes on disk.
 */
export async function revertDocument(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed || !doc.isDirty) { return; }
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !doc.isDirty, `${doc.uri.path} to be reverted`);
}

/** Shows a new, empty (so never dirty) untitled plain-text editor: "no seed editor is active". */
export async function showPlainUntitled(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the untitled editor is active');
  return editor;
}

/**
 * Resolves once VS Code has handled every language change asked for so far (the detection of .txt
 * articles asks for one while a document opens): the main thread handles requests in order and reports
 * a document's new language before it answers, so when a later change is answered the earlier ones
 * show. The later change is a no-op: seed-003 is seed already.
 */
export async function languageChangesSettled(): Promise<void> {
  const barrier = await vscode.workspace.openTextDocument(fixture('seed-003.seed.txt'));
  await vscode.languages.setTextDocumentLanguage(barrier, 'seed');
}

/** The language of the open document for `uri`, undefined when none is open. */
export function openLanguage(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

/** Closes the editor tabs `which` selects (text editors by uri, webviews by view type). */
export async function closeTabs(which: (input: unknown) => boolean): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => which(t.input));
  if (tabs.length > 0) { await vscode.window.tabGroups.close(tabs); }
}

/**
 * Turns off auto save for the tests that make unsaved edits, and returns what restores the user's value.
 * The web workbench (code-server) defaults `files.autoSave` to `afterDelay` (1 s), and the fixture
 * workspace is used in place: an "unsaved" edit that lives longer than a second would be written into
 * the fixtures. User level, i.e. the run's throwaway profile, never a file in the workspace.
 */
export async function disableAutoSave(): Promise<() => Promise<void>> {
  const files = () => vscode.workspace.getConfiguration('files');
  const previous = files().inspect<string>('autoSave')?.globalValue;
  await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  await waitFor(() => files().get('autoSave') === 'off', 'files.autoSave to read "off"');
  return async () => { await files().update('autoSave', previous, vscode.ConfigurationTarget.Global); };
}

/**
 * Remembers the bytes of fixtures a test edits. The function it returns puts back any that changed on
 * disk and names them, so a test that saved by mistake fails without leaving the fixtures changed.
 */
export async function snapshotFixtures(names: readonly string[]): Promise<() => Promise<string[]>> {
  const saved = new Map<string, Uint8Array>();
  for (const name of names) { saved.set(name, await vscode.workspace.fs.readFile(fixture(name))); }
  return async () => {
    const changed: string[] = [];
    for (const [name, bytes] of saved) {
      const now = await vscode.workspace.fs.readFile(fixture(name));
      if (now.length === bytes.length && now.every((b, i) => b === bytes[i])) { continue; }
      changed.push(name);
      await vscode.workspace.fs.writeFile(fixture(name), bytes);
    }
    return changed;
  };
}
