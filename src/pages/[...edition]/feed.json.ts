// The edition's feed (json): the original's at the root, each translation's under its prefix.
import type { APIRoute } from 'astro';
import { editionFeedPaths, feedResponse, loadFeedInput } from '../../feeds/astro-feeds.ts';
import { siteFeed } from '../../feeds/build-feeds.ts';

export const getStaticPaths = editionFeedPaths;

export const GET: APIRoute = async (context) => feedResponse(siteFeed(await loadFeedInput(context, context.params.edition)), 'json');
