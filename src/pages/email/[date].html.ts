import type { APIRoute } from 'astro';
import { editionPaths, htmlResponse, type DayEdition } from '../../email/astro-editions.ts';
import { renderEmailHtml } from '../../email/email-html.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ props }) => {
  const day = props.day as DayEdition;
  return htmlResponse(await renderEmailHtml(day.edition), 'text/html');
};
