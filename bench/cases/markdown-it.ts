// Anchor: markdown-it's block and inline parse of the same bytes (`md.parse(text, {})`).
import MarkdownIt from 'markdown-it';
import { copiesFor, measure, retainedHeap, type Plan, type Stats } from '../timing';
import { sink } from './sink';

export interface MarkdownItResult { readonly time: Stats; readonly tokens: number; readonly retainedBytes: number }

export function markdownItParse(text: string, plan: Plan): MarkdownItResult {
  const md = new MarkdownIt();
  const time = measure(() => sink(md.parse(text, {}).length), plan);
  const { bytes, value } = retainedHeap(() => md.parse(text, {}), copiesFor(text.length));
  return { time, tokens: value.length, retainedBytes: bytes };
}
