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
 * A width no sans-serif font exceeds for this text, without measuring it (there is no DOM):
 * 0.62 em a character, 0.7 em for capitals and wide letters. Typical fonts average about
 * 0.5 em, so labels placed by this never overlap, at the cost of some white space.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += /[A-Z@%mw]/.test(character) ? 0.7 : /[il.,:;'|!()\[\] ]/.test(character) ? 0.4 : 0.62;
  return ems * fontSize;
}
