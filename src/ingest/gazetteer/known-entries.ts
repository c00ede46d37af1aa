import type { Entity } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import type { GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';
import { KNOWN_ENTITIES } from './known-entities';

let cached: GazetteerEntry[] | null = null;

/** The curated well-known entities as gazetteer entries, built once. */
export function knownEntries(): GazetteerEntry[] {
  if (cached) return cached;
  cached = KNOWN_ENTITIES.flatMap((data) => {
    const labels = [
      ...(data.en[0] ? [{ lang: 'en', text: data.en[0] }] : []),
      ...(data.fr[0] ? [{ lang: 'fr', text: data.fr[0] }] : []),
    ];
    const entity: Entity = {
      id: entityId(data.kind, data.name),
      kind: data.kind,
      name: data.name,
      labels: mergeLabels(labels),
      aliases: mergeLabels(
        data.en.slice(1).map((text) => ({ lang: 'en', text })),
        data.fr.slice(1).map((text) => ({ lang: 'fr', text })),
      ),
    };
    return [...data.en, ...data.fr].map((text): GazetteerEntry => ({
      text,
      entity,
      role: caseRuleOf(text) === 'exact' ? 'acronym' : 'name',
      caseRule: caseRuleOf(text),
      country: null,
      gender: null,
      source: 'known',
      media: data.media === true,
    }));
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
