import { closeSync, openSync, writeSync } from 'node:fs';
import type { Article } from '../../src/domain/article';
import type { Claim } from '../../src/domain/claim';
import type { Entity, EntityKind } from '../../src/domain/entity';
import { articleId, claimId, entityId, mentionId } from '../../src/domain/ids';
import type { Mention } from '../../src/domain/mention';
import type { Modality } from '../../src/domain/modality';
import type { Predicate } from '../../src/domain/predicates';
import { PREDICATE_DEFINITIONS } from '../../src/domain/predicates';
import { relationIdOf } from '../../src/domain/relation';
import { word } from '../made-up-word';
import { seededRandom, zipfPicker } from './seeded-random';

/** The graph sizes the scale bench knows, by claims. */
export const SCALES = { '100k': 100_000, '1m': 1_000_000 } as const;
export type Scale = keyof typeof SCALES;

/** What the generator wrote, and the entities the bench asks about. */
export interface ScaleGraph {
  readonly file: string;
  readonly articles: number;
  readonly entities: number;
  readonly claims: number;
  /** Entity ids by rank in their kind's Zipf law: 0 is the biggest hub. */
  readonly ranked: Readonly<Record<EntityKind, readonly string[]>>;
  /** The relation with the most claims among those joining two entities of HUB_RANKS ('' if none). */
  readonly hubRelation: string;
}

/**
 * Relations are counted only between entities of the first ranks of their
 * kind, where the power law puts the most claimed: counting every relation
 * would hold one entry per relation of a million claims.
 */
const HUB_RANKS = 10;

/**
 * Shares of the entities by kind, and each kind's Zipf exponent: a few
 * countries and organisations named everywhere (the hubs), a long tail of
 * people and places named once or twice. About 98.5k entities and 200k
 * articles for a million claims, five claims an article.
 */
const KINDS: readonly { kind: EntityKind; share: number; exponent: number }[] = [
  { kind: 'COUNTRY', share: 0.002, exponent: 1.1 },
  { kind: 'ORGANIZATION', share: 0.25, exponent: 1.0 },
  { kind: 'ARMED_FORCE', share: 0.05, exponent: 1.0 },
  { kind: 'PERSON', share: 0.4, exponent: 0.9 },
  { kind: 'LOCATION', share: 0.25, exponent: 0.9 },
  { kind: 'EVENT', share: 0.03, exponent: 0.8 },
  { kind: 'COMMODITY', share: 0.018, exponent: 1.0 },
];
const MODALITY_WEIGHTS: readonly [Modality, number][] = [
  ['CONFIRMED', 10],
  ['ASSERTED', 40],
  ['REPORTED', 25],
  ['ALLEGED', 12],
  ['INTENDED', 5],
  ['DENIED', 8],
];
const CLAIMS_PER_ARTICLE = 5;
const ENTITIES_PER_CLAIM = 0.0985;
const PUBLISHERS = 60;
const SUFFIX: Record<EntityKind, string> = {
  COUNTRY: 'land',
  ORGANIZATION: 'Council',
  ARMED_FORCE: 'Brigade',
  PERSON: 'Ivanova',
  LOCATION: 'Heights',
  EVENT: 'Summit',
  COMMODITY: 'oil',
};

