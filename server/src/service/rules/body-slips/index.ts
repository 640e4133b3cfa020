// Slips in the body that change what the meta is compared with: a list item glued to its bullet, a
// vocabulary heading written with a colon (or another end mark), a `#`, Markdown emphasis or a typo, an
// image caption line with `Image Source`.
// The site reads each as written (a paragraph, code, another section); while one stands, the counts it
// changes are not compared with the meta (counts.ts).
import type { SeedModel } from '../../model';
import { indentation, type LineTable } from '../../text';
import { bodyFacts, ODD_PARAGRAPH_SIZE, type OddParagraph } from '../../views';
import type { Rule } from '../rule';
import { countsChangedBy } from './counts';
import { gluedCode, gluedParagraph } from './glued';
import { CHECKLIST_ONLY, headingSlip, vocabularyOf, widest } from './headings';
import { imageLines, imagesMayHaveSlipped } from './images';

export const BODY_SLIPS: ReadonlySet<string> = new Set(['body.glued-bullet', 'body.heading-near-miss', 'body.image-near-miss']);

/** The body's counts that the reported slips change (each slip's own line names them). */
export function countsChangedBySlips(model: SeedModel, slipLines: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const line of slipLines) for (const c of countsChangedBy(model, line) ?? []) out.add(c);
  return out;
}

/**
 * The text of a line of code that may be a heading ended with `;` (spec §2 rule 7), alone or joined to the
 * code next to it: indented less than 4 columns (more is code by its indentation, which the fix keeps).
 * Most code lines do not end with `;`: that is read in place, and only a line that does is copied.
 */
function headingWithSemicolon(lines: LineTable, line: number): string | undefined {
  if (lines.codeAt(line, lines.endColumn(line) - lines.col(line) - 1) !== 59) return undefined;
  const text = lines.text(line);
  const first = text.charCodeAt(0);
  return (first !== 32 && first !== 9) || indentation(text)[0] < 4 ? text : undefined;
}

function everyParagraph(model: SeedModel): OddParagraph[] {
  const out: OddParagraph[] = [];
  for (const blocks of [model.intro, ...model.sections.map((s) => s.blocks)]) {
    blocks.forEach((b, index) => { if (b.kind === 'paragraph') out.push({ paragraph: b, blocks, index }); });
  }
  return out;
}

export const bodySlipsRule: Rule = {
  name: 'body-slips',
  run(ctx) {
    const model = ctx.model;
    if (model.binary || !model.title) return;
    const lines = model.lines;
    const vocabulary = vocabularyOf(ctx);
    const facts = bodyFacts(model);
    const checklist = facts.checklistSection?.blocks;
    // the body facts gather the short paragraphs; a site with very long headings has every paragraph asked
    const candidates = widest(vocabulary) <= ODD_PARAGRAPH_SIZE ? facts.oddParagraphs : everyParagraph(model);
    for (const { paragraph, blocks, index } of candidates) {
      const place = { blocks, index, inSection: blocks !== model.intro, inChecklist: blocks === checklist };
      gluedParagraph(ctx, paragraph, place);
      if (lines.size(paragraph.line) <= widest(vocabulary)) {
        headingSlip(ctx, paragraph.line, lines.text(paragraph.line), paragraph, vocabulary, { kind: 'paragraph', inIntro: !place.inSection, inChecklist: place.inChecklist });
      }
    }
    for (const { code, blocks, index } of facts.unfencedCode) {
      const place = { blocks, index, inSection: blocks !== model.intro, inChecklist: blocks === checklist };
      gluedCode(ctx, code, place);
      for (let line = code.firstLine; line <= code.lastLine; line++) {
        if (lines.size(line) > widest(vocabulary)) continue;
        const text = headingWithSemicolon(lines, line);
        if (text !== undefined) headingSlip(ctx, line, text, undefined, vocabulary, { kind: 'code', inIntro: !place.inSection, inChecklist: place.inChecklist });
      }
    }
    // a heading of shape is a heading either way; one that nearly is the checklist's leaves the article without one
    if (!facts.checklistSection) {
      for (const s of model.sections) {
        if (!s.heading.byVocabulary) headingSlip(ctx, s.heading.line, lines.text(s.heading.line), s.heading, CHECKLIST_ONLY, { kind: 'heading', inIntro: false, inChecklist: false });
      }
    }
    if (imagesMayHaveSlipped(model)) {
      imageLines(ctx, model.intro, false);
      for (const s of model.sections) imageLines(ctx, s.blocks, true);
    }
  },
};
