import type { Claim, Quantity } from '../../../src/domain/claim';
import type { Entity } from '../../../src/domain/entity';
import { claimId } from '../../../src/domain/ids';
import type { Proposal } from '../../../src/ingest/parse/proposal';
import { proposal } from '../../../src/ingest/parse/proposal';
import { uniqueClaims } from '../../../src/ingest/parse/read-claims';

const army: Entity = {
  id: 'armed_force:malian-armed-forces',
  kind: 'ARMED_FORCE',
  name: 'Malian Armed Forces',
  labels: [],
  aliases: [],
};

function reading(counted: number, quantity: Quantity | null): readonly [Proposal, Claim] {
  const key = {
    articleId: 'article:a',
    subjectId: army.id,
    predicate: 'SUFFERED_LOSSES_IN',
    objectId: 'location:kidal',
    objectValue: null,
    attributedToId: null,
    itemId: null,
    sentenceStart: 0,
  };
  const claim: Claim = {
    ...key,
    id: claimId(key),
    predicate: 'SUFFERED_LOSSES_IN',
    quantity,
    time: null,
    locationId: null,
    modality: 'ASSERTED',
    reportedById: null,
    sentence: 'Twelve soldiers were killed near Kidal, and twenty more near Kidal.',
    sentenceSpan: { start: 0, end: 66 },
    channel: null,
    extractor: 'parse-v1',
    confidence: 0.7,
  };
  const read = proposal({
    predicate: 'SUFFERED_LOSSES_IN',
    subject: { entity: army, token: 2, forceOf: null },
    trigger: 4,
    counted,
  });
  return [read, claim];
}

const twelve: Quantity = { min: 12, max: 12, unit: 'soldier' };
const twenty: Quantity = { min: 20, max: 20, unit: 'soldier' };

describe('uniqueClaims: readings of one fact in one sentence', () => {
  test('the same reading twice is one claim', () => {
    expect(uniqueClaims([reading(2, twelve), reading(2, twelve)])).toHaveLength(1);
  });

  test('a reading with a count wins over one without, in either order', () => {
    for (const made of [
      [reading(2, null), reading(2, twelve)],
      [reading(2, twelve), reading(2, null)],
    ]) {
      expect(uniqueClaims(made).map((c) => c.quantity)).toEqual([twelve]);
    }
  });

  test('two rules reading one fact with different confidence make one claim', () => {
    const [read, claim] = reading(2, null);
    expect(
      uniqueClaims([
        [read, claim],
        [read, { ...claim, confidence: 0.9 }],
      ]),
    ).toHaveLength(1);
  });

  test('two counts are two claims, the later keyed by where its counted word stands', () => {
    const claims = uniqueClaims([reading(2, twelve), reading(9, twenty)]);
    expect(claims.map((c) => c.quantity)).toEqual([twelve, twenty]);
    expect(new Set(claims.map((c) => c.id)).size).toBe(2);
    expect(claims[0]!.id).toBe(reading(2, twelve)[1].id);
  });
});
