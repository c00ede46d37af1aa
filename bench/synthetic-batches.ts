import type { ArticleBatch } from '../src/domain/article-batch';
import type { Claim } from '../src/domain/claim';
import type { Entity, EntityKind } from '../src/domain/entity';
import { articleId, claimId, entityId, mentionId } from '../src/domain/ids';
import type { Mention } from '../src/domain/mention';
import type { Predicate } from '../src/domain/predicates';
import { buildGazetteer } from '../src/ingest/gazetteer/gazetteer';
import { word } from './made-up-word';

const GIVEN = [
  'Anna',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irina',
  'Jonas',
];
const ORGANISATIONS = ['Institute', 'Foundation', 'Brigade', 'Council', 'Company', 'Agency'];
const PLACES = ['Valley', 'Heights', 'Bay', 'Springs', 'Crossing', 'Ridge'];

let hubs: Entity[] | null = null;

/** Countries every synthetic article also names, as the gazetteer writes them: the graph's hubs. */
function hubEntities(): Entity[] {
  if (hubs) return hubs;
  const gazetteer = buildGazetteer([]);
  hubs = ['Russia', 'Ukraine', 'United States', 'North Korea'].map(
    (name) => gazetteer.lookup(name).find((e) => e.entity.kind === 'COUNTRY')!.entity,
  );
  return hubs;
}

function made(kind: EntityKind, name: string): Entity {
  return {
    id: entityId(kind, name),
    kind,
    name,
    labels: [{ lang: 'und', text: name }],
    aliases: [],
  };
}

/**
 * Synthetic article `n`, written straight through the store port to grow a
 * graph quickly (no analyser, no extractor): three entities of its own (a
 * person, an organisation, a place, with made-up names no real article
 * names), two of four shared countries, a mention of each, and three claims,
 * one of them on the countries' shared relation. The shape of what the
 * extractor writes, at about its size.
 */
export function syntheticBatch(n: number): ArticleBatch {
  const person = made('PERSON', `${GIVEN[n % GIVEN.length]!} ${word(n)}`);
  const organisation = made(
    'ORGANIZATION',
    `${word(n + 7)} ${ORGANISATIONS[n % ORGANISATIONS.length]!}`,
  );
  const place = made('LOCATION', `${word(n + 13)} ${PLACES[n % PLACES.length]!}`);
  const countries = hubEntities();
  const [from, to] = [countries[n % 4]!, countries[(n + 1) % 4]!];
  const sentence = `${person.name} of the ${organisation.name} spoke in ${place.name}, where ${from.name} faces ${to.name}.`;
  const text = `${sentence}\nSynthetic article ${n}.`;
  const id = articleId(text);
  const sentenceSpan = { start: 0, end: sentence.length };
  const entities = [person, organisation, place, from, to];
  const mentions: Mention[] = entities.map((entity) => {
    const start = sentence.indexOf(entity.name);
    return {
      id: mentionId(id, entity.id, start),
      articleId: id,
      entityId: entity.id,
      surface: entity.name,
      span: { start, end: start + entity.name.length },
      sentenceSpan,
    };
  });
  const claim = (subject: Entity, predicate: Predicate, object: Entity): Claim => ({
    id: claimId({
      articleId: id,
      subjectId: subject.id,
      predicate,
      objectId: object.id,
      objectValue: null,
      attributedToId: null,
      itemId: null,
      sentenceStart: 0,
    }),
    articleId: id,
    subjectId: subject.id,
    predicate,
    objectId: object.id,
    objectValue: null,
    quantity: null,
    time: null,
    locationId: null,
    itemId: null,
    modality: 'REPORTED',
    attributedToId: null,
    reportedById: null,
    sentence,
    sentenceSpan,
    channel: null,
    extractor: 'synthetic',
    confidence: 1,
  });
  return {
    article: {
      id,
      title: `Synthetic article ${n}`,
      url: null,
      publisher: null,
      language: 'en',
      publishedAt: `20${String(10 + (n % 15)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
      text,
    },
    entities,
    mentions,
    claims: [
      claim(person, 'MEMBER_OF', organisation),
      claim(organisation, 'LOCATED_IN', place),
      claim(from, 'AT_WAR_WITH', to),
    ],
  };
}
