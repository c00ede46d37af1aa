import type { StatsFilter } from '../../src/store/graph-store';

/**
 * Each part of a stats filter a store can start from, alone and with the
 * others: the shapes the query-plan tests explain on each store.
 */
export const STATS_FILTERS: readonly [string, StatsFilter][] = [
  ['an entity', { entityId: 'country:russie' }],
  ['an entity in a period', { entityId: 'country:russie', from: '2024-01-01', to: '2024-12-31' }],
  ['a period', { from: '2024-01-01', to: '2024-12-31' }],
  ['a period from a day', { from: '2024-01-01' }],
  ['a period to a day', { to: '2024-12-31' }],
  ['kinds', { kinds: ['PERSON', 'ARMED_FORCE'] }],
  ['kinds in a period', { kinds: ['PERSON'], from: '2024-01-01' }],
  ['predicates', { predicates: ['SUPPLIES', 'DEPLOYED_TO'] }],
  [
    'predicates of kinds in a period',
    { predicates: ['SUPPLIES'], kinds: ['COUNTRY'], to: '2024-12-31' },
  ],
];
