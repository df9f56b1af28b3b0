import type { APIRoute } from 'astro';
import { htmlResponse, loadEditions, type DayEdition } from '../../email/astro-editions.ts';
import { renderEmailText } from '../../email/email-text.ts';

export async function getStaticPaths() {
  const { editions } = await loadEditions(undefined);
  return editions.map((day) => ({ params: { date: day.page.date }, props: { day } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { editions } = await loadEditions(site);
  const day = editions.find((d) => d.page.date === (props.day as DayEdition).page.date)!;
  return htmlResponse(renderEmailText(day.edition), 'text/plain');
};
