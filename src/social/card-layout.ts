// The Open Graph card as an element tree (satori-style boxes, drawn by takumi): plain
// objects, no JSX, no I/O, so the layout is tested without rendering. 1200×630 is what
// the big platforms crop to.
import { clipText, graphemeLength } from '../pipeline/text/clip-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT_FAMILY = 'Card Sans';

export interface CardContent {
  /** Small line above the title: topic names, or the kind of page. */
  kicker: string;
  title: string;
  /** One or two sentences under the title; cut to fit. */
  text: string;
  /** Bottom left, e.g. the site title. */
  footer: string;
  /** Bottom right, e.g. the publication date (optional). */
  date?: string;
  /** The item's claim status as of now, e.g. `Claim now: UNCONFIRMED · was CLAIMED` (optional): a shared card must not show a stale verdict. */
  status?: string;
}

export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const INK = '#14213d';
const MUTED = '#4a5568';
const ACCENT = '#b8321f';
const PAPER = '#fbfaf7';
export const TEXT_LIMIT = 190;

/** Longer headlines get a smaller type size so they stay within four lines. */
export function titleSize(title: string): number {
  const length = graphemeLength(title);
  if (length <= 50) return 72;
  if (length <= 80) return 62;
  if (length <= 115) return 54;
  return 46;
}

/** `limit` graphemes of text and an ellipsis, cut at a word boundary, so the card never needs a line clamp. */
export function clip(text: string, limit: number): string {
  return clipText(text, limit + 1);
}

function box(style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

// A column box, so the text inside wraps at the box's width instead of overflowing it.
function text(style: CardNode['props']['style'], value: string): CardNode {
  // A word longer than the line (a compound, a URL) breaks instead of running off the card.
  return box({ flexDirection: 'column', overflowWrap: 'break-word', ...style }, value);
}

export function cardLayout(content: CardContent): CardNode {
  const footer = [text({ fontWeight: 700 }, content.footer), ...(content.date ? [text({}, content.date)] : [])];
  // Renderers differ in box sizing (satori sizes content-box): the outer box is exactly the canvas, with no padding
  // or border of its own; the accent bar and the padded column sit inside it.
  return box({ width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', backgroundColor: PAPER, color: INK, fontFamily: CARD_FONT_FAMILY }, [
    box({ height: 16, backgroundColor: ACCENT }, []),
    box({ flexGrow: 1, flexDirection: 'column', paddingTop: 48, paddingRight: 72, paddingBottom: 44, paddingLeft: 72 }, [
      box({ justifyContent: 'space-between', alignItems: 'center' }, [
        text({ fontSize: 28, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 }, clip(content.kicker, content.status ? 34 : 60)),
        ...(content.status
          ? [
              text(
                {
                  fontSize: 26,
                  fontWeight: 700,
                  color: PAPER,
                  backgroundColor: INK,
                  paddingTop: 8,
                  paddingRight: 18,
                  paddingBottom: 8,
                  paddingLeft: 18,
                  borderRadius: 28,
                },
                clip(content.status, 44),
              ),
            ]
          : []),
      ]),
      text({ fontSize: titleSize(content.title), fontWeight: 700, lineHeight: 1.15, marginTop: 20 }, content.title),
      // The space between title and footer grows, the text inside it keeps its own height:
      // render-card.ts measures that height to cut text that would run into the footer.
      box({ flexGrow: 1, flexDirection: 'column', marginTop: 24 }, [text({ fontSize: 30, lineHeight: 1.4, color: MUTED }, clip(content.text, TEXT_LIMIT))]),
      box({ justifyContent: 'space-between', fontSize: 26, color: MUTED, borderTop: `2px solid ${INK}`, paddingTop: 18 }, footer),
    ]),
  ]);
}
