import { KgError } from '../src/domain/errors';
import type { AnalysisLanguage } from '../src/ingest/nlp/analysis';
import type { LanguageAnalyserSettings } from '../src/ingest/nlp/create-language-analyser';
import { createLanguageAnalyser } from '../src/ingest/nlp/create-language-analyser';
import { ParseExtractor } from '../src/ingest/parse/parse-extractor';

/** One short sentence per language, written for the bench: enough to load each pipeline. */
const WARM_UP: Readonly<Record<AnalysisLanguage, string>> = {
  en: 'The ministry said on Monday that troops had arrived in the region.',
  fr: 'Le ministère a déclaré lundi que des troupes étaient arrivées dans la région.',
  de: 'Das Ministerium erklärte am Montag, Truppen seien in der Region eingetroffen.',
  es: 'El ministerio afirmó el lunes que las tropas habían llegado a la región.',
};

/**
 * The bench measures a warm server: one uncached extraction per language
 * loads the server's pipelines (a cold one builds them on first use) and the
 * extractor's own tables, before anything is timed. Returns null when
 * CoreNLP answers, else why not (NLP_UNAVAILABLE's message names the fix).
 */
export async function warmAnalyser(
  settings: LanguageAnalyserSettings,
  languages: readonly AnalysisLanguage[],
): Promise<string | null> {
  const extractor = new ParseExtractor(createLanguageAnalyser({ ...settings, cacheDir: null }));
  try {
    for (const language of languages) {
      await extractor.extract(
        { text: WARM_UP[language], title: 'warm-up', language, publishedAt: '2024-12-17' },
        [],
      );
    }
    return null;
  } catch (error) {
    if (error instanceof KgError && error.code === 'NLP_UNAVAILABLE') return error.message;
    throw error;
  }
}
