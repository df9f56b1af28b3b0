import type { APIRoute } from 'astro';
import { editionFeedPathsFor, feedResponse, loadFeedInput } from '../../../../feeds/astro-feeds.ts';
import { topicFeed } from '../../../../feeds/build-feeds.ts';

export const getStaticPaths = () => editionFeedPathsFor('topics');

export const GET: APIRoute = async (context) => feedResponse(topicFeed(await loadFeedInput(context, context.params.edition), context.params.id!), 'json');
