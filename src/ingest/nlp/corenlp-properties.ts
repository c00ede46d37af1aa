import type { AnalysisLanguage } from './analysis';

/** Recorded in every analysis, so that a cache never mixes CoreNLP versions or pipelines. */
export const CORENLP_ANALYSER = 'corenlp-4.5.10';

/** CoreNLP's names for the languages (its `pipelineLanguage`). */
const PIPELINE_LANGUAGE: Readonly<Record<AnalysisLanguage, string>> = {
  en: 'english',
  fr: 'french',
  de: 'german',
  es: 'spanish',
};

/**
 * What the analyser reads of each language, sent with every request (so any
 * CoreNLP server, official or the project's, runs the same pipeline) and
 * preloaded by the project's server. No coreference, fine-grained NER, SUTime
 * or numeric classifiers: the extractor needs none of them and they triple
 * English parse time. French, German and Spanish add multi-word token
 * expansion ("du" → "de le", "del" → "de el").
 */
export function corenlpProperties(language: AnalysisLanguage): Readonly<Record<string, string>> {
  const annotators =
    language === 'en'
      ? 'tokenize,ssplit,pos,lemma,ner,depparse'
      : 'tokenize,ssplit,mwt,pos,lemma,ner,depparse';
  return {
    pipelineLanguage: PIPELINE_LANGUAGE[language],
    annotators,
    'ner.applyFineGrained': 'false',
    'ner.useSUTime': 'false',
    'ner.applyNumericClassifiers': 'false',
    // A line break ends a sentence: a headline without a full stop stays apart from the lead.
    // Lines wrapped inside a sentence are joined before the text is sent (joinWrappedLines).
    'ssplit.newlineIsSentenceBreak': 'always',
    outputFormat: 'json',
  };
}
