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

/** Matches a path relative to the workspace root against excludes like `drafts/**` or `**\/old`. */
export function excluded(rel: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(rel) || p.test(`${rel}/`));
}

export const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.vscode-test', '.hg', '.svn']);
