import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.BASELINE_CONTENT_DIR;
if (!contentDir) throw new Error('BASELINE_CONTENT_DIR must name the corpus content folder (absolute path)');

// A tiny schema: the baseline renders what a blog renders and ignores the rest.
const articles = defineCollection({
  // Ids are file names, as in the project (year folders do not show in URLs).
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles`, generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.md$/, '') }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    published: z.coerce.date(),
    status: z.string().optional(),
  }),
});

export const collections = { articles };
