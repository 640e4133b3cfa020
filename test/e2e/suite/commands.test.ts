// The preview and scaffolding commands, run as a user would (executeCommand on the active editor), and
// what they leave behind: the preview's state through the extension's API (a webview's DOM is out of
// reach), the meta status item, the edited text and the server's diagnostics of the result.
// Every test that edits a shared fixture reverts it (File: Revert File, never a save), so the diagnostics
// tests that run after this file still see the real articles byte for byte. Auto save is off meanwhile
// (the web workbench saves after 1 s by default), and the edited fixtures' bytes are checked at the end.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  type PreviewInfo, type SeedFullApi, closeTabs, codeOf, describeDiagnostic, disableAutoSave, fixture, lineOf, nextEvent,
  openWithServer, publishedDiagnostics, revertDocument, seedDiagnostics, seriousDiagnostics, showPlainUntitled,
  snapshotFixtures, waitFor,
} from './helpers';

let api: SeedFullApi;

/** Opens a fixture as a seed article in the active editor column, with the server running. */
async function showSeed(name: string): Promise<vscode.TextDocument> {
  const { doc, api: exported } = await openWithServer(name, { show: true });
  api = exported as unknown as SeedFullApi;
  return doc;
}

const hasCode = (uri: vscode.Uri, code: string) => seedDiagnostics(uri).some((d) => codeOf(d) === code);
const describeAll = (uri: vscode.Uri) => seedDiagnostics(uri).map(describeDiagnostic).join('\n') || '(none)';

/** the fixtures these tests edit without saving */
const EDITED = ['seed-000.seed.txt', 'seed-001.seed.txt', 'seed-003.seed.txt', 'unsorted.seed.txt'];

