import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { realArticleInput } from '../src/ingest/eval/real-article';
import { readRealFolder } from '../src/ingest/eval/read-real-folder';
import type { ArticleInput } from '../src/ingest/extractor';
import { readArticleFile, textFiles } from '../src/ingest/read-article-files';

/** An article the repository ships (or, for eval/real, keeps locally), ready to extract. */
export interface BenchArticle {
  readonly name: string;
  readonly input: ArticleInput;
}

/**
 * The articles at hand: seed/ and eval/corpus/ (committed), then
 * eval/real/texts/ when its git-ignored texts are on this machine.
 */
export function shippedArticles(repoRoot: string): {
  articles: BenchArticle[];
  committed: number;
  real: number;
} {
  const committed = textFiles([join(repoRoot, 'seed'), join(repoRoot, 'eval/corpus')]).map(
    (file) => ({ name: basename(file, '.txt'), input: readArticleFile(file).input }),
  );
  const realFolder = join(repoRoot, 'eval/real');
  const real = existsSync(realFolder)
    ? readRealFolder(realFolder).articles.map((article) => ({
        name: article.name,
        input: realArticleInput(article),
      }))
    : [];
  return { articles: [...committed, ...real], committed: committed.length, real: real.length };
}

/**
 * `count` articles cycled from `articles`, each copy ending in its own
 * number, so that no two texts are equal: the analysis cache (keyed by the
 * text) never serves one copy for another, and each is a new article.
 * A bare number in parentheses names nothing, so the claims stay the original's.
 */
export function articleVariants(articles: readonly BenchArticle[], count: number): BenchArticle[] {
  if (articles.length === 0) return [];
  return Array.from({ length: count }, (_, index) => {
    const { name, input } = articles[index % articles.length]!;
    const copy = index + 1;
    return {
      name: `${String(copy).padStart(4, '0')}-${name}`,
      input: { ...input, text: `${input.text.trimEnd()}\n\n(${copy})\n` },
    };
  });
}

/** How many of the articles are in each language ("en 69, fr 78"). */
export function languageCounts(articles: readonly BenchArticle[]): string {
  const counts = new Map<string, number>();
  for (const { input } of articles) {
    const language = input.language ?? '?';
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
}
