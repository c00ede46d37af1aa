import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InvalidInputError } from '../domain/errors';
import type { ArticleInput } from './extractor';

/**
 * Reads plain articles from disk: `<name>.txt` with an optional `<name>.json`
 * sidecar (the layout of seed/). Shared by `kg ingest` and the server's
 * first-start seeding, which may not import the CLI.
 */
/** The optional `<name>.json` beside `<name>.txt`, as in seed/. */
interface Sidecar {
  readonly title?: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly language?: string | null;
  readonly publishedAt?: string;
}

/** Every `.txt` under the paths (folders recursively), sorted; throws naming a path that is neither. */
export function textFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path))
      throw new InvalidInputError(
        `"${path}" does not exist; give a .txt file or a folder of them.`,
      );
    if (statSync(path).isDirectory()) return walk(path);
    if (extname(path) === '.txt') return [path];
    throw new InvalidInputError(
      `"${path}" is not a .txt file; kg ingest reads article texts named <name>.txt.`,
    );
  });
}

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return walk(path);
      return extname(path) === '.txt' ? [path] : [];
    });
}

/**
 * Reads an article: the text, and its sidecar when there is one. Without a
 * title the first line is the title; without publishedAt the file's
 * modification date is used (relative dates in the text resolve against it),
 * and the returned note says so.
 */
export function readArticleFile(file: string): { input: ArticleInput; note: string | null } {
  const text = readFileSync(file, 'utf8');
  const sidecarFile = join(file.slice(0, -extname(file).length) + '.json');
  let sidecar: Sidecar = {};
  if (existsSync(sidecarFile)) {
    try {
      sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8')) as Sidecar;
    } catch (error) {
      throw new InvalidInputError(
        `${sidecarFile} is not valid JSON (${(error as Error).message}); fix it or remove it.`,
      );
    }
  }
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? basename(file, '.txt');
  const publishedAt = sidecar.publishedAt ?? statSync(file).mtime.toISOString().slice(0, 10);
  return {
    input: {
      text,
      title: sidecar.title ?? firstLine.slice(0, 200),
      url: sidecar.url ?? null,
      publisher: sidecar.publisher ?? null,
      language: sidecar.language ?? null,
      publishedAt,
    },
    note: sidecar.publishedAt
      ? null
      : `no publishedAt in ${basename(sidecarFile)}: using the file date ${publishedAt}`,
  };
}
