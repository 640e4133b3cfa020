// The service answers with versioned edits (documentChanges). A client that did not announce
// `workspace.workspaceEdit.documentChanges` may not understand them, so it gets the same edits as
// `changes` instead: without the version, which such a client could not check anyway.
import type { ClientCapabilities, CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export function supportsDocumentChanges(capabilities: ClientCapabilities): boolean {
  return capabilities.workspace?.workspaceEdit?.documentChanges === true;
}

export function asChanges(edit: WorkspaceEdit): WorkspaceEdit {
  if (!edit.documentChanges) return edit;
  const changes: Record<string, TextEdit[]> = {};
  for (const change of edit.documentChanges) {
    // the service only makes text edits; a file operation has no `changes` form, so none is dropped silently
    if (!('textDocument' in change)) throw new Error(`a ${change.kind} operation cannot be sent as changes`);
    (changes[change.textDocument.uri] ??= []).push(...change.edits);
  }
  const { documentChanges: _versioned, ...rest } = edit;
  return { ...rest, changes };
}

/** The code actions as this client can take them. */
export function forClient(actions: CodeAction[], documentChanges: boolean): CodeAction[] {
  if (documentChanges) return actions;
  return actions.map((a) => (a.edit ? { ...a, edit: asChanges(a.edit) } : a));
}
