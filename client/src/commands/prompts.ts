// Small prompts for the multi-step commands. Each resolves to undefined when the user cancels, so the
// command returns early.
import * as vscode from 'vscode';

export interface Step { readonly step: number; readonly steps: number; readonly title: string }

const titleOf = (s: Step) => `${s.title} (${s.step}/${s.steps})`;

/** A value from the list (the workspace's values first) or anything typed. */
export function pickOrType(s: Step, o: { placeholder: string; values: readonly string[]; required?: boolean }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick();
    qp.title = titleOf(s);
    qp.placeholder = o.placeholder;
    qp.ignoreFocusOut = true;
    const known: vscode.QuickPickItem[] = o.values.map((v, i) => ({ label: v, ...(i === 0 ? { description: 'most used in this workspace' } : {}) }));
    qp.items = known;
    qp.onDidChangeValue((v) => {
      const typed = v.trim();
      qp.items = typed && !o.values.includes(typed.toLowerCase()) ? [{ label: typed, description: 'new value', alwaysShow: true }, ...known] : known;
    });
    let done = false;
    qp.onDidAccept(() => {
      const value = (qp.selectedItems[0]?.label ?? qp.value).trim();
      if (o.required && value === '') return;
      done = true;
      resolve(value);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** Several values from the list; a typed value (or a comma-separated few) is added too. */
export function pickMany(s: Step, o: { placeholder: string; values: readonly string[] }): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick();
    qp.title = titleOf(s);
    qp.placeholder = o.placeholder;
    qp.canSelectMany = true;
    qp.ignoreFocusOut = true;
    let items: vscode.QuickPickItem[] = o.values.map((v) => ({ label: v }));
    qp.items = items;
    qp.onDidChangeValue((v) => {
      const typed = v.split(',').map((t) => t.trim()).filter((t) => t !== '' && !items.some((i) => i.label === t));
      if (typed.length === 0) return;
      const selected = qp.selectedItems;
      items = [...typed.map((t) => ({ label: t, description: 'new', alwaysShow: true })), ...items.filter((i) => i.description !== 'new' || selected.includes(i))];
      qp.items = items;
      qp.selectedItems = selected;
    });
    let done = false;
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems.map((i) => i.label);
      for (const t of qp.value.split(',').map((x) => x.trim())) if (t !== '' && !chosen.includes(t)) chosen.push(t);
      done = true;
      resolve(chosen);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** One of a few fixed choices. */
export async function pickOne<T extends string>(s: Step, o: { placeholder: string; choices: readonly { value: T; label: string; detail?: string }[] }): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(o.choices.map((c) => ({ label: c.label, detail: c.detail, value: c.value })),
    { title: titleOf(s), placeHolder: o.placeholder, ignoreFocusOut: true });
  return picked?.value;
}

export function input(s: Step, o: { prompt: string; placeholder?: string; value?: string; validate?: (v: string) => string | undefined | Promise<string | undefined> }): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: titleOf(s), prompt: o.prompt, placeHolder: o.placeholder, value: o.value, ignoreFocusOut: true,
    ...(o.validate ? { validateInput: o.validate } : {}),
  });
}
