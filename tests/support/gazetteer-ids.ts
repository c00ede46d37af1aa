import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';

const gazetteer = buildGazetteer([]);

/**
 * The ids of the entities the gazetteer alone (no graph) knows by this text, each once: a name
 * two languages share is listed once per language.
 */
export function knownIds(text: string): string[] {
  return [...new Set(gazetteer.lookup(text).map((e) => e.entity.id))];
}
