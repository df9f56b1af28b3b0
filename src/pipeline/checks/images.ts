// Every picture an item uses (its `image` and the Markdown images of its body) must be a
// raster file that exists next to the item or in content/images/, with alt text that
// describes it. Pure apart from one existence test per picture.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { emptyAlt, resolveImage } from '../images/image-paths.ts';
import type { RuleId } from '../rules.ts';
import type { ContentIndex } from './content-index.ts';

export function checkImages(index: ContentIndex, root: string, contentDir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const exists = (file: string) => existsSync(join(root, file));
  for (const file of index.checked) {
    const image = file.raw.image;
    if (image !== null && typeof image === 'object' && !Array.isArray(image)) {
      const { src, alt } = image as Record<string, unknown>;
      if (typeof src === 'string') {
        const at = () => file.locate(['image', 'src']);
        const resolved = resolveImage(src, file.file, contentDir);
        if (!resolved.ok)
          out.push(diagnostic({ file: file.file, at: at(), field: 'image.src', rule: resolved.rule, message: resolved.message, hint: resolved.hint }));
        else if (!exists(resolved.file))
          out.push(
            diagnostic({
              file: file.file,
              at: at(),
              field: 'image.src',
              rule: 'image-file',
              message: `"${src}" points to ${resolved.file}, which does not exist`,
            }),
          );
        const empty = typeof alt === 'string' ? emptyAlt(alt, src) : undefined;
        if (empty)
          out.push(
            diagnostic({
              file: file.file,
              at: file.locate(['image', 'alt']),
              field: 'image.alt',
              rule: 'image-alt',
              message: empty,
              hint: 'say what the picture shows, in a sentence',
            }),
          );
      }
    }
    for (const picture of file.facts?.images ?? []) {
      const problem = (rule: RuleId, message: string, hint?: string) =>
        out.push(diagnostic({ file: file.file, at: picture, field: 'body', rule, message, hint }));
      // Only item pages run the image pipeline (see ArticleView.astro for why).
      if (file.collection !== 'articles') {
        problem('image-file', `pictures are shown in items only, not in ${file.collection}`, 'move the picture into an item, or link to it');
        continue;
      }
      const resolved = resolveImage(picture.src, file.file, contentDir);
      if (!resolved.ok) problem(resolved.rule, resolved.message, resolved.hint);
      else if (!exists(resolved.file)) problem('image-file', `image "${picture.src}" points to ${resolved.file}, which does not exist`);
    }
  }
  return out;
}
