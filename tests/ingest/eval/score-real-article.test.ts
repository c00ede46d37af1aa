import type { Judgement } from '../../../src/ingest/eval/judgements';
import { judgementKey } from '../../../src/ingest/eval/judgement-key';
import {
  claimPrecision,
  claimPrecisionLowerBound,
  factRecall,
} from '../../../src/ingest/eval/real-score';
import { scoreRealArticle } from '../../../src/ingest/eval/score-real-article';
import { entity, fact, factsFile, handBatch } from './hand-batch';

const KP = entity('COUNTRY', 'North Korea', ['Corée du Nord', 'D.P.R.K.']);
const RU = entity('COUNTRY', 'Russia', ['Moscow']);
const UA = entity('COUNTRY', 'Ukraine');
const KURSK = entity('LOCATION', 'Kursk Oblast', ['Kursk region']);

const SENT = 'North Korea sent 10,000 to 12,000 soldiers to Russia, Ukraine said.';
const SILENT = 'Moscow did not comment on the reports about the losses.';
const FIGHT = 'The troops are fighting in the Kursk region.';
const SENTENCES = [SENT, SILENT, FIGHT];
const ENTITIES = [KP, RU, UA, KURSK];

const DEPLOYED = fact({
  subject: ['DPRK', 'North Korea'],
  predicate: 'DEPLOYED_TO',
  object: ['Russia'],
  modality: 'REPORTED',
  speaker: ['Ukraine'],
  quantity: { min: 10000, max: 12000, unit: 'soldier' },
  summary: 'North Korea sent 10,000 to 12,000 soldiers to Russia, says Ukraine',
});

const score = (
  facts: Parameters<typeof fact>[0][],
  claims: Parameters<typeof handBatch>[2],
  judgements: ReadonlyMap<string, Judgement> = new Map(),
) =>
  scoreRealArticle(
    { name: 'troops.en', facts: factsFile(facts.map(fact)) },
    handBatch(SENTENCES, ENTITIES, claims),
    judgements,
  );

describe('scoreRealArticle: fact recall', () => {
  test('finds a fact whose subject and object go by any listed name, label or alias, folded', () => {
    const result = score(
      [{ ...DEPLOYED, subject: ['corée-du-nord'], object: ['RUSSIA'] }],
      [{ subjectId: KP.id, predicate: 'DEPLOYED_TO', objectId: RU.id, sentence: SENT }],
    );
    expect(result.found).toBe(1);
    expect(factRecall(result)).toBe(1);
    expect(
      score(
        [{ ...DEPLOYED, subject: ['DPRK'] }],
        [{ subjectId: KP.id, predicate: 'DEPLOYED_TO', objectId: RU.id, sentence: SENT }],
      ).found,
    ).toBe(1);
  });

  test('misses a fact when the predicate, subject or object differs, and lists it with its summary', () => {
    const result = score(
      [DEPLOYED],
      [
        { subjectId: KP.id, predicate: 'SUPPORTS_MILITARILY', objectId: RU.id, sentence: SENT },
        { subjectId: UA.id, predicate: 'DEPLOYED_TO', objectId: RU.id, sentence: SENT },
        { subjectId: KP.id, predicate: 'DEPLOYED_TO', objectId: UA.id, sentence: SENT },
      ],
    );
    expect(result.found).toBe(0);
    expect(factRecall(result)).toBe(0);
    expect(result.missedFacts.map((f) => f.summary)).toEqual([DEPLOYED.summary]);
  });

  test('finds a value fact when the claim value contains the fact value, by whole words', () => {
    const silent = {
      subject: ['Russia'],
      predicate: 'STATED_NO_COMMENT' as const,
      objectValue: 'The Losses',
    };
    const claim = { subjectId: RU.id, predicate: 'STATED_NO_COMMENT' as const, sentence: SILENT };
    expect(score([silent], [{ ...claim, objectValue: 'reports about the losses' }]).found).toBe(1);
    expect(score([silent], [{ ...claim, objectValue: 'the lossesx' }]).found).toBe(0);
    expect(score([silent], [{ ...claim, objectValue: null }]).found).toBe(0);
  });
});

