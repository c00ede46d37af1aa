import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {
  AnnotatedArticle,
  ArticleAnnotations,
  ArticleMetadata,
} from '../../domain/annotation';
import { InvalidInputError } from '../../domain/errors';

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new InvalidInputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads every `<name>.annotations.json` of a folder with its article text
 * `<name>.txt` and metadata `<name>.json`, sorted by name.
 */
export function readAnnotatedFolder(folder: string): { name: string; article: AnnotatedArticle }[] {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.annotations.json'))
    .sort();
  return files.map((file) => {
    const name = basename(file, '.annotations.json');
    const textFile = join(folder, `${name}.txt`);
    const metadataFile = join(folder, `${name}.json`);
    for (const needed of [textFile, metadataFile]) {
      if (!existsSync(needed)) {
        throw new InvalidInputError(
          `${join(folder, file)} has no companion ${needed}; each annotation needs its article text and metadata.`,
        );
      }
    }
    const metadata = readJson<ArticleMetadata>(metadataFile);
    const annotations = readJson<ArticleAnnotations>(join(folder, file));
    return {
      name,
      article: { article: { ...metadata, text: readFileSync(textFile, 'utf8') }, ...annotations },
    };
  });
}
