// Custom requests between the extension (client) and the language server, typed once for both sides.
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import type { ScaffoldAnswers } from './service/index';

export interface DocumentParams { readonly uri: string }

/**
 * The answer to the edit requests below: the edits with the version of the document they were computed
 * from (no edits: nothing to do), or null when the server has no such open document or failed. The client
 * applies them only while the document still has that version.
 */
export type VersionedEditsResult = TextDocumentEdit | null;

/**
 * seed/insertMetaEdits — sent by the client's "Seed: Insert Post Meta" command; the server answers with
 * the edits that insert a post meta block prefilled from the body (none when the article has one).
 */
export const InsertMetaEdits = { method: 'seed/insertMetaEdits' } as const;
export type InsertMetaEditsResult = VersionedEditsResult;

/**
 * seed/sortFieldsEdits — sent by the client to sort the meta fields into canonical order.
 */
export const SortFieldsEdits = { method: 'seed/sortFieldsEdits' } as const;
export type SortFieldsEditsResult = VersionedEditsResult;

/**
 * seed/previewModel — sent by the preview manager whenever the article changes; the server answers
 * with the article as the site renders it plus each meta field's status, so the client never parses.
 */
export const PreviewModelRequest = { method: 'seed/previewModel' } as const;
export type { PreviewArticle, PreviewBlock, PreviewField, PreviewSection } from './service/features/preview-model';

/**
 * seed/syncMetaEdits — sent by the client's "Seed: Sync Derived Meta" command; the server answers with the
 * edits that set the meta fields derived from the body (payload paragraphs, checklist, flags has images,
 * image sources). Empty when they already agree or the article has no post meta.
 */
export const SyncMetaEdits = { method: 'seed/syncMetaEdits' } as const;
export type SyncMetaEditsResult = VersionedEditsResult;

/**
 * seed/scaffold — sent by "Seed: New Article" with the writer's answers; the server answers with the new
 * file's text, its suggested name and the first place to write. The server supplies the randomness (the
 * fresh seed) from Web Crypto; the client writes the file.
 */
export const ScaffoldRequest = { method: 'seed/scaffold' } as const;
export interface ScaffoldParams { readonly answers: ScaffoldAnswers }
export type { ScaffoldAnswers, ScaffoldResult, ArticleStyle, TitleShape } from './service/index';

/**
 * seed/valuesFromTexts — sent by "Seed: New Article" with the texts of (up to a few hundred of) the
 * workspace's articles, which the client reads; the server, which reads no files, answers with the
 * stacks, tools, code languages, scenarios and difficulties they use, most frequent first.
 */
export const ValuesFromTexts = { method: 'seed/valuesFromTexts' } as const;
export interface ValuesFromTextsParams { readonly texts: readonly string[] }
export type { WorkspaceValues } from './service/index';
