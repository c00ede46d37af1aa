import type { Claim } from '../../src/domain/claim';
import type { Extraction, Extractor } from '../../src/ingest/extractor';
import { NLP_START_TIMEOUT_MS, testExtractor } from './nlp';

/**
 * What the extractor's tests share: made-up sentences read by parse-v1 on the
 * test CoreNLP server, and the claims they give looked up by name.
 */
let extractor: Extractor | undefined;

/** Reach CoreNLP before the file's tests; call once at the top of a test file. */
export function useTestExtractor(): void {
  beforeAll(async () => {
    extractor = await testExtractor();
  }, NLP_START_TIMEOUT_MS);
}

/** The extractor `useTestExtractor` reached. */
export function theExtractor(): Extractor {
  if (!extractor) throw new Error('call useTestExtractor() at the top of the test file');
  return extractor;
}

/** One made-up article of `text`, published on 2024-12-17. */
export function extract(text: string, language: string): Promise<Extraction> {
  return theExtractor().extract({ text, title: 'test', language, publishedAt: '2024-12-17' }, []);
}

/** The claims "subject PREDICATE object" names, with ids' kind prefixes dropped. */
export function find(
  batch: Extraction,
  subject: string,
  predicate: string,
  object: string,
): Claim[] {
  const bare = (id: string | null) => id?.replace(/^[a-z_]+:/u, '') ?? '';
  return batch.claims.filter(
    (c) =>
      bare(c.subjectId) === subject &&
      c.predicate === predicate &&
      (bare(c.objectId) === object || c.objectValue === object),
  );
}

/** Each sentence, in its language, gives exactly one claim "subject PREDICATE object". */
export async function expectEachStates(
  sentences: readonly (readonly [string, string])[],
  subject: string,
  predicate: string,
  object: string,
): Promise<void> {
  for (const [text, language] of sentences) {
    const found = find(await extract(text, language), subject, predicate, object);
    expect([text, found.length]).toEqual([text, 1]);
  }
}

/** No sentence, in its language, gives a claim of `predicate`. */
export async function expectNoneStates(
  sentences: readonly (readonly [string, string])[],
  predicate: string,
): Promise<void> {
  for (const [text, language] of sentences) {
    const claims = (await extract(text, language)).claims;
    expect([text, claims.filter((c) => c.predicate === predicate)]).toEqual([text, []]);
  }
}

/** No sentence, in its language, gives the claim "subject PREDICATE object". */
export async function expectNoneStatesOf(
  sentences: readonly (readonly [string, string])[],
  subject: string,
  predicate: string,
  object: string,
): Promise<void> {
  for (const [text, language] of sentences) {
    const found = find(await extract(text, language), subject, predicate, object);
    expect([text, found]).toEqual([text, []]);
  }
}

/** Each sentence, in `language`, gives "subject PREDICATE object" once and never the reverse. */
export async function expectEachOneWay(
  cases: readonly (readonly [string, string, string])[],
  language: string,
  predicate: string,
): Promise<void> {
  for (const [text, subject, object] of cases) {
    const batch = await extract(text, language);
    const found = [
      find(batch, subject, predicate, object),
      find(batch, object, predicate, subject),
    ];
    expect([text, ...found.map((f) => f.length)]).toEqual([text, 1, 0]);
  }
}
