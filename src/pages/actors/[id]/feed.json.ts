import type { APIRoute } from 'astro';
import { feedPathsFor, feedResponse, loadFeedInput } from '../../../feeds/astro-feeds.ts';
import { actorFeed } from '../../../feeds/build-feeds.ts';

export const getStaticPaths = () => feedPathsFor('actors');

export const GET: APIRoute = async (context) => feedResponse(actorFeed(await loadFeedInput(context), context.params.id!), 'json');
