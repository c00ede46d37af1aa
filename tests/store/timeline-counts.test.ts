import { answeredByDayCounts } from '../../src/store/timeline-counts';

describe('which timelines the counts kept per day answer', () => {
  test('nothing, or only predicates, modalities and a publisher, of the claims not judged WRONG', () => {
    for (const filter of [
      {},
      { includeRejected: false },
      { predicates: ['DEPLOYED_TO' as const] },
      { predicates: [], modalities: [] },
      { modalities: ['DENIED' as const], publisher: 'Evening Post' },
      { predicates: ['SANCTIONS' as const], subjectId: undefined },
    ])
      expect([filter, answeredByDayCounts(filter)]).toEqual([filter, true]);
  });

  test('anything else reads the claims: judged WRONG ones too, an entity, a speaker, a period, a text', () => {
    for (const filter of [
      { includeRejected: true },
      { predicates: ['DEPLOYED_TO' as const], entityId: 'country:mali' },
      { attributedToId: 'person:pat-ryder' },
      { from: '2024-01-01' },
      { text: 'drones' },
      { contested: false },
    ])
      expect([filter, answeredByDayCounts(filter)]).toEqual([filter, false]);
  });
});
