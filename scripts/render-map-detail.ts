// Renders a detail of the territory map (the east and south, from the 2025-08-20
// snapshot) to a PNG under content/images/, the picture the territory item carries.
// Same boundaries and same control data as the page's SVG map; drawn with resvg.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parse } from 'yaml';
import { drawRegions } from '../src/map/draw-regions.ts';
import { REGION_BY_ID } from '../src/pipeline/schema/regions.ts';

const ROOT = resolve(import.meta.dirname, '..');
const snapshot = process.argv[2] ?? '2025-08-20';
const text = readFileSync(resolve(ROOT, `content/territory/${snapshot}.md`), 'utf8');
const data = parse(text.split(/^---$/m)[1]!) as { regions: Array<{ id: string; control: string }> };
const FILL: Record<string, string> = { ukraine: '#cfe0f5', russia: '#f2b8b0', contested: '#f7dca0', unknown: '#e4e4e4' };
const drawn = drawRegions();
const paths = data.regions.map((r) => {
  const shape = drawn.shapes.get(REGION_BY_ID.get(r.id)!.iso)!;
  const hatch = r.control === 'russia' ? ' url(#r)' : r.control === 'contested' ? ' url(#c)' : '';
  return `<path d="${shape.d}" fill="${FILL[r.control]}"/>${hatch ? `<path d="${shape.d}" fill="${hatch.trim()}"/>` : ''}`;
});
const labels = ['luhansk', 'donetsk', 'zaporizhzhia', 'kherson', 'crimea', 'kharkiv', 'dnipropetrovsk'].map((id) => {
  const info = REGION_BY_ID.get(id)!;
  const [x, y] = drawn.shapes.get(info.iso)!.centroid;
  return `<text x="${x}" y="${y}" text-anchor="middle" font-family="Noto Sans, sans-serif" font-size="13" font-weight="700" fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke">${info.name.replace(' Oblast', '').replace('Autonomous Republic of ', '')}</text>`;
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="400 130 400 410" width="1000" height="1025">
<defs><pattern id="r" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#7a1f14" stroke-width="1.4"/></pattern>
<pattern id="c" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V7M0 0H7" stroke="#7a1f14" stroke-width="1.4" fill="none"/></pattern></defs>
<rect x="400" y="130" width="400" height="410" fill="#f4f7fb"/>${paths.join('')}<path d="${drawn.borders}" fill="none" stroke="#fff" stroke-width="1.2"/>${labels.join('')}</svg>`;
// resvg reads TTF/OTF only: the machine's fonts label the picture.
const fontFiles: string[] = [];
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1000 }, font: { fontFiles, loadSystemFonts: true } }).render().asPng();
const out = resolve(ROOT, `content/images/east-and-south-${snapshot}.png`);
writeFileSync(out, png);
console.log(`wrote ${out} (${png.byteLength} bytes)`);