function weighted<T>(items: readonly [T, number][], random: () => number): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let target = random() * total;
  for (const [item, w] of items) {
    target -= w;
    if (target < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Buffers NDJSON lines and writes them in large chunks. */
class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  write(type: string, data: unknown): void {
    const line = `${JSON.stringify({ type, data })}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes a reproducible news-like graph to `file` in kg's export format
 * (`kg import` reads it): entities first, then each article followed by its
 * mentions and claims. Degrees follow a power law per kind, so a few hubs
 * hold tens of thousands of relations while most entities hold one or two.
 */
export function writeScaleGraph(file: string, claims: number, seed: number): ScaleGraph {
  const random = seededRandom(seed);
  const entityCount = Math.round(claims * ENTITIES_PER_CLAIM);
  const out = new LineWriter(file);
  const byKind = new Map<EntityKind, { entities: Entity[]; pick: () => number }>();
  let n = 0;
  for (const { kind, share, exponent } of KINDS) {
    const count = Math.max(20, Math.round(entityCount * share));
    const entities: Entity[] = [];
    for (let i = 0; i < count; i += 1, n += 1) {
      const name = `${word(n)} ${SUFFIX[kind]}`;
      const entity: Entity = {
        id: entityId(kind, name),
        kind,
        name,
        labels: [{ lang: 'en', text: name }],
        aliases: [],
      };
      entities.push(entity);
      out.write('entity', entity);
    }
    byKind.set(kind, { entities, pick: zipfPicker(count, exponent, random) });
  }
  const hubs = new Set(
    [...byKind.values()].flatMap((g) => g.entities.slice(0, HUB_RANKS).map((e) => e.id)),
  );
  const hubRelationClaims = new Map<string, number>();
  const pickOf = (kinds: readonly EntityKind[]): Entity => {
    const group = byKind.get(kinds[Math.floor(random() * kinds.length)]!)!;
    return group.entities[group.pick()]!;
  };
  const predicates = PREDICATE_DEFINITIONS.filter((p) => p.range.length > 0);
  const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
  const start = Date.UTC(2022, 0, 1);
  let written = 0;
  for (let a = 0; a < articles; a += 1) {
    const count = Math.min(CLAIMS_PER_ARTICLE, claims - written);
    const sentences: { subject: Entity; predicate: Predicate; object: Entity; text: string }[] = [];
    for (let c = 0; c < count; c += 1) {
      const definition = predicates[Math.floor(random() * predicates.length)]!;
      const subject = pickOf(definition.domain);
      let object = pickOf(definition.range);
      if (object.id === subject.id) object = pickOf(definition.range);
      const verb = definition.name.toLowerCase().replace(/_/g, ' ');
      sentences.push({
        subject,
        predicate: definition.name,
        object,
        text: `${subject.name} ${verb} ${object.name}, sources say (${a}.${c}).`,
      });
    }
    const text = sentences.map((s) => s.text).join(' ');
    const id = articleId(text);
    const publishedAt = new Date(start + Math.floor((a / articles) * 1790) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const article: Article = {
      id,
      title: `Scale article ${a}`,
      url: `https://example.org/scale/${a}`,
      publisher: `Publisher ${word(Math.floor(Math.pow(random(), 3) * PUBLISHERS))}`,
      language: 'en',
      publishedAt,
      text,
      ingestedAt: `${publishedAt}T12:00:00.000Z`,
    };
    out.write('article', article);
    const mentioned = new Map<string, Mention>();
    let offset = 0;
    for (const [index, s] of sentences.entries()) {
      const sentenceSpan = { start: offset, end: offset + s.text.length };
      for (const entity of [s.subject, s.object]) {
        if (mentioned.has(entity.id)) continue;
        const at = offset + s.text.indexOf(entity.name);
        mentioned.set(entity.id, {
          id: mentionId(id, entity.id, at),
          articleId: id,
          entityId: entity.id,
          surface: entity.name,
          span: { start: at, end: at + entity.name.length },
          sentenceSpan,
        });
      }
      const speaker = random() < 0.3 ? pickOf(['PERSON']) : null;
      const agency = random() < 0.2 ? byKind.get('ORGANIZATION')!.entities[index % 8]! : null;
      const claim: Claim = {
        id: claimId({
          articleId: id,
          subjectId: s.subject.id,
          predicate: s.predicate,
          objectId: s.object.id,
          objectValue: null,
          attributedToId: speaker?.id ?? null,
          itemId: null,
          sentenceStart: sentenceSpan.start,
        }),
        articleId: id,
        subjectId: s.subject.id,
        predicate: s.predicate,
        objectId: s.object.id,
        objectValue: null,
        quantity: null,
        time: random() < 0.2 ? { from: publishedAt, to: publishedAt } : null,
        locationId: null,
        itemId: null,
        modality: weighted(MODALITY_WEIGHTS, random),
        attributedToId: speaker?.id ?? null,
        reportedById: agency?.id ?? null,
        sentence: s.text,
        sentenceSpan,
        channel: null,
        extractor: 'scale-bench',
        confidence: 0.9,
      };
      out.write('claim', claim);
      if (hubs.has(claim.subjectId) && hubs.has(claim.objectId!)) {
        const relation = relationIdOf(claim);
        hubRelationClaims.set(relation, (hubRelationClaims.get(relation) ?? 0) + 1);
      }
      offset = sentenceSpan.end + 1;
    }
    for (const mention of mentioned.values()) out.write('mention', mention);
    written += count;
  }
  out.close();
  const ranked = Object.fromEntries(
    [...byKind].map(([kind, group]) => [kind, group.entities.map((e) => e.id)]),
  ) as Record<EntityKind, string[]>;
  const [hubRelation] = [...hubRelationClaims].reduce(
    (best, next) => (next[1] > best[1] || (next[1] === best[1] && next[0] < best[0]) ? next : best),
    ['', 0],
  );
  return { file, articles, entities: n, claims: written, ranked, hubRelation };
}
