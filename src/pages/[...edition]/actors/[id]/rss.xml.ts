import { editionFeedPathsFor, feedRoute } from '../../../../feeds/astro-feeds.ts';

export const getStaticPaths = () => editionFeedPathsFor('actors');

export const GET = feedRoute('rss');
