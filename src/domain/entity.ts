/** What kind of thing an entity is. The order is the order shown to users. */
export const ENTITY_KINDS = [
  'COUNTRY',
  'ORGANIZATION',
  'PERSON',
  'LOCATION',
  'ARMED_FORCE',
  'COMMODITY',
  'EVENT',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A name in one language. `lang` is an ISO 639-1 code ("fr", "en"), or "und" when unknown. */
export interface Label {
  readonly lang: string;
  readonly text: string;
}

/**
 * A thing in the world. `labels` are the preferred names per language,
 * `aliases` every other way the text may name it (acronyms, demonyms, metonyms).
 */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly labels: readonly Label[];
  readonly aliases: readonly Label[];
  /**
   * True for an entity an extractor made up from a name nobody knew, until
   * some article names it without that doubt (a hand annotation, the
   * gazetteer). Stores always return it; writers may leave it out (false).
   */
  readonly candidate?: boolean;
}

/** An entity stays a candidate only while every writer of it was unsure. */
export function isCandidate(entity: Entity): boolean {
  return entity.candidate === true;
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Union of two label lists without duplicates, sorted by language then text: the stored order. */
export function mergeLabels(...lists: readonly (readonly Label[])[]): Label[] {
  const byKey = new Map<string, Label>();
  for (const list of lists) {
    for (const label of list) {
      const text = label.text.trim();
      if (text !== '') byKey.set(`${label.lang}\u0000${text}`, { lang: label.lang, text });
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.lang === b.lang ? compareText(a.text, b.text) : compareText(a.lang, b.lang),
  );
}

/** Code-unit order, the same in every store (not locale order). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
