// Quick fixes in a real VS Code: one applies as an undoable edit, and one computed for text that has
// moved on since is refused, leaving the text as it is (client/src/code-actions.ts). Edits are never
// saved: the fixture is reverted, auto save is off meanwhile, and its bytes are checked at the end.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  codeOf, describeDiagnostic, disableAutoSave, openWithServer, revertDocument, seedDiagnostics, snapshotFixtures, waitFor,
} from './helpers';

const FIXTURE = 'seed-001.seed.txt';
const RIGHT = 'difficultyintermediate';
const TYPO = 'difficultyintermediat';
const TITLE = 'Change to `intermediate`';

/** Replaces the first `from` in `doc` by `to`, as an unsaved edit. */
async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `${doc.uri.path} contains ${from}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/** The quick fix for the typo, once the server has published the diagnostic for the current text. */
async function typoFix(doc: vscode.TextDocument): Promise<vscode.CodeAction> {
  const line = doc.getText().split('\n').indexOf(TYPO);
  const diagnostic = await waitFor(() => seedDiagnostics(doc.uri).find((d) => codeOf(d) === 'meta.invalid-value' && d.range.start.line === line),
    () => `meta.invalid-value at line ${line}; got\n${seedDiagnostics(doc.uri).map(describeDiagnostic).join('\n')}`);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a): a is vscode.CodeAction => a instanceof vscode.CodeAction && a.title === TITLE);
  assert.ok(fix, `the quick fix "${TITLE}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  return fix;
}

/** Runs what choosing the action in the editor runs: its edit (none here), then its command. */
async function choose(fix: vscode.CodeAction): Promise<unknown> {
  assert.strictEqual(fix.edit, undefined, 'the edit travels in the command, which checks the version');
  assert.ok(fix.command, 'the action has a command');
  return vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}

describe('quick fixes', () => {
  let doc: vscode.TextDocument;
  let restoreAutoSave: (() => Promise<void>) | undefined;
  let restoreFixtures: (() => Promise<string[]>) | undefined;

  before(async () => {
    restoreFixtures = await snapshotFixtures([FIXTURE]);
    restoreAutoSave = await disableAutoSave();
    ({ doc } = await openWithServer(FIXTURE, { show: true }));
  });

  afterEach(async () => { await revertDocument(doc); });

  after(async () => {
    await restoreAutoSave?.();
    assert.deepStrictEqual((await restoreFixtures?.()) ?? [], [], 'an edit was saved into the fixture (its bytes are restored now)');
  });

  it('a quick fix applies, clears its diagnostic, and undo takes it back', async () => {
    const original = doc.getText();
    await replaceText(doc, RIGHT, TYPO);
    const typo = doc.getText();
    assert.strictEqual(await choose(await typoFix(doc)), true);
    assert.strictEqual(doc.getText(), original);
    await waitFor(() => !seedDiagnostics(doc.uri).some((d) => codeOf(d) === 'meta.invalid-value'), 'the invalid-value error to go away');
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), typo, 'undo restores the text before the fix');
  });

  it('a quick fix computed before the text changed is refused and changes nothing', async () => {
    await replaceText(doc, RIGHT, TYPO);
    const fix = await typoFix(doc);
    // a line written above the value: the fix's range would now land on the line before it
    await replaceText(doc, '\nproduction checks\n', '\nproduction checks\nan extra line.\n');
    const changed = doc.getText();
    assert.strictEqual(await choose(fix), false);
    assert.strictEqual(doc.getText(), changed, 'the stale fix left the text alone');
  });
});
