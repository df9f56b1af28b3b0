import type { APIRoute } from 'astro';
import { robotsTxt } from '../sitemap/robots.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site?.href ?? 'https://example.org', import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
