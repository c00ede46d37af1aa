import type { Entity } from '../../domain/entity';

/**
 * What a name in the gazetteer stands for. `name` entries name the entity
 * itself; a `demonym` ("nord-coréens", "Russian") names its country; a
 * `capital` entity is a city whose `country` it may stand for ("Moscou n'a
 * pas réagi").
 */
export type EntryRole = 'name' | 'acronym' | 'demonym' | 'capital';

/**
 * How strictly case must match: `exact` for acronyms ("US" is not "us"),
 * `initial` for proper names ("Turkey" is not "turkey"), `none` for words
 * written in lower case (French, German and Spanish demonyms, common-noun
 * aliases).
 */
export type CaseRule = 'exact' | 'initial' | 'none';

/** Grammatical gender of a French or Spanish demonym form: "m", "f", or both ("russe", "iraní"). */
export type Gender = 'm' | 'f' | 'mf';

export interface GazetteerEntry {
  readonly text: string;
  readonly entity: Entity;
  readonly role: EntryRole;
  readonly caseRule: CaseRule;
  /** For demonyms and capitals: the country they point to. */
  readonly country: Entity | null;
  readonly gender: Gender | null;
  /** Where the entry comes from; graph entries win ties, as the graph is the reference. */
  readonly source: 'graph' | 'known' | 'countries';
  /** News agencies and outlets: "selon l'AP" relays rather than asserts. */
  readonly media: boolean;
  /**
   * A name or demonym several countries share ("Congo", "Congolese"): it names one of them
   * only where the article names that one unambiguously (link-entities.ts).
   */
  readonly shared?: true;
  /** A name matched only in a text of this language ("IS" in German: known-entity-data.ts). */
  readonly language?: string;
}

/** Strict case for acronyms, initial capital for proper names, none for lower-case words. */
export function caseRuleOf(text: string): CaseRule {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) {
    return 'exact';
  }
  return /^\p{Lu}/u.test(text) ? 'initial' : 'none';
}
