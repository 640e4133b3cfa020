// Rule 8: `flags has images` is 1 exactly when the body has an image, and `image sources` has one
// record per body image with the same caption, in order (and is present exactly then).
import { replaceLines } from '../../edits';
import type { Image, MetaField } from '../../model';
import { bodyFacts, pairValue, recordsOf } from '../../views';
import { misspelledField } from '../schema';
import type { Related, Rule, RuleContext } from '../rule';
import { metaFacts } from './outline';

export const imagesRule: Rule = {
  name: 'images',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    const { fields } = metaFacts(ctx.model);
    const images = bodyFacts(ctx.model).images;
    const where: Related[] = images.map((im, i) => ({ range: im.captionRange, message: `body image ${i + 1}` }));
    const flag = pairValue(fields.get('flags'), 'has images');
    const want = images.length > 0 ? '1' : '0';
    if (flag && (flag.value === '0' || flag.value === '1') && flag.value !== want) {
      ctx.report('meta.images-mismatch', flag.valueRange,
        `\`flags has images\` is ${flag.value}, but the body has ${images.length === 0 ? 'no image' : `${images.length} image${images.length > 1 ? 's' : ''}`}: expected ${want}.`, {
          related: where,
          fixes: [{ title: `Set \`has images\` to ${want}`, edits: [{ range: flag.valueRange, newText: want }], preferred: true }],
        });
    }
    const sources = fields.get('image sources');
    if (!sources) {
      // a misspelled `image sources` line is reported there, with its rename
      if (images.length > 0 && !misspelledField(ctx, 'image sources')) {
        ctx.report('meta.images-mismatch', meta.markerRange,
          `The body has ${images.length} image${images.length > 1 ? 's' : ''}, but the post meta has no \`image sources\`: expected one record (source, url, caption) per image.`,
          { related: where });
      }
      return;
    }
    if (images.length === 0) {
      // every copy goes: a second `image sources` (a duplicate field) would carry the same mismatch
      const copies = meta.fields.filter((f) => f.name === 'image sources');
      ctx.report('meta.images-mismatch', sources.nameRange,
        '`image sources` is present, but the body has no image: expected the field only when the article has images.', {
          fixes: [{ title: 'Remove `image sources`', edits: copies.map((f) => replaceLines(ctx.model, f.line, f.range.end.line, [])) }],
        });
      return;
    }
    compareCaptions(ctx, sources, images, where);
  },
};

function compareCaptions(ctx: RuleContext, sources: MetaField, images: readonly Image[], where: Related[]): void {
  const records = recordsOf(sources);
  if (records.length !== images.length) {
    ctx.report('meta.images-mismatch', sources.nameRange,
      `\`image sources\` has ${records.length} record${records.length === 1 ? '' : 's'}, but the body has ${images.length} image${images.length === 1 ? '' : 's'}: expected one record per image, in order.`,
      { related: where });
    return;
  }
  records.forEach((rec, i) => {
    const caption = rec.pairs.find((p) => p.key === 'caption');
    const image = images[i] as Image;
    if (!caption || caption.value === image.caption) return;
    // an empty value reads `caption:` (the item's trailing spaces are trimmed), a bare key `caption`: keep it `key: value`
    const sep = !caption.wellFormed ? ': ' : caption.value === '' ? ' ' : '';
    ctx.report('meta.images-mismatch', caption.valueRange,
      `The caption of image source ${i + 1} is \`${caption.value}\`, but body image ${i + 1} says \`${image.caption}\`: expected the same caption.`, {
        related: [{ range: image.captionRange, message: `body image ${i + 1}` }],
        fixes: [{ title: 'Use the body image\'s caption', edits: [{ range: caption.valueRange, newText: sep + image.caption }], preferred: true }],
      });
  });
}