describe('commands', () => {
  let restoreAutoSave: (() => Promise<void>) | undefined;
  let restoreFixtures: (() => Promise<string[]>) | undefined;

  before(async () => {
    restoreFixtures = await snapshotFixtures(EDITED);
    restoreAutoSave = await disableAutoSave();
    await showSeed('seed-003.seed.txt');
    assert.ok(api.preview && typeof api.statusText === 'function', 'activate() returns { client, preview, statusText }');
  });

  after(async () => {
    await restoreAutoSave?.();
    const changed = (await restoreFixtures?.()) ?? [];
    assert.deepStrictEqual(changed, [], 'an edit was saved into these fixtures (their bytes are restored now)');
  });

  describe('preview', () => {
    const first = (): PreviewInfo | undefined => api.preview.previews()[0];
    /** the fields the tests compare (visible depends on the layout) */
    const shown = (p: PreviewInfo | undefined) => p && { source: p.source, locked: p.locked, title: p.title, renderedVersion: p.renderedVersion };
    const state = () => JSON.stringify(api.preview.previews());
    /** Shows `name` with a preview of it rendered (opening one if the earlier tests did not), so each test can run alone. */
    const showPreviewed = async (name: string) => {
      const doc = await showSeed(name);
      if (api.preview.previews().length === 0) { await vscode.commands.executeCommand('seed.openPreviewToSide'); }
      await waitFor(() => first()?.source === doc.uri.toString() && first()?.renderedVersion === doc.version,
        () => `a preview of ${name} at version ${doc.version}; previews ${state()}`);
      return doc;
    };

    after(async () => {
      // close the preview, so it does not re-render every article the later tests show
      await closeTabs((input) => input instanceof vscode.TabInputWebview && input.viewType.endsWith('seed.preview'));
      await waitFor(() => api.preview.previews().length === 0, () => `the preview to close; previews ${state()}`);
    });

    it('Seed: Open Preview to the Side renders the active article', async () => {
      const three = await showSeed('seed-003.seed.txt');
      const source = await vscode.commands.executeCommand<string | undefined>('seed.openPreviewToSide');
      assert.strictEqual(source, three.uri.toString());
      const want = { source, locked: false, title: 'Preview seed-003.seed.txt', renderedVersion: three.version };
      await waitFor(() => JSON.stringify(shown(first())) === JSON.stringify(want),
        () => `the preview to render ${JSON.stringify(want)}; previews ${state()}`);
      assert.strictEqual(api.preview.previews().length, 1);
      assert.strictEqual(vscode.window.activeTextEditor?.document, three, 'to the side: the editor keeps the focus');
    });

    it('re-renders on an unsaved edit', async () => {
      const three = await showPreviewed('seed-003.seed.txt');
      const uri = three.uri.toString();
      try {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(three.uri, new vscode.Position(lineOf(three, 'why this matters'), 0), 'a paragraph typed while the preview is open, never saved.\n\n');
        const before = three.version;
        const rendered = nextEvent(api.preview.onDidRender, (e) => e.source === uri && e.version > before && e.version === three.version,
          'the preview to render the edited article');
        assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
        assert.ok(three.isDirty && three.version > before);
        await rendered;
        assert.strictEqual(first()?.renderedVersion, three.version);
      } finally {
        await revertDocument(three);
      }
      // the reverted text is rendered too (so the server has it), and the real article is clean again
      await waitFor(() => first()?.renderedVersion === three.version, () => `the reverted version ${three.version} to render; previews ${state()}`);
      await waitFor(() => seriousDiagnostics(three.uri).length === 0, () => `seed-003 to be clean after the revert:\n${describeAll(three.uri)}`);
    });

    it('follows the active article; locked, it stays; unlocked, it follows again', async () => {
      await showPreviewed('seed-003.seed.txt');
      const one = await showSeed('seed-001.seed.txt');
      await waitFor(() => first()?.source === one.uri.toString() && first()?.title === 'Preview seed-001.seed.txt',
        () => `the preview to follow seed-001; previews ${state()}`);

      assert.strictEqual(await vscode.commands.executeCommand('seed.togglePreviewLock'), true);
      assert.ok(first()?.locked, state());
      assert.ok(first()?.title.startsWith('[Locked] Preview'), state());
      assert.strictEqual(first()?.title, '[Locked] Preview seed-001.seed.txt');

      const two = await showSeed('seed-002.seed.txt');
      await publishedDiagnostics(two.uri);
      assert.strictEqual(vscode.window.activeTextEditor?.document, two);
      assert.strictEqual(first()?.source, one.uri.toString(), `locked: the preview stays on seed-001; previews ${state()}`);

      assert.strictEqual(await vscode.commands.executeCommand('seed.togglePreviewLock'), false);
      await waitFor(() => first()?.source === two.uri.toString() && first()?.title === 'Preview seed-002.seed.txt'
        && first()?.renderedVersion === two.version, () => `the unlocked preview to follow seed-002; previews ${state()}`);
      assert.strictEqual(first()?.locked, false);
    });

    it('Seed: Open Preview without a seed editor does nothing', async () => {
      const before = api.preview.previews().length;
      await showPlainUntitled();
      assert.strictEqual(await vscode.commands.executeCommand('seed.openPreview'), undefined);
      assert.strictEqual(api.preview.previews().length, before, `no preview opened: ${state()}`);
    });
  });

  describe('article status item', () => {
    const expectStatus = async (name: string | undefined, ok: (text: string | undefined) => boolean, want: string) => {
      if (name) { await showSeed(name); } else { await showPlainUntitled(); }
      await waitFor(() => ok(api.statusText()), () => `status ${want} on ${name ?? 'an untitled plain-text editor'}; it shows ${JSON.stringify(api.statusText())}`);
    };
    it('a clean article: "$(pass) Article ok"', () => expectStatus('seed-003.seed.txt', (t) => t === '$(pass) Article ok', '"$(pass) Article ok"'));
    it('an article without post meta: "$(info) No post meta"', () => expectStatus('seed-000.seed.txt', (t) => t === '$(info) No post meta', '"$(info) No post meta"'));
    it('an article with two meta errors: "$(error) Article: 2 errors"', () => expectStatus('broken.seed.txt', (t) => t === '$(error) Article: 2 errors', '"$(error) Article: 2 errors"'));
    // the meta is fine, the body has an unclosed code fence: the item counts it (it said "Meta ok")
    it('an article with an error in the body: "$(error) Article: 1 error"', () => expectStatus('unclosed-fence.seed.txt', (t) => t === '$(error) Article: 1 error', '"$(error) Article: 1 error"'));
    it('hidden on a non-seed editor', () => expectStatus(undefined, (t) => t === undefined, 'hidden'));
  });

  describe('Seed: New Seed Article', () => {
    const answers = {
      problem: 'keeping queues healthy', stack: 'python services', scenario: 'during a traffic spike', difficulty: 'advanced',
      codeLanguage: 'python', tools: ['celery', 'git'], style: 'spaced',
    };
    const NAME = 'keeping-queues-healthy-in-python-services.seed.txt';
    const folder = fixture(`tmp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
    const inFolder = (input: unknown) => input instanceof vscode.TabInputText && input.uri.path.startsWith(`${folder.path}/`);
    const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
    let created: vscode.Uri | undefined;

    before(async () => { await vscode.workspace.fs.createDirectory(folder); });
    after(async () => {
      await closeTabs(inFolder);
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    });

    it('writes <slug>.seed.txt into the folder, opens it with the cursor on the intro, and it is clean', async () => {
      await showSeed('seed-003.seed.txt'); // the server runs; New Seed Article itself needs no seed editor
      created = await vscode.commands.executeCommand<vscode.Uri | undefined>('seed.newArticle', { answers, folder });
      assert.ok(created instanceof vscode.Uri, `returns the new file's uri, got ${String(created)}`);
      assert.ok(created.path.endsWith(`/${NAME}`), created.path);
      assert.strictEqual(created.path, vscode.Uri.joinPath(folder, NAME).path);
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), created.toString(), 'the new article is the active editor');
      assert.strictEqual(editor.document.isDirty, false, 'written to disk, not dirty');
      assert.strictEqual(editor.document.languageId, 'seed');
      assert.strictEqual(editor.selection.start.line, 2, `selection ${JSON.stringify(editor.selection)}`);
      assert.strictEqual(editor.selection.end.line, 2, `selection ${JSON.stringify(editor.selection)}`);
      assert.ok(editor.document.lineAt(2).text.startsWith('write the intro here'), editor.document.lineAt(2).text);
      // helpers.ts records publications from load time on, i.e. before the command ran
      // a new article's only problems are its six placeholders, the first where the cursor is
      const diags = await publishedDiagnostics(created);
      assert.deepStrictEqual(diags.filter((d) => codeOf(d) !== 'body.placeholder').map(describeDiagnostic), []);
      assert.strictEqual(diags.length, 6, diags.map(describeDiagnostic).join('\n'));
      assert.ok(diags.some((d) => d.range.start.line === 2), 'the intro placeholder is reported');
    });

    it('never overwrites: the same answers again write nothing', async () => {
      // the first test's article (made here when that test did not run)
      created ??= await vscode.commands.executeCommand<vscode.Uri | undefined>('seed.newArticle', { answers, folder });
      assert.ok(created instanceof vscode.Uri, 'an article to write over');
      const before = await vscode.workspace.fs.readFile(created);
      const again = await vscode.commands.executeCommand('seed.newArticle', { answers, folder });
      assert.strictEqual(again, undefined);
      const after = await vscode.workspace.fs.readFile(created);
      assert.deepStrictEqual([...after], [...before], 'the existing file keeps its bytes');
    });

    it('refuses a file name that leaves the folder', async () => {
      const listing = async () => (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
      const before = await listing();
      assert.strictEqual(await vscode.commands.executeCommand('seed.newArticle', { answers, folder, fileName: '../escape' }), undefined);
      const parent = vscode.Uri.joinPath(folder, '..');
      for (const name of ['escape', 'escape.seed.txt']) {
        assert.strictEqual(await exists(vscode.Uri.joinPath(parent, name)), false, `no ${name} next to the folder`);
      }
      assert.deepStrictEqual(await listing(), before, 'nothing new in the folder either');
    });
  });

  describe('Seed: Insert Post Meta', () => {
    it('adds a complete, error-free block once; the second run does nothing', async () => {
      const doc = await showSeed('seed-000.seed.txt');
      try {
        await waitFor(() => api.statusText() === '$(info) No post meta', () => `seed-000 without meta; status ${JSON.stringify(api.statusText())}`);
        const editor = vscode.window.activeTextEditor;
        assert.strictEqual(editor?.document, doc);
        assert.strictEqual(editor.selection.active.line, 0, 'the cursor starts at the top');
        assert.strictEqual(await vscode.commands.executeCommand('seed.insertPostMeta'), true);
        assert.ok(doc.getText().includes('\nalphanode post meta\n'), 'the marker is on a line of its own');
        assert.ok(doc.isDirty, 'inserted, not saved');
        // the block is shown: the cursor on its marker line, near the top of the editor (VS Code keeps a
        // few lines above it), so the block below it is in view
        const marker = lineOf(doc, 'alphanode post meta');
        assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character, editor.selection.isEmpty], [marker, 0, true]);
        const nearTop = () => {
          const r = editor.visibleRanges[0];
          return !!r && r.start.line <= marker && marker - r.start.line <= (r.end.line - r.start.line) / 4;
        };
        await waitFor(nearTop, () => `the marker line ${marker} in the top quarter of the editor; it shows ${JSON.stringify(editor.visibleRanges)}`);
        // the status item asks the server for the model after each publication: once it says ok, the
        // diagnostics of the new text are in
        await waitFor(() => api.statusText() === '$(pass) Article ok', () => `status "Article ok"; it shows ${JSON.stringify(api.statusText())}\n${describeAll(doc.uri)}`);
        assert.deepStrictEqual(seedDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(describeDiagnostic), []);
        const version = doc.version;
        assert.strictEqual(await vscode.commands.executeCommand('seed.insertPostMeta'), false);
        assert.strictEqual(doc.version, version, 'the second run changes nothing');
      } finally {
        await revertDocument(doc);
      }
      await waitFor(() => api.statusText() === '$(info) No post meta', () => `seed-000 reverted; status ${JSON.stringify(api.statusText())}`);
    });
  });

  describe('Seed: Sync Derived Meta', () => {
    it('copies a new body checklist item into the meta checklist', async () => {
      const doc = await showSeed('seed-001.seed.txt');
      const ITEM = 'tell the on-call team';
      try {
        await publishedDiagnostics(doc.uri);
        // the last item of the body's checklist, and its bullet style
        const heading = lineOf(doc, 'implementation checklist');
        const next = lineOf(doc, 'final notes');
        let last = -1;
        for (let l = heading + 1; l < next; l++) { if (/^\s*[•\-*]\s/.test(doc.lineAt(l).text)) { last = l; } }
        assert.ok(last > heading, 'the body has a checklist');
        const bullet = /^\s*[•\-*]\s+/.exec(doc.lineAt(last).text)?.[0] ?? '';
        assert.strictEqual(bullet, '  • ', 'seed 001 lists with "  • "');
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, doc.lineAt(last).range.end, `\n${bullet}${ITEM}`);
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitFor(() => hasCode(doc.uri, 'meta.checklist-mismatch'), () => `a meta.checklist-mismatch warning:\n${describeAll(doc.uri)}`);

        // it says which fields it set (a message; the command returns them)
        assert.deepStrictEqual(await vscode.commands.executeCommand('seed.syncDerivedMeta'), ['checklist']);
        // the meta checklist: the items under `checklist` up to the next field
        const meta = lineOf(doc, 'alphanode post meta');
        let l = meta + 1;
        while (l < doc.lineCount && doc.lineAt(l).text !== 'checklist') { l++; }
        assert.ok(l < doc.lineCount, 'the meta has a checklist field');
        const items: string[] = [];
        for (l++; l < doc.lineCount && /^\s/.test(doc.lineAt(l).text); l++) { items.push(doc.lineAt(l).text); }
        assert.strictEqual(items.at(-1), `  • ${ITEM}`, `meta checklist ${JSON.stringify(items)}`);
        await waitFor(() => !hasCode(doc.uri, 'meta.checklist-mismatch'), () => `the mismatch warning to go away:\n${describeAll(doc.uri)}`);
        assert.deepStrictEqual(seriousDiagnostics(doc.uri), []);
      } finally {
        await revertDocument(doc);
      }
      assert.ok(!doc.getText().includes(ITEM), 'reverted');
    });
  });

  describe('Seed: Sort Meta Fields', () => {
    it('puts the fields into canonical order', async () => {
      // unsorted.seed.txt: seed 003 with `topic` below `summary`, and its own title and ids
      const doc = await showSeed('unsorted.seed.txt');
      try {
        await waitFor(() => hasCode(doc.uri, 'meta.field-order'), () => `a meta.field-order hint:\n${describeAll(doc.uri)}`);
        assert.strictEqual(await vscode.commands.executeCommand('seed.sortMetaFields'), true);
        const topic = doc.getText().indexOf('\ntopic');
        const summary = doc.getText().indexOf('\nsummary');
        assert.ok(topic >= 0 && topic < summary, '`topic` stands before `summary` now');
        await waitFor(() => !hasCode(doc.uri, 'meta.field-order'), () => `the field-order hint to go away:\n${describeAll(doc.uri)}`);
        assert.deepStrictEqual(seriousDiagnostics(doc.uri), []);
      } finally {
        await revertDocument(doc);
      }
    });
  });

  describe('Seed: Switch to Seed', () => {
    it('opens a plain-text file as a seed article', async () => {
      const doc = await vscode.workspace.openTextDocument(fixture('notes.txt'));
      await vscode.window.showTextDocument(doc, { preview: false });
      assert.strictEqual(doc.languageId, 'plaintext', 'notes.txt is not an article, detection leaves it alone');
      try {
        assert.strictEqual(await vscode.commands.executeCommand('seed.switchToSeed'), 'seed');
        assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'seed');
      } finally {
        await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      }
    });
  });
});
