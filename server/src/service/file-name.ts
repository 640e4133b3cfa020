// File names for new articles: the slug, and the check of a name the writer typed. No imports, so the
// client can use the check in its input box without bundling the service.

/** `making logs useful during incidents`, `python services` → `making-logs-useful-during-incidents-in-python-services`. */
export function slugify(...parts: string[]): string {
  const slug = parts.filter((p) => p.trim() !== '').join(' in ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return slug === '' ? 'new-article' : slug;
}

/**
 * The file name the writer typed, checked: one plain name inside the chosen folder, ending in
 * `.seed.txt` (added when missing). Returns the name, or the reason it is refused.
 */
export function checkFileName(input: string): { name: string } | { error: string } {
  const name = input.trim();
  if (name === '') return { error: 'The file name is empty.' };
  if (/[/\\]/.test(name)) return { error: 'The file name must not contain `/` or `\\`: the article is written into the chosen folder.' };
  if (name === '.' || name === '..' || name.startsWith('..')) return { error: 'The file name must not leave the chosen folder.' };
  if (/[\u0000-\u001f<>:"|?*]/.test(name)) return { error: 'The file name holds characters that file systems refuse (control characters or `<>:"|?*`).' };
  if (/^[a-z]:/i.test(name)) return { error: 'The file name must not be a drive path.' };
  const full = /\.seed(\.txt)?$/i.test(name) ? name : `${name}.seed.txt`;
  if (full.length > 200) return { error: 'The file name is too long.' };
  return { name: full };
}
