// Globs with `*`, `**` and `?` for excludes and seed-check arguments (paths use `/`).
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Matches a path relative to the workspace root against excludes like `drafts/**`, `**\/old` or a bare
 * folder name (`drafts`): a path is excluded when it, or a folder it lies in, matches.
 */
export function excluded(rel: string, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  for (let at = rel.indexOf('/'); at >= 0; at = rel.indexOf('/', at + 1)) {
    const folder = rel.slice(0, at);
    if (patterns.some((p) => p.test(folder) || p.test(`${folder}/`))) return true;
  }
  return patterns.some((p) => p.test(rel) || p.test(`${rel}/`));
}

export const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.vscode-test', '.hg', '.svn']);
