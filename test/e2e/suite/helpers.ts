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
