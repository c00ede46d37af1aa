import type { Analysis, AnalysisLanguage } from './analysis';

/** The port the extractor analyses text through; Stanford CoreNLP implements it. */
export interface LanguageAnalyser {
  /** Names the analyser and its version ("corenlp-4.5.10"); analyses are cached under it. */
  readonly name: string;
  analyse(text: string, language: AnalysisLanguage): Promise<Analysis>;
}
