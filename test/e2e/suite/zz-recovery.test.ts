// Runs last (file order): the language server process is killed, and the client must restart it and
// give the open documents their diagnostics back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, lineOf, openWithServer, revertDocument, seedDiagnostics, waitFor } from './helpers';

interface ClientInternals { isRunning(): boolean; _serverProcess?: { pid?: number; exitCode: number | null } }

describe('recovery', () => {
  it('a killed language server is restarted and diagnostics come back', async function () {
    this.timeout(90_000);
    const { doc, api } = await openWithServer('seed-002.seed.txt');
    const client = api.client as unknown as ClientInternals;
    const pid = client._serverProcess?.pid;
    assert.ok(pid, 'the client started the server as a child process');
    process.kill(pid, 'SIGKILL');
    // the client notices, restarts the server and re-opens the documents
    await waitFor(() => client._serverProcess?.pid !== undefined && client._serverProcess.pid !== pid && client.isRunning(),
      'the language client to start a new server process', 60_000);
    const line = lineOf(doc, 'production checks');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(line, 0), 'alphanode post meta\ndifficultyexpert\n');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      // the new server checks the edited text: the body now ends at the marker, and `expert` is no difficulty
      const ds = await waitFor(() => {
        const d = seedDiagnostics(doc.uri);
        return d.some((x) => codeOf(x) === 'meta.invalid-value') ? d : undefined;
      }, 'diagnostics from the restarted server', 30_000);
      assert.ok(ds.some((d) => d.message.includes('`difficulty`: found `expert`')));
    } finally {
      await revertDocument(doc);
    }
  });
});
