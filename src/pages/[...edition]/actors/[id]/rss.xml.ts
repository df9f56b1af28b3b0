import type { APIRoute } from 'astro';
import { editionFeedPathsFor, feedResponse, loadFeedInput } from '../../../../feeds/astro-feeds.ts';
import { actorFeed } from '../../../../feeds/build-feeds.ts';

export const getStaticPaths = () => editionFeedPathsFor('actors');

export const GET: APIRoute = async (context) => feedResponse(actorFeed(await loadFeedInput(context, context.params.edition), context.params.id!), 'rss');
