import { KgError } from '../../src/domain/errors';
import type { Extractor } from '../../src/ingest/extractor';
import { defaultExtractors } from '../../src/ingest/extractor-registry';
import { createLanguageAnalyser } from '../../src/ingest/nlp/create-language-analyser';

describe('ExtractorRegistry', () => {
  test('creates the parse-based extractor by default, reading through the analyser it is given', () => {
    // Creating the extractor contacts no server: the analyser is only asked when an article comes.
    const analyser = createLanguageAnalyser({
      url: 'http://127.0.0.1:9',
      timeoutMs: 1000,
      cacheDir: null,
    });
    expect(defaultExtractors(analyser).create().name).toBe('parse-v1');
  });

  test('creates an extractor registered by name, as a model-based one would be', async () => {
    const stub: Extractor = {
      name: 'model-v0',
      extract: (article) =>
        Promise.resolve({
          article: {
            id: 'article:x',
            title: article.title,
            url: null,
            publisher: null,
            language: 'en',
            publishedAt: article.publishedAt,
            text: article.text,
          },
          entities: [],
          mentions: [],
          claims: [],
          candidateEntityIds: [],
        }),
    };
    const registry = defaultExtractors().register('model-v0', () => stub);
    expect(registry.names()).toEqual(['model-v0', 'parse-v1', 'rules-v1']);
    const batch = await registry
      .create('model-v0')
      .extract({ text: 'x', title: 't', publishedAt: '2025-01-01' }, []);
    expect(batch.claims).toEqual([]);
  });

  test('names the extractors it knows when asked for another', () => {
    expect(() => defaultExtractors().create('gpt')).toThrow(KgError);
    expect(() => defaultExtractors().create('gpt')).toThrow(
      'No extractor is named "gpt"; choose one of: parse-v1, rules-v1.',
    );
  });

  test('the parse-based extractor, asked for without a language analyser, says how to get one', () => {
    expect(() => defaultExtractors().create('parse-v1')).toThrow(/npm run nlp:start.*KG_NLP_URL/u);
  });

  test('the rule-based extractor rejects unusable metadata with a message naming it', async () => {
    const extractor = defaultExtractors().create('rules-v1');
    await expect(
      extractor.extract({ text: 'Texte.', title: 'T', publishedAt: 'hier' }, []),
    ).rejects.toThrow(/publishedAt "hier"/u);
    await expect(
      extractor.extract({ text: '  ', title: 'T', publishedAt: '2025-01-01' }, []),
    ).rejects.toThrow(/text is empty/u);
  });

  test('writes every claim with its extractor name, sentence and span, and detects the language', async () => {
    const batch = await defaultExtractors().create('rules-v1').extract(
      {
        text: 'The Pentagon confirmed that North Korean troops were killed in the Kursk region.',
        title: 'T',
        publishedAt: '2024-12-17',
      },
      [],
    );
    expect(batch.article.language).toBe('en');
    for (const claim of batch.claims) {
      expect(claim.extractor).toBe('rules-v1');
      expect(batch.article.text.slice(claim.sentenceSpan.start, claim.sentenceSpan.end)).toBe(
        claim.sentence,
      );
    }
  });
});
