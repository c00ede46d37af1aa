import type { Quantity } from '../../domain/claim';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import type { ArticleInput } from '../extractor';

/** dev articles may be looked at while tuning; holdout articles only measured. */
export const SPLITS = ['dev', 'holdout'] as const;

export type Split = (typeof SPLITS)[number];

/**
 * A fact a reader finds in a real article, written down by hand. Names are
 * lists of acceptable canonical English names; an empty `speaker` means the
 * article states the fact without naming who says it.
 */
export interface ExpectedFact {
  readonly subject: readonly string[];
  readonly predicate: Predicate;
  /** Empty for a predicate that takes a value (STATED_NO_COMMENT). */
  readonly object: readonly string[];
  readonly objectValue: string | null;
  readonly modality: Modality;
  readonly speaker: readonly string[];
  readonly quantity: Quantity | null;
  /** The fact in the annotator's own words, shown when it is missed. */
  readonly summary: string;
}

/** `eval/real/<slug>.<lang>.facts.json`: where an article comes from, and what it states. */
export interface FactsFile {
  readonly url: string;
  readonly query: string;
  readonly title: string;
  readonly publisher: string;
  readonly language: string;
  readonly publishedAt: string;
  readonly dateNote: string | null;
  readonly topic: string;
  readonly split: Split;
  readonly facts: readonly ExpectedFact[];
}

/** A facts file with its text, ready to extract and score. */
export interface RealArticle {
  /** `<slug>.<lang>`: the file name without `.facts.json`, unique in the folder. */
  readonly name: string;
  readonly facts: FactsFile;
  readonly text: string;
}

/** A facts file whose text is not on this machine (texts are never committed). */
export interface SkippedArticle {
  readonly name: string;
  readonly facts: FactsFile;
  readonly reason: string;
}

/** The article as an extractor reads it: its text and the metadata its facts file records. */
export function realArticleInput({ facts, text }: RealArticle): ArticleInput {
  return {
    text,
    title: facts.title,
    url: facts.url,
    publisher: facts.publisher,
    language: facts.language,
    publishedAt: facts.publishedAt,
  };
}
