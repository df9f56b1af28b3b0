// The edition's feed (atom): the original's at the root, each translation's under its prefix.
import { editionFeedPaths, feedRoute } from '../../feeds/astro-feeds.ts';

export const getStaticPaths = editionFeedPaths;

export const GET = feedRoute('atom');
