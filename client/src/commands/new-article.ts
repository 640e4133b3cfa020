// Seed: New Seed Article (the Explorer's folder menu too) — asks for the problem, stack, scenario,
// difficulty, code language, tools, style and folder (offering the values the workspace's articles use
// first), has the server scaffold the article, and writes `<slug>.seed.txt` without ever overwriting a
// file or leaving the chosen folder. The cursor lands on the first place to write.
// Called with `{ answers, folder, fileName? }` it asks nothing (for automation and the e2e tests).
import * as vscode from 'vscode';
import {
  ScaffoldRequest, ValuesFromTexts, type ScaffoldAnswers, type ScaffoldResult, type WorkspaceValues,
} from '../../../server/src/protocol';
import { checkFileName } from '../../../server/src/service/file-name';
import type { SeedServer } from '../server';
import { folderLabel } from './folder-label';
import { input, pickMany, pickOne, pickOrType, type Step } from './prompts';

export interface NewArticleArgs {
  readonly answers: ScaffoldAnswers;
  readonly folder: vscode.Uri | string;
  readonly fileName?: string;
}

function isArgs(v: unknown): v is NewArticleArgs {
  return typeof v === 'object' && v !== null && !(v instanceof vscode.Uri) && 'answers' in v && 'folder' in v;
}

const MAX_FILES = 200;
const MAX_BYTES = 1 << 20;

