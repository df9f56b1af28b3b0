import { defineCollection } from 'astro:content';
import { briefingLoader } from './loader/briefing-loader.ts';

// Every collection is loaded by our own loader, which runs the same pipeline as
// `npm run check` and stores finished, sanitised HTML.
export const collections = {
  articles: defineCollection({ loader: briefingLoader('articles') }),
  actors: defineCollection({ loader: briefingLoader('actors') }),
  topics: defineCollection({ loader: briefingLoader('topics') }),
  pages: defineCollection({ loader: briefingLoader('pages') }),
  site: defineCollection({ loader: briefingLoader('site') }),
  days: defineCollection({ loader: briefingLoader('days') }),
  authors: defineCollection({ loader: briefingLoader('authors') }),
  updates: defineCollection({ loader: briefingLoader('updates') }),
  translations: defineCollection({ loader: briefingLoader('translations') }),
  territory: defineCollection({ loader: briefingLoader('territory') }),
};
