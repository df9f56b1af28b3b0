// The allowlist for HTML in article bodies: GitHub's schema, narrowed so that nothing
// from content can script the page, restyle it, steal focus, or fail HTML validation.
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { SAFE_SCHEMES } from '../markdown/classify-href.ts';

// Presentational or form attributes that are obsolete in HTML, or that let content
// take over keyboard focus (tabIndex, accessKey).
const DROPPED_ATTRIBUTES = new Set([
  'abbr',
  'accept',
  'acceptCharset',
  'accessKey',
  'action',
  'align',
  'axis',
  'border',
  'cellPadding',
  'cellSpacing',
  'char',
  'charOff',
  'charSet',
  'clear',
  'color',
  'cols',
  'compact',
  'coords',
  'encType',
  'frame',
  'hSpace',
  'isMap',
  'label',
  'maxLength',
  'method',
  'multiple',
  'name',
  'noHref',
  'noShade',
  'noWrap',
  'prompt',
  'readOnly',
  'rev',
  'rows',
  'rules',
  'selected',
  'shape',
  'size',
  'tabIndex',
  'useMap',
  'vAlign',
  'value',
  'longDesc',
  'itemScope',
  'itemType',
  'itemProp',
]);

const DROPPED_TAGS = new Set(['strike', 'tt']);

type AttributeList = NonNullable<Schema['attributes']>[string];

function keep(list: AttributeList | undefined): AttributeList {
  return (list ?? []).filter((attribute) => !DROPPED_ATTRIBUTES.has(typeof attribute === 'string' ? attribute : attribute[0]));
}

const attributes: NonNullable<Schema['attributes']> = {};
for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) attributes[tag] = keep(list);
attributes.img = [...keep(attributes.img), 'alt', 'width', 'height', 'title'];
attributes.th = [...keep(attributes.th), 'abbr'];
attributes.li = [['className', 'task-list-item']];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Task-list checkboxes survive only as disabled checkboxes; render-markdown turns them into text.
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)),
  attributes,
  protocols: {
    href: [...SAFE_SCHEMES],
    cite: ['https', 'http'],
    src: ['https', 'http'],
    srcSet: ['https', 'http'],
  },
  // Elements whose text is not something a reader should see as prose.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title'],
};
