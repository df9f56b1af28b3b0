import type { APIRoute } from 'astro';
import { feedResponse, loadFeedInput } from '../feeds/astro-feeds.ts';
import { siteFeed } from '../feeds/build-feeds.ts';

export const GET: APIRoute = async (context) => feedResponse(siteFeed(await loadFeedInput(context)), 'rss');