/** The texts of the workspace's seed articles (files and open documents), for the values they use. */
async function workspaceValues(server: SeedServer): Promise<WorkspaceValues | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{seed,seed.txt}', '**/node_modules/**', MAX_FILES);
  const decoder = new TextDecoder();
  const open = new Map(vscode.workspace.textDocuments.filter((d) => d.languageId === 'seed').map((d) => [d.uri.toString(), d.getText()]));
  const read = await Promise.all(files.filter((f) => !open.has(f.toString())).map(async (f) => {
    try {
      const bytes = await vscode.workspace.fs.readFile(f);
      return bytes.byteLength > MAX_BYTES ? undefined : decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }));
  const texts = [...open.values(), ...read.filter((t): t is string => t !== undefined)];
  return (await server.request<WorkspaceValues | null>(ValuesFromTexts.method, { texts })) ?? undefined;
}

async function pickFolder(s: Step): Promise<vscode.Uri | undefined> {
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (active && active.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(active)) {
    const dir = vscode.Uri.joinPath(active, '..');
    if (!roots.some((r) => r.uri.toString() === dir.toString())) {
      items.push({ label: `$(file-directory) ${vscode.workspace.asRelativePath(dir)}`, description: 'folder of the active file', uri: dir });
    }
  }
  for (const r of roots) items.push({ label: `$(root-folder) ${r.name}`, description: 'workspace folder', uri: r.uri });
  items.push({ label: '$(folder-opened) Browse…' });
  const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, {
    title: `${s.title} (${s.step}/${s.steps})`, placeHolder: 'The folder to write the article into', ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Write the article here',
    ...(roots[0] ? { defaultUri: roots[0].uri } : {}),
  });
  return chosen?.[0];
}

/** The folder for the file-name prompt: relative to its workspace folder (asRelativePath gives a workspace folder itself as an absolute path). */
function whereIs(folder: vscode.Uri): string {
  return folderLabel(folder, vscode.workspace.workspaceFolders ?? []) ?? (folder.scheme === 'file' ? folder.fsPath : folder.toString(true));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The file `name` directly inside `folder`, or the reason it is refused. */
async function targetIn(folder: vscode.Uri, name: string): Promise<vscode.Uri | string> {
  const checked = checkFileName(name);
  if ('error' in checked) return checked.error;
  const target = vscode.Uri.joinPath(folder, checked.name);
  const parent = target.path.slice(0, target.path.lastIndexOf('/'));
  if (target.scheme !== folder.scheme || target.authority !== folder.authority || parent !== folder.path.replace(/\/+$/, '')) {
    return 'The file name must not leave the chosen folder.';
  }
  if (await exists(target)) return `${checked.name} already exists in this folder; choose another name (nothing is overwritten).`;
  return target;
}

async function write(folder: vscode.Uri, name: string, result: ScaffoldResult): Promise<vscode.Uri | undefined> {
  const target = await targetIn(folder, name);
  if (typeof target === 'string') {
    void vscode.window.showErrorMessage(`Seed: New Seed Article: ${target}`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  // overwrite false, ignoreIfExists false: the edit fails rather than replace a file that appeared meanwhile
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(result.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Seed: New Seed Article: could not create ${target.path.split('/').pop() ?? ''} (does it exist already?).`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const sel = result.selection;
  editor.selection = new vscode.Selection(sel.start.line, sel.start.character, sel.end.line, sel.end.character);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}

async function scaffold(server: SeedServer, answers: ScaffoldAnswers): Promise<ScaffoldResult | undefined> {
  const result = await server.request<ScaffoldResult | null>(ScaffoldRequest.method, { answers });
  if (!result) void vscode.window.showErrorMessage('Seed: New Seed Article: the language server could not scaffold the article (see the "Seed Language Server" output).');
  else if (result.problems.length) void vscode.window.showWarningMessage(`Seed: New Seed Article: ${result.problems.join(' ')} A fallback was written; edit it in the article.`);
  return result ?? undefined;
}

export const newArticle = (server: SeedServer) => async (arg?: unknown): Promise<vscode.Uri | undefined> => {
  if (isArgs(arg)) {
    const folder = typeof arg.folder === 'string' ? vscode.Uri.parse(arg.folder, true) : arg.folder;
    const result = await scaffold(server, arg.answers);
    return result && write(folder, arg.fileName ?? result.fileName, result);
  }
  const givenFolder = arg instanceof vscode.Uri ? arg : undefined;
  const steps = givenFolder ? 8 : 9;
  const step = (n: number): Step => ({ step: n, steps, title: 'New Seed Article' });

  const values = await workspaceValues(server);
  if (!values) {
    void vscode.window.showErrorMessage('Seed: New Seed Article: the language server did not answer (see the "Seed Language Server" output).');
    return undefined;
  }
  const problem = await input(step(1), {
    prompt: 'The problem the article solves', placeholder: 'making logs useful during incidents',
    validate: (v) => (v.trim() === '' ? 'Say what the article solves.' : undefined),
  });
  if (problem === undefined) return undefined;
  const stack = await pickOrType(step(2), { placeholder: 'The stack, e.g. python services (type a new one or pick)', values: values.stacks, required: true });
  if (stack === undefined) return undefined;
  const scenario = await pickOrType(step(3), { placeholder: 'The scenario, e.g. behind a cdn (type a new one or pick)', values: values.scenarios });
  if (scenario === undefined) return undefined;
  const difficulty = await pickOne(step(4), { placeholder: 'Difficulty', choices: values.difficulties.map((d) => ({ value: d, label: d })) });
  if (difficulty === undefined) return undefined;
  const codeLanguage = await pickOrType(step(5), { placeholder: 'The code language, one lowercase word (python, php, javascript, …)', values: values.codeLanguages, required: true });
  if (codeLanguage === undefined) return undefined;
  const tools = await pickMany(step(6), { placeholder: 'Tools (select, or type names separated by commas)', values: values.tools });
  if (tools === undefined) return undefined;
  const style = await pickOne(step(7), {
    placeholder: 'Style',
    choices: [
      { value: 'spaced', label: 'spaced', detail: 'blank lines between blocks, "  • item" lists (like seeds 001 and 003)' },
      { value: 'compact', label: 'compact', detail: 'no blank lines, "- item" lists (like seeds 000, 002 and 004)' },
    ] as const,
  });
  if (style === undefined) return undefined;
  const folder = givenFolder ?? await pickFolder(step(8));
  if (folder === undefined) return undefined;

  const result = await scaffold(server, { problem, stack, scenario, difficulty, codeLanguage, tools, style });
  if (!result) return undefined;
  const slugEnd = result.fileName.length - '.seed.txt'.length;
  const name = await vscode.window.showInputBox({
    title: `New Seed Article (${steps}/${steps})`, prompt: `File name in ${whereIs(folder)}`,
    value: result.fileName, valueSelection: [0, slugEnd], ignoreFocusOut: true,
    validateInput: async (v) => {
      const t = await targetIn(folder, v);
      return typeof t === 'string' ? t : undefined;
    },
  });
  if (name === undefined) return undefined;
  return write(folder, name, result);
};
