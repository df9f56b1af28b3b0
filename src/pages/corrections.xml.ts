import type { APIRoute } from 'astro';
import { feedResponse, loadFeedInput } from '../feeds/astro-feeds.ts';
import { correctionsFeed } from '../feeds/build-feeds.ts';

export const GET: APIRoute = async (context) => feedResponse(correctionsFeed(await loadFeedInput(context)), 'rss');
