import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Analysis, AnalysisLanguage } from './analysis';
import type { LanguageAnalyser } from './language-analyser';

/**
 * Keeps every analysis on disk, one JSON file per (analyser, language, text),
 * so that re-ingesting, evaluating and testing do not parse the same text
 * again. Files are named by a hash that includes the analyser's name: another
 * version or pipeline never reads them.
 */
export class CachedAnalyser implements LanguageAnalyser {
  constructor(
    private readonly analyser: LanguageAnalyser,
    /** The folder of the cache (`<dataDir>/nlp-cache`); created on first write. */
    private readonly dir: string,
  ) {}

  get name(): string {
    return this.analyser.name;
  }

  async analyse(text: string, language: AnalysisLanguage): Promise<Analysis> {
    const file = this.fileFor(text, language);
    const cached = await this.read(file, language);
    if (cached !== null) return cached;
    const analysis = await this.analyser.analyse(text, language);
    await this.write(file, analysis);
    return analysis;
  }

  private fileFor(text: string, language: AnalysisLanguage): string {
    const key = createHash('sha256')
      .update(this.analyser.name)
      .update('\0')
      .update(language)
      .update('\0')
      .update(text)
      .digest('hex');
    // Two-letter folders keep directories small with hundreds of thousands of articles.
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached analysis, or null when there is none or it is unreadable (then it is made again). */
  private async read(file: string, language: AnalysisLanguage): Promise<Analysis | null> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return null;
    }
    const analysis = parsed as Partial<Analysis> | null;
    const usable =
      analysis !== null &&
      typeof analysis === 'object' &&
      analysis.analyser === this.analyser.name &&
      analysis.language === language &&
      Array.isArray(analysis.sentences);
    return usable ? (analysis as Analysis) : null;
  }

  /** Through a temporary file and a rename, so that no reader ever sees half an analysis. */
  private async write(file: string, analysis: Analysis): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    // Unique per write: parallel ingests of one text finish their analyses in the same millisecond.
    const tmp = `${file}.${randomUUID()}.tmp`;
    await writeFile(tmp, JSON.stringify(analysis));
    await rename(tmp, file);
  }
}
