import { defineCollection } from 'astro:content';
import { briefingLoader } from './loader/briefing-loader.ts';

// Every collection is loaded by our own loader, which runs the same pipeline as
// `npm run check` and stores finished, sanitised HTML.
export const collections = {
  articles: defineCollection({ loader: briefingLoader('articles') }),
  actors: defineCollection({ loader: briefingLoader('actors') }),
  topics: defineCollection({ loader: briefingLoader('topics') }),
  site: defineCollection({ loader: briefingLoader('site') }),
  territory: defineCollection({ loader: briefingLoader('territory') }),
};
