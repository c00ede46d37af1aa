import type { EntityKind } from '../../domain/entity';

/** The languages in which well-known entities are named. */
export const KNOWN_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;

export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

/**
 * One well-known entity as gazetteer data: a canonical (English) name, then
 * the ways English, French, German and Spanish texts name it. The first name
 * of each list is the label in that language; the others are aliases.
 * German forms are listed with the case endings the press writes
 * ("Weißen Haus", "russischen Verteidigungsministeriums") when the name
 * has more than one word: a one-word genitive ("Kremls") is the reader's
 * business.
 */
export interface KnownEntityData {
  readonly kind: EntityKind;
  readonly name: string;
  readonly en: readonly string[];
  readonly fr: readonly string[];
  readonly de?: readonly string[];
  readonly es?: readonly string[];
  /** News agencies and outlets: they relay what others say. */
  readonly media?: boolean;
  /**
   * Private military companies, by the (English) name of the country whose mercenaries they are:
   * in an article that names one, "Russian mercenaries" are its men.
   */
  readonly mercenariesOf?: string;
  /** A state's force or a coalition of states among the parties of a conflict: no armed group. */
  readonly state?: boolean;
  /**
   * Names matched only in a text of the language that lists them, as they are a word of another
   * language: "IS" names Islamic State in German, and is the English verb in English.
   */
  readonly only?: Partial<Record<KnownLanguage, readonly string[]>>;
}
