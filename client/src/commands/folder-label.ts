// How the New Seed Article wizard names the folder it writes into: relative to its workspace folder, not
// as an absolute path. Pure (Uri and WorkspaceFolder by their shapes), so it is tested without VS Code.

export interface Place { readonly scheme: string; readonly authority: string; readonly path: string }
export interface Root { readonly name: string; readonly uri: Place }

const trimmed = (p: string) => p.replace(/\/+$/, '');

/**
 * The workspace folder's name for the workspace folder itself; below it, the path from it (after its
 * name when several workspace folders are open); undefined for a folder outside them all.
 */
export function folderLabel(folder: Place, roots: readonly Root[]): string | undefined {
  const path = trimmed(folder.path);
  let root: Root | undefined; // the innermost one, when workspace folders nest
  for (const r of roots) {
    const rootPath = trimmed(r.uri.path);
    if (r.uri.scheme !== folder.scheme || r.uri.authority !== folder.authority) continue;
    if (path !== rootPath && !path.startsWith(`${rootPath}/`)) continue;
    if (!root || rootPath.length > trimmed(root.uri.path).length) root = r;
  }
  if (!root) return undefined;
  const below = path.slice(trimmed(root.uri.path).length + 1);
  if (below === '') return root.name;
  return roots.length > 1 ? `${root.name}/${below}` : below;
}
