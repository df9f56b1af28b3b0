import type { APIRoute } from 'astro';
import { loadEditions } from '../email/astro-editions.ts';
import { DIGEST_FEED_PATH, digestFeed } from '../feeds/digest-feed.ts';
import { feedResponse } from '../feeds/astro-feeds.ts';
import { DAYS_PATH } from '../site/days.ts';

export const GET: APIRoute = async () => {
  const { briefing, editions, url } = await loadEditions();
  const head = {
    title: briefing.site.title,
    description: briefing.site.description,
    language: briefing.site.language,
    homeUrl: url(DAYS_PATH),
    selfUrl: url(DIGEST_FEED_PATH),
    contact: briefing.site.contact,
  };
  return feedResponse(
    digestFeed(
      editions.map(({ page, edition }) => ({ edition, published: page.lastDate })),
      head,
    ),
    'rss',
  );
};
