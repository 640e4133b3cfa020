// Every diagnostic code the service reports, with its default severity. Codes are stable: settings,
// docs and tests refer to them.
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const CODES = {
  'syntax.empty': { severity: 'error', about: 'The file has no title (it is empty, or the parser could not read it).' },
  'syntax.no-title': { severity: 'error', about: 'The file starts with the post meta block: the title is missing.' },
  'syntax.unclosed-fence': { severity: 'error', about: 'A ``` code fence is never closed.' },
  'internal.rule-failed': { severity: 'information', about: 'A rule of the checker failed on this document (a bug to report).' },
  'syntax.binary': { severity: 'error', about: 'The file holds NUL bytes: binary data, not an article.' },
  'meta.unknown-field': { severity: 'error', about: 'A meta line starts with no known field name.' },
  'meta.item-outside-field': { severity: 'error', about: 'An item stands before any field of the meta block.' },
  'meta.stray-line': { severity: 'error', about: 'An indented meta line is not an item (`  • …`).' },
  'meta.brand': { severity: 'warning', about: 'The post meta marker names another brand than the site\'s config.' },
  'meta.marker-near-miss': { severity: 'warning', about: 'A body line is nearly the post meta marker (case, spaces, a colon): the meta block below it is read as body.' },
  'body.glued-bullet': { severity: 'warning', about: 'A body line is a list item but for the space after its bullet (`•add`): it is read as a paragraph.' },
  'body.heading-near-miss': { severity: 'warning', about: 'A body line is nearly a vocabulary heading (a colon, a `#`, a typo): it is read as a paragraph or another heading.' },
  'body.placeholder': { severity: 'warning', about: 'A sentence or code block of the new-article template that was never written over.' },
  'body.image-near-miss': { severity: 'warning', about: 'A body line is nearly an image caption line (`. Image Source: `): it is read as a paragraph.' },
  'meta.duplicate-marker': { severity: 'error', about: 'A second `<brand> post meta` line inside the meta block.' },
  'meta.indentation': { severity: 'error', about: 'An item is indented at the wrong column (2 for items and pairs, 4 for record keys).' },
  'meta.shape': { severity: 'error', about: 'A field is written in the wrong shape (inline value vs items).' },
  'meta.pair-syntax': { severity: 'error', about: 'An item of a pairs or records field is not `key: value`.' },
  'meta.unknown-key': { severity: 'error', about: 'A pairs or records item has a key the schema does not know.' },
  'meta.duplicate-key': { severity: 'error', about: 'A key appears twice in a pairs field or a record.' },
  'meta.missing-key': { severity: 'error', about: 'A pairs field or record lacks a required key.' },
  'meta.missing-field': { severity: 'error', about: 'A required meta field is missing.' },
  'meta.invalid-value': { severity: 'error', about: 'A value breaks its field\'s rule.' },
  'meta.duplicate-field': { severity: 'warning', about: 'A field appears twice (consistency rule 10).' },
  'meta.field-order': { severity: 'hint', about: 'Fields are not in the canonical order (consistency rule 10).' },
  'meta.topic-mismatch': { severity: 'warning', about: '`topic` is not `<ai outline problem> / <ai outline stack>` (rule 1).' },
  'meta.scenario-mismatch': { severity: 'warning', about: '`payload scenario` differs from `ai outline context` (rule 2).' },
  'meta.stack-mismatch': { severity: 'warning', about: 'The first `stack` item differs from `ai outline stack` (rule 3).' },
  'meta.entities-mismatch': { severity: 'warning', about: '`entities` lacks the stack or problem record of the outline (rule 4).' },
  'meta.number-mismatch': { severity: 'warning', about: '`reference`, `payload source id` and `payload seed` carry different numbers (rule 5).' },
  'meta.checklist-mismatch': { severity: 'warning', about: '`checklist` differs from the body\'s checklist (rule 6).' },
  'meta.paragraphs-mismatch': { severity: 'warning', about: '`payload paragraphs` differs from the body\'s paragraph count (rule 7).' },
  'meta.images-mismatch': { severity: 'warning', about: '`flags has images` or `image sources` disagree with the body\'s images (rule 8).' },
  'meta.title-mismatch': { severity: 'warning', about: 'The title does not mention the topic\'s problem and stack (rule 9).' },
  'workspace.duplicate-reference': { severity: 'warning', about: 'Another article in the workspace has the same `reference`.' },
  'workspace.duplicate-hash': { severity: 'warning', about: 'Another article in the workspace has the same `hash`.' },
  'workspace.duplicate-seed': { severity: 'warning', about: 'Another article in the workspace has the same seed number (`payload seed` / `source id`).' },
  'workspace.duplicate-title': { severity: 'warning', about: 'Another article in the workspace has the same title.' },
  'workspace.rare-value': { severity: 'hint', about: 'A value used only in this article has a near spelling used often in the workspace.' },
  'config.invalid': { severity: 'error', about: 'seed.config.json breaks its schema.' },
} as const satisfies Record<string, { severity: Severity; about: string }>;

export type Code = keyof typeof CODES;

export function isCode(s: string): s is Code {
  return Object.prototype.hasOwnProperty.call(CODES, s);
}
