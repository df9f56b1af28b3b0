import type { APIRoute } from 'astro';
import { htmlResponse, loadEditions } from '../../email/astro-editions.ts';
import { renderEmailHtml } from '../../email/email-html.ts';

// The newest day's edition, for services that fetch one fixed address. With no day yet,
// a short valid page says so.
export const GET: APIRoute = async () => {
  const { editions, briefing } = await loadEditions();
  const latest = editions[0];
  if (latest) return htmlResponse(await renderEmailHtml(latest.edition), 'text/html');
  return htmlResponse(
    `<!doctype html><html lang="${briefing.site.language}"><head><meta charset="utf-8"><title>${briefing.site.title}</title></head><body><p>No edition yet.</p></body></html>`,
    'text/html',
  );
};
