import type { Claim } from '../../src/domain/claim';
import type { Entity } from '../../src/domain/entity';
import { normalizeArticleText } from '../../src/domain/ids';
import { extractArticle } from '../../src/ingest/extract-article';
import type { Extraction } from '../../src/ingest/extractor';
import { findMentions } from '../../src/ingest/find-mentions';
import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { linkEntities } from '../../src/ingest/link-entities';
import type { Linking } from '../../src/ingest/linked-mention';
import { splitSentences } from '../../src/ingest/split-sentences';

/** Runs the whole pipeline on a text (an empty graph unless `known` is given). */
export function extract(
  text: string,
  language: string,
  known: readonly Entity[] = [],
  publishedAt = '2024-12-17',
): Extraction {
  return extractArticle({ text, title: 'Test', language, publishedAt }, known, 'rules-v1');
}

/** Stages 1 to 3 only: the linked mentions of a text. */
export function link(text: string, language: string, known: readonly Entity[] = []): Linking {
  const normalized = normalizeArticleText(text);
  const gazetteer = buildGazetteer(known);
  const sentences = splitSentences(normalized, language);
  return linkEntities(
    normalized,
    findMentions(normalized, sentences, gazetteer),
    gazetteer,
    language,
  );
}

/** "surface → entity id" for every top-level mention. */
export function links(text: string, language: string, known: readonly Entity[] = []): string[] {
  return link(text, language, known)
    .mentions.filter((m) => !m.nested)
    .map((m) => `${m.surface} → ${m.entity.id}`);
}

const short = (id: string | null) => (id === null ? '-' : id.replace(/^[a-z_]+:/u, ''));

/** "subject PREDICATE object" of every claim, in order. */
export function triples(claims: readonly Claim[]): string[] {
  return claims.map(
    (c) =>
      `${short(c.subjectId)} ${c.predicate} ${c.objectId !== null ? short(c.objectId) : JSON.stringify(c.objectValue)}`,
  );
}

/** The one claim with this triple; fails the test when there is none or several. */
export function claimOf(claims: readonly Claim[], triple: string): Claim {
  const found = claims.filter((c, i) => triples(claims)[i] === triple);
  if (found.length !== 1)
    throw new Error(
      `expected one claim "${triple}", found ${found.length} among:\n${triples(claims).join('\n')}`,
    );
  return found[0]!;
}
