// Custom requests between the extension (client) and the language server, typed once for both sides.
import type { TextEdit } from 'vscode-languageserver-types';

export interface DocumentParams { readonly uri: string }

/**
 * seed/insertMetaEdits — sent by the client's "Seed: Insert Post Meta" command; the server answers with
 * the edits that insert a post meta block prefilled from the body (none when the article has one).
 */
export const InsertMetaEdits = { method: 'seed/insertMetaEdits' } as const;
export type InsertMetaEditsResult = TextEdit[];

/**
 * seed/sortFieldsEdits — sent by the client to sort the meta fields into canonical order.
 */
export const SortFieldsEdits = { method: 'seed/sortFieldsEdits' } as const;
export type SortFieldsEditsResult = TextEdit[];

/**
 * seed/previewModel — sent by the preview manager whenever the article changes; the server answers
 * with the article as the site renders it plus each meta field's status, so the client never parses.
 */
export const PreviewModelRequest = { method: 'seed/previewModel' } as const;
export type { PreviewArticle, PreviewBlock, PreviewField, PreviewSection } from './service/features/preview-model';
