// Quick fixes must not land on text they were not computed for. The server names the version in each
// edit (documentChanges), but that check is lost on the way: vscode-languageclient converts the edit into
// a plain WorkspaceEdit, and VS Code applies a provider's edit to whatever text the editor holds. So each
// edit travels in a command that applies it only while the document still has the version it was
// computed for (the one it had when the request went out, since the server sees every change before it).
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { APPLY_EDIT_AT_VERSION } from './commands/apply-edit-at-version';

export const provideCodeActions: Middleware['provideCodeActions'] = async (document, range, context, token, next) => {
  const version = document.version;
  const actions = await next(document, range, context, token);
  // computed for text that has moved on: VS Code asks again for the new text
  if (!actions || document.version !== version) return [];
  return actions.map((a) => (a instanceof vscode.CodeAction ? atVersion(a, document.uri, version) : a));
};

function atVersion(action: vscode.CodeAction, uri: vscode.Uri, version: number): vscode.CodeAction {
  if (!action.edit || action.command) return action;
  action.command = { title: action.title, command: APPLY_EDIT_AT_VERSION, arguments: [uri, version, action.edit] };
  action.edit = undefined;
  return action;
}
