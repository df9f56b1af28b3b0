import { editionFeedPathsFor, feedRoute } from '../../../../feeds/astro-feeds.ts';

export const getStaticPaths = () => editionFeedPathsFor('topics');

export const GET = feedRoute('json');
