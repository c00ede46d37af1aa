import { formatExtractBench, generateCorpus, runExtractBench } from '../../bench/extract.bench';

describe('extraction bench', () => {
  test('generates the same mixed-language corpus every time', () => {
    const corpus = generateCorpus(10);
    expect(corpus).toEqual(generateCorpus(10));
    expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['fr', 'en']));
  });

  test('reports articles and claims per second', async () => {
    const result = await runExtractBench({ articles: 20 });
    expect(result.articles).toBe(20);
    expect(result.claims).toBeGreaterThan(20);
    expect(formatExtractBench(result)).toMatch(
      /20 articles, \d+ claims .* articles\/s, \d+ claims\/s/u,
    );
  });
});
