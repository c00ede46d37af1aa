import type { Analysis, AnalysisLanguage } from './analysis';
import { CachedAnalyser } from './cached-analyser';
import { CoreNlpClient } from './corenlp-client';
import { joinSplitNames } from './joined-names';
import type { LanguageAnalyser } from './language-analyser';

export interface LanguageAnalyserSettings {
  /** A Stanford CoreNLP server (KG_NLP_URL). */
  readonly url: string;
  /** How long one analysis may take, retries included (KG_NLP_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Where analyses are cached (`<dataDir>/nlp-cache`); null for no cache. */
  readonly cacheDir: string | null;
}

/**
 * The analyser the service uses: CoreNLP over HTTP, with analyses cached on disk, and the names
 * its tokenizers split made whole after the cache (joinSplitNames), so mending them needs no
 * parse again.
 */
export function createLanguageAnalyser(settings: LanguageAnalyserSettings): LanguageAnalyser {
  const client = new CoreNlpClient({ url: settings.url, timeoutMs: settings.timeoutMs });
  const analyser =
    settings.cacheDir === null ? client : new CachedAnalyser(client, settings.cacheDir);
  return {
    name: analyser.name,
    analyse: async (text: string, language: AnalysisLanguage): Promise<Analysis> =>
      joinSplitNames(await analyser.analyse(text, language)),
  };
}
