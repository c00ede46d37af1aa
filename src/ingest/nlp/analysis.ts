/**
 * What a language analyser (Stanford CoreNLP) says of an article: sentences,
 * tokens with part of speech and named-entity tags, and the Universal
 * Dependencies parse of each sentence. The extractor reads only this shape,
 * so it stays a pure function of (analysis, known entities, metadata).
 */

/** The languages the analyser is asked to read; each has its own pipeline and models. */
export type AnalysisLanguage = 'en' | 'fr' | 'de' | 'es';

export const ANALYSIS_LANGUAGES: readonly AnalysisLanguage[] = ['en', 'fr', 'de', 'es'];

export interface AnalysisToken {
  /** 1-based position in its sentence, as the parse's heads count. */
  readonly index: number;
  /** The word as written in the article. */
  readonly word: string;
  /** The analyser's lemma; for fr, de and es CoreNLP gives the lower-cased word. */
  readonly lemma: string;
  /** Universal part of speech (NOUN, PROPN, VERB, AUX, ADP, NUM …); English PTB tags are mapped. */
  readonly pos: string;
  /** Named-entity class ("PERSON", "ORG", "LOC", "MISC", "LOCATION" …) or "O". */
  readonly ner: string;
  /** Character offsets in the article text (start inclusive, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** One arc of the Universal Dependencies parse; `head` 0 is the root. */
export interface Dependency {
  /** The relation with its subtype ("nsubj:pass", "obl:mod", "flat:name"). */
  readonly rel: string;
  readonly head: number;
  readonly dependent: number;
}

/** A named entity the analyser found: tokens [first, last] (1-based, inclusive). */
export interface AnalysisEntity {
  readonly first: number;
  readonly last: number;
  /** Coarse class: PERSON, ORGANIZATION, LOCATION or MISC (the analysers' labels folded). */
  readonly type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface AnalysisSentence {
  /** 0-based position in the article. */
  readonly index: number;
  readonly tokens: readonly AnalysisToken[];
  /** Basic (tree-shaped) Universal Dependencies, one arc per token. */
  readonly dependencies: readonly Dependency[];
  readonly entities: readonly AnalysisEntity[];
}

export interface Analysis {
  readonly language: AnalysisLanguage;
  /** Who analysed it ("corenlp-4.5.10"), recorded so that a cache never mixes analysers. */
  readonly analyser: string;
  readonly sentences: readonly AnalysisSentence[];
}
