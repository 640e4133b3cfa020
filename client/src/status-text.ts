// What the status bar item says about the active article: every error and warning of the document (the
// ones the Problems view lists for it, body and meta alike), where they are, and whether it has a post
// meta block. Pure (no vscode), so it is tested on its own.
import type { PreviewArticle } from '../../server/src/protocol';

export interface ArticleStatus {
  /** with a leading $(icon) */
  readonly text: string;
  readonly tooltip: string;
  readonly severity: 'ok' | 'info' | 'warning' | 'error';
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function counts(errors: number, warnings: number): string {
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ') || 'none';
}

export function articleStatus(model: Pick<PreviewArticle, 'meta' | 'problems'>): ArticleStatus {
  const errors = model.problems.filter((p) => p.severity === 'error').length;
  const warnings = model.problems.length - errors;
  const meta = model.meta;
  if (errors + warnings === 0) {
    return meta
      ? { severity: 'ok', text: '$(pass) Article ok', tooltip: `No errors or warnings in this article or its ${meta.brand} post meta.` }
      : {
        severity: 'info', text: '$(info) No post meta',
        tooltip: 'No errors or warnings, but this article has no post meta block. Run "Seed: Insert Post Meta" to add one prefilled from the body.',
      };
  }
  // the meta's counts are the problems inside its block; the rest are in the body
  const where = meta
    ? `In the body: ${counts(errors - meta.errors, warnings - meta.warnings)}. In the ${meta.brand} post meta: ${counts(meta.errors, meta.warnings)}.`
    : 'The article has no post meta block.';
  return {
    severity: errors ? 'error' : 'warning',
    text: `${errors ? '$(error)' : '$(warning)'} Article: ${counts(errors, warnings)}`,
    tooltip: `${where} Click to open the Problems view.`,
  };
}
