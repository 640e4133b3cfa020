// Anchor: the cheapest thing any line-based tool must do, splitting the text into lines.
import { measure, type Plan, type Stats } from '../timing';
import { sink } from './sink';

export interface SplitResult { readonly lf: Stats; readonly regex: Stats }

export function splitLines(text: string, plan: Plan): SplitResult {
  const lf = measure(() => sink(text.split('\n').length), plan);
  const regex = measure(() => sink(text.split(/\r?\n/).length), plan);
  return { lf, regex };
}