describe('scoreRealArticle: the best claim and its qualifiers', () => {
  const weak = {
    subjectId: KP.id,
    predicate: 'DEPLOYED_TO' as const,
    objectId: RU.id,
    sentence: SENT,
  };

  test('judges modality, speaker and quantity on the claim with the most right', () => {
    const result = score(
      [DEPLOYED],
      [
        weak,
        {
          ...weak,
          modality: 'REPORTED',
          attributedToId: UA.id,
          quantity: { min: 10000, max: 12000, unit: 'soldier' },
        },
      ],
    );
    expect(result.modality).toEqual({ correct: 1, total: 1 });
    expect(result.speaker).toEqual({ correct: 1, total: 1 });
    expect(result.quantity).toEqual({ correct: 1, total: 1 });
    expect(result.inexactFacts).toEqual([]);
  });

  test('counts a wrong modality, speaker and quantity, and says what was expected', () => {
    const result = score(
      [DEPLOYED],
      [{ ...weak, quantity: { min: 10000, max: 10000, unit: 'soldier' } }],
    );
    expect(result.modality).toEqual({ correct: 0, total: 1 });
    expect(result.speaker).toEqual({ correct: 0, total: 1 });
    expect(result.quantity).toEqual({ correct: 0, total: 1 });
    expect(result.inexactFacts).toEqual([
      `${DEPLOYED.summary}: modality ASSERTED, expected REPORTED; speaker none, expected Ukraine; quantity 10000, expected 10000–12000`,
    ]);
  });

  test('an unattributed fact wants no speaker; a fact without quantity is not counted for quantity', () => {
    const plain = { ...DEPLOYED, speaker: [], quantity: null, modality: 'ASSERTED' as const };
    expect(score([plain], [weak]).speaker).toEqual({ correct: 1, total: 1 });
    expect(score([plain], [{ ...weak, attributedToId: UA.id }]).speaker).toEqual({
      correct: 0,
      total: 1,
    });
    expect(score([plain], [weak]).quantity).toEqual({ correct: 0, total: 0 });
  });
});

describe('scoreRealArticle: claim precision from kept judgements', () => {
  const claims = [
    { subjectId: KP.id, predicate: 'DEPLOYED_TO' as const, objectId: RU.id, sentence: SENT },
    { subjectId: UA.id, predicate: 'AT_WAR_WITH' as const, objectId: KP.id, sentence: SENT },
    { subjectId: KP.id, predicate: 'FIGHTS_FOR' as const, objectId: RU.id, sentence: FIGHT },
  ];
  const batch = handBatch(SENTENCES, ENTITIES, claims);
  const [deployed, war, fights] = batch.claims.map((c) => judgementKey('troops.en', c));
  const judgements = new Map<string, Judgement>([
    [deployed!, { verdict: 'CORRECT', note: '' }],
    [war!, { verdict: 'WRONG', note: 'Ukraine is not at war with North Korea here' }],
  ]);

  test('counts correct, wrong and unjudged claims; precision over judged ones and its lower bound', () => {
    const result = score([DEPLOYED], claims, judgements);
    expect(result).toMatchObject({ claims: 3, correct: 1, wrong: 1, unjudged: 1 });
    expect(claimPrecision(result)).toBe(0.5);
    expect(claimPrecisionLowerBound(result)).toBeCloseTo(1 / 3);
    expect(result.wrongClaims.map((c) => c.key)).toEqual([war]);
    expect(result.unjudgedClaims.map((c) => c.key)).toEqual([fights]);
    expect(result.unjudgedClaims[0]).toMatchObject({
      article: 'troops.en',
      subject: 'North Korea',
      predicate: 'FIGHTS_FOR',
      object: 'Russia',
      sentence: FIGHT,
    });
  });

  test('lists the kept judgements of this article that no claim has now', () => {
    const result = score([DEPLOYED], claims.slice(1), judgements);
    expect(result.unusedJudgements).toEqual([deployed]);
    const other = new Map([
      [deployed!.replace('troops.en|', 'troops.de|'), judgements.get(deployed!)!],
    ]);
    expect(score([DEPLOYED], claims, other).unusedJudgements).toEqual([]);
  });

  test('precision is unknown, not perfect, while nothing is judged', () => {
    const result = score([DEPLOYED], claims);
    expect(claimPrecision(result)).toBeNull();
    expect(claimPrecisionLowerBound(result)).toBe(0);
  });

  test('a key survives another claim, another sentence before it, and another modality or speaker', () => {
    const before = 'Officials spoke on Tuesday.';
    const grown = handBatch([before, ...SENTENCES], ENTITIES, [
      {
        subjectId: RU.id,
        predicate: 'STATED_NO_COMMENT',
        objectValue: 'the losses',
        sentence: SILENT,
      },
      { ...claims[0]!, modality: 'REPORTED', attributedToId: UA.id },
      ...claims.slice(1),
    ]);
    expect(grown.claims.slice(1).map((c) => judgementKey('troops.en', c))).toEqual([
      deployed,
      war,
      fights,
    ]);
  });

  test('a key changes with the sentence, the object, the item or the article', () => {
    const [claim] = batch.claims;
    const key = (changes: object, article = 'troops.en') =>
      judgementKey(article, { ...claim!, ...changes });
    expect(key({ sentence: FIGHT })).not.toBe(deployed);
    expect(key({ objectId: UA.id })).not.toBe(deployed);
    expect(key({ itemId: 'commodity:oil' })).not.toBe(deployed);
    expect(key({}, 'troops.de')).not.toBe(deployed);
    expect(key({ sentence: `  ${SENT.toUpperCase()} ` })).toBe(deployed);
  });
});
