import type {
  Analysis,
  AnalysisEntity,
  AnalysisLanguage,
  AnalysisSentence,
  AnalysisToken,
  Dependency,
} from './analysis';
import { pennToUpos } from './penn-to-upos';

/**
 * The parts of CoreNLP's JSON output (its JSONOutputter, the same from the
 * official server and the project's) that an Analysis is made of.
 */
export interface CoreNlpToken {
  readonly index: number;
  readonly word: string;
  /** The text as written; for a split multi-word token ("du" → "de le"), the part. */
  readonly originalText?: string;
  readonly lemma?: string;
  readonly pos?: string;
  readonly ner?: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
}

export interface CoreNlpDependency {
  readonly dep: string;
  readonly governor: number;
  readonly dependent: number;
}

export interface CoreNlpMention {
  /** 0-based, end exclusive, within the sentence. */
  readonly tokenBegin: number;
  readonly tokenEnd: number;
  readonly text: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  readonly ner: string;
}

export interface CoreNlpSentence {
  readonly index: number;
  readonly tokens: readonly CoreNlpToken[];
  readonly basicDependencies?: readonly CoreNlpDependency[];
  readonly entitymentions?: readonly CoreNlpMention[];
}

export interface CoreNlpDocument {
  readonly sentences: readonly CoreNlpSentence[];
}

/** Bump when analysisFromCoreNlp changes what it makes of the same JSON: cached analyses carry it. */
export const ANALYSIS_FORMAT = 5;

type EntityType = AnalysisEntity['type'];

/**
 * The four classes every language's NER shares, under each model's labels:
 * fr tags tokens I-PER/I-LOC/I-ORG/I-MISC, de and es use PERSON, LOCATION,
 * ORGANIZATION, MISC, English's 4-class model the same.
 */
const ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  MISC: 'MISC',
};

/** The folded class of a NER label, or null for the classes the extractor does not read (DATE, MONEY …). */
export function foldEntityType(label: string): EntityType | null {
  return ENTITY_TYPES[label.replace(/^[BIES]-/, '')] ?? null;
}

/** A token's NER tag with the four classes folded; other classes kept as CoreNLP gives them. */
function foldTokenNer(label: string | undefined): string {
  if (label === undefined || label === 'O') return 'O';
  return foldEntityType(label) ?? label;
}

function toDependency(arc: CoreNlpDependency): Dependency {
  // CoreNLP names the root arc "ROOT"; Universal Dependencies calls it "root".
  return {
    rel: arc.dep === 'ROOT' ? 'root' : arc.dep,
    head: arc.governor,
    dependent: arc.dependent,
  };
}

function toToken(
  token: CoreNlpToken,
  language: AnalysisLanguage,
  relationOf: ReadonlyMap<number, string>,
): AnalysisToken {
  const pos = token.pos ?? 'X';
  return {
    index: token.index,
    word: token.originalText ?? token.word,
    lemma: token.lemma ?? token.word,
    pos: language === 'en' ? pennToUpos(pos, relationOf.get(token.index)) : pos,
    ner: foldTokenNer(token.ner),
    start: token.characterOffsetBegin,
    end: token.characterOffsetEnd,
  };
}

function toEntities(mentions: readonly CoreNlpMention[]): AnalysisEntity[] {
  const entities: AnalysisEntity[] = [];
  for (const mention of mentions) {
    const type = foldEntityType(mention.ner);
    if (type === null) continue;
    entities.push({
      first: mention.tokenBegin + 1,
      last: mention.tokenEnd,
      type,
      text: mention.text,
      start: mention.characterOffsetBegin,
      end: mention.characterOffsetEnd,
    });
  }
  return entities;
}

function toSentence(sentence: CoreNlpSentence, language: AnalysisLanguage): AnalysisSentence {
  const dependencies = (sentence.basicDependencies ?? []).map(toDependency);
  const relationOf = new Map(dependencies.map((arc) => [arc.dependent, arc.rel]));
  return {
    index: sentence.index,
    tokens: sentence.tokens.map((token) => toToken(token, language, relationOf)),
    dependencies,
    entities: toEntities(sentence.entitymentions ?? []),
  };
}

/** True when `value` has the shape CoreNLP's JSON output promises (checked where it enters). */
export function isCoreNlpDocument(value: unknown): value is CoreNlpDocument {
  if (typeof value !== 'object' || value === null) return false;
  const sentences = (value as { sentences?: unknown }).sentences;
  return (
    Array.isArray(sentences) &&
    sentences.every(
      (sentence: unknown) =>
        typeof sentence === 'object' &&
        sentence !== null &&
        Array.isArray((sentence as { tokens?: unknown }).tokens),
    )
  );
}

/**
 * CoreNLP's JSON for one text as an Analysis: token indexes 1-based (as
 * CoreNLP's), character offsets into the text that was sent, English parts of
 * speech in Universal POS, entity classes folded to four.
 */
export function analysisFromCoreNlp(
  document: CoreNlpDocument,
  language: AnalysisLanguage,
  analyser: string,
): Analysis {
  return {
    language,
    analyser,
    sentences: document.sentences.map((sentence) => toSentence(sentence, language)),
  };
}
