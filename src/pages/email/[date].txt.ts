import type { APIRoute } from 'astro';
import { editionPaths, htmlResponse, type DayEdition } from '../../email/astro-editions.ts';
import { renderEmailText } from '../../email/email-text.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ props }) => {
  const day = props.day as DayEdition;
  return htmlResponse(renderEmailText(day.edition), 'text/plain');
};
