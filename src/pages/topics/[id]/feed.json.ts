import type { APIRoute } from 'astro';
import { feedPathsFor, feedResponse, loadFeedInput } from '../../../feeds/astro-feeds.ts';
import { topicFeed } from '../../../feeds/build-feeds.ts';

export const getStaticPaths = () => feedPathsFor('topics');

export const GET: APIRoute = async (context) => feedResponse(topicFeed(await loadFeedInput(context), context.params.id!), 'json');
