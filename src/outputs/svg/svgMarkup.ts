/*
 * The few pieces of SVG markup the timeline needs, written as strings: the library has no DOM
 * and no run-time dependencies, and an SVG is plain XML text.
 */

/** Text and attribute values with the five XML special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&${entities[character as keyof typeof entities]};`);
}

const entities = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const;

/** A coordinate or length with at most one decimal, so the output stays short and stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

type AttributeValue = string | number | undefined;

/** An element: numbers are rounded, `undefined` attributes left out, children joined. */
export function element(name: string, attributes: Readonly<Record<string, AttributeValue>>, children: readonly string[] = []): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    open += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** A `<title>` child: the accessible name screen readers announce and browsers show on hover. */
export function titleOf(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

/** A `<text>` element holding `text`, escaped. */
export function textElement(attributes: Readonly<Record<string, AttributeValue>>, text: string): string {
  return `${element('text', attributes).slice(0, -2)}>${escapeXml(text)}</text>`;
}

/**
 * A width no common sans-serif font exceeds for this text, without measuring it (there is no
 * DOM): per character 0.66 em, 0.76 em for capitals and wide letters, 0.42 em for narrow ones,
 * and 12% more in bold. These are DejaVu Sans's widths (the widest of the usual fallbacks, and
 * Linux's default) rounded up; Arial, Helvetica and Segoe UI are narrower. Labels placed by it
 * never overlap, at the cost of some white space; the browser test measures the real widths.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const character of text) ems += /[A-Z@%mw]/.test(character) ? 0.76 : /[fijlrt.,:;'|!()\[\] ]/.test(character) ? 0.42 : 0.66;
  return ems * fontSize * (bold ? 1.12 : 1);
}
