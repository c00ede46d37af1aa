import type { Entity } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import type { GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';
import { KNOWN_ENTITIES } from './known-entities';
import { KNOWN_LANGUAGES } from './known-entity-data';

let cached: GazetteerEntry[] | null = null;

/** The curated well-known entities as gazetteer entries, built once. */
export function knownEntries(): GazetteerEntry[] {
  if (cached) return cached;
  cached = KNOWN_ENTITIES.flatMap((data) => {
    const names = KNOWN_LANGUAGES.map((lang) => ({ lang, texts: data[lang] ?? [] }));
    const own = KNOWN_LANGUAGES.flatMap((lang) =>
      (data.only?.[lang] ?? []).map((text) => ({ lang, text })),
    );
    const entity: Entity = {
      id: entityId(data.kind, data.name),
      kind: data.kind,
      name: data.name,
      labels: mergeLabels(
        names.flatMap(({ lang, texts }) => (texts[0] ? [{ lang, text: texts[0] }] : [])),
      ),
      aliases: mergeLabels([
        ...names.flatMap(({ lang, texts }) => texts.slice(1).map((text) => ({ lang, text }))),
        ...own,
      ]),
    };
    const entry = (text: string, language?: string): GazetteerEntry => ({
      text,
      entity,
      role: caseRuleOf(text) === 'exact' ? 'acronym' : 'name',
      caseRule: caseRuleOf(text),
      country: null,
      gender: null,
      source: 'known',
      media: data.media === true,
      ...(language === undefined ? {} : { language }),
    });
    const texts = new Set(names.flatMap((n) => n.texts));
    return [...[...texts].map((text) => entry(text)), ...own.map((o) => entry(o.text, o.lang))];
  });
  return cached;
}

/** The graph's own entities: every label and alias names the entity. */
export function graphEntries(
  known: readonly Entity[],
  mediaIds: ReadonlySet<string>,
): GazetteerEntry[] {
  return known.flatMap((entity) =>
    [{ lang: 'und', text: entity.name }, ...entity.labels, ...entity.aliases].map(
      (label): GazetteerEntry => ({
        text: label.text,
        entity,
        role: caseRuleOf(label.text) === 'exact' ? 'acronym' : 'name',
        caseRule: caseRuleOf(label.text),
        country: null,
        gender: null,
        source: 'graph',
        media: mediaIds.has(entity.id),
      }),
    ),
  );
}
