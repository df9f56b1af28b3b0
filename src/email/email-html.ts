// The HTML part of the email edition, made by MJML (mjml.io, maintained; table layout and
// inline CSS that mail clients render, Outlook included) from the Edition. Every text is
// escaped before it enters the MJML; fonts are system stacks (`fonts: {}` keeps MJML from
// linking Google Fonts) and includes are off, so rendering reads no file and no network.
import mjml2html from 'mjml';
import { escapeXml } from '../feeds/markup.ts';
import type { Edition } from './edition.ts';

/** The widest the email gets: the usual limit of mail clients' reading panes. */
export const EMAIL_WIDTH = 600;

const FONT = 'Helvetica, Arial, sans-serif';
const INK = '#1a1a1a';
const MUTED = '#555555';
const LINK = '#0b4f9c';
const s = (css: string) => ` style="${css}"`;
const A = s(`color:${LINK};text-decoration:underline;`);
const H2 = s(`margin:0 0 8px;font-size:18px;line-height:1.3;color:${INK};`);
const P = s('margin:0 0 8px;');
const META = s(`margin:0 0 4px;font-size:13px;color:${MUTED};`);
const UL = s('margin:0 0 8px;padding:0 0 0 20px;');
const LI = s('margin:0 0 6px;');

const esc = (text: string) => escapeXml(text);
const link = (url: string, text: string) => `<a href="${esc(url)}"${A}>${esc(text)}</a>`;

function block(title: string, html: string[]): string {
  if (html.length === 0) return '';
  return `<mj-section padding="8px 0"><mj-column><mj-text><h2${H2}>${esc(title)}</h2>${html.join('')}</mj-text></mj-column></mj-section>`;
}

export function emailMjml(e: Edition): string {
  const takeaways = e.takeaways.length
    ? [`<ul${UL}>${e.takeaways.map((t) => `<li${LI}>${esc(t.text)}${t.link ? ` ${link(t.link.url, t.link.text)}` : ''}</li>`).join('')}</ul>`]
    : [];
  const items = e.items.map(
    (i) =>
      `<p${s('margin:12px 0 2px;font-size:16px;font-weight:bold;')}>${link(i.url, i.title)}</p><p${META}>${esc(i.time)}</p><p${P}>${esc(i.summary)}</p>` +
      (i.keyPoints.length ? `<ul${UL}>${i.keyPoints.map((p) => `<li${LI}>${esc(p)}</li>`).join('')}</ul>` : ''),
  );
  const changes = e.changes.map(
    (c) =>
      `<p${P}><strong>${esc(c.from)} → ${esc(c.to)}</strong>: ${esc(c.text)}</p><p${META}>By ${esc(c.by)}, in ${link(c.item.url, c.item.text)}${c.note ? `. ${esc(c.note)}` : ''}</p>`,
  );
  const events = e.events.map((ev) => `<p${P}><span${s(`color:${MUTED};`)}>${esc(ev.time)}</span>: ${link(ev.url, ev.title)}</p>`);
  const corrections = e.corrections.map((c) => `<p${P}>${esc(c.text)}</p><p${META}>${esc(c.time)} · ${link(c.item.url, c.item.text)}</p>`);
  const around = [e.previous ? `Previous day: ${link(e.previous.url, e.previous.text)}` : '', e.next ? `Next day: ${link(e.next.url, e.next.text)}` : '']
    .filter(Boolean)
    .join(' · ');
  return `<mjml lang="${esc(e.language)}">
<mj-head>
<mj-title>${esc(`${e.headline} · ${e.siteTitle}`)}</mj-title>
<mj-preview>${esc(e.preview)}</mj-preview>
<mj-attributes>
<mj-all font-family="${FONT}" />
<mj-text font-size="16px" line-height="1.5" color="${INK}" padding="0 24px" />
</mj-attributes>
</mj-head>
<mj-body width="${EMAIL_WIDTH}px" background-color="#f2f2ef">
<mj-wrapper background-color="#ffffff" padding="16px 0">
<mj-section padding="0 0 8px"><mj-column><mj-text font-size="14px" color="${MUTED}">${link(e.homeUrl, e.siteTitle)} · ${link(e.pageUrl, 'Read on the web')}</mj-text>
<mj-text><h1${s(`margin:8px 0 4px;font-size:24px;line-height:1.25;color:${INK};`)}>${esc(e.headline)}</h1></mj-text></mj-column></mj-section>
${block('Takeaways', takeaways)}
${block('Items', items)}
${block('Claim status changes', changes)}
${block('Events', events)}
${block('Corrections', corrections)}
<mj-section padding="8px 0 0"><mj-column><mj-divider border-width="1px" border-color="#dddddd" padding="8px 24px" />
<mj-text font-size="13px" color="${MUTED}">${around ? `<p${P}>${around}</p>` : ''}<p${P}>${esc(e.siteTitle)}: ${link(e.homeUrl, e.homeUrl)} · ${link(e.textUrl, 'Plain-text version')}</p><p${P}>Corrections and tips: ${link(`mailto:${e.contact.email}`, e.contact.name)}</p></mj-text></mj-column></mj-section>
</mj-wrapper>
</mj-body>
</mjml>`;
}

/** The email-safe HTML document for one edition. */
export async function renderEmailHtml(e: Edition): Promise<string> {
  const result = await mjml2html(emailMjml(e), { validationLevel: 'strict', fonts: {}, ignoreIncludes: true, keepComments: true });
  return result.html;
}
