import type { AnnotatedArticle } from '../../src/domain/annotation';
import { entityId } from '../../src/domain/ids';

/**
 * A duplicate of Freedonia (FIRST, SECOND): "Republic of Freedonia", for
 * merge tests (issue 10, item 2).
 */
export const FREEDONIA = entityId('COUNTRY', 'Freedonia');
export const REPUBLIC = entityId('COUNTRY', 'Republic of Freedonia');
export const SYLVANIA = entityId('COUNTRY', 'Sylvania');
export const OSTERLICH = entityId('COUNTRY', 'Osterlich');

const REPUBLIC_ENTITY = {
  ref: 'republic',
  kind: 'COUNTRY',
  name: 'Republic of Freedonia',
  labels: [{ lang: 'fr', text: 'République de Freedonie' }],
  aliases: [{ lang: 'en', text: 'RoF' }],
  mentions: ['Republic of Freedonia'],
} as const;

/**
 * A duplicate of Freedonia, "Republic of Freedonia", named in every claim
 * role across two articles, in relations with Freedonia itself and with
 * third entities (some the same relations Freedonia's claims state).
 */
export const THIRD: AnnotatedArticle = {
  article: {
    title: 'The Republic of Freedonia answers Sylvania',
    language: 'en',
    publishedAt: '2025-03-07',
    publisher: 'Freedonia Wire',
    text: [
      'The Republic of Freedonia will impose sanctions on Sylvania, Osterlich said.',
      'The Marsh Province lies in the Republic of Freedonia, Osterlich reported.',
      'Freedonia is at war with the Republic of Freedonia, the Republic of Freedonia said.',
      'Osterlich supplied fuel to the Sylvanian Army in the Republic of Freedonia.',
    ].join('\n'),
  },
  entities: [
    REPUBLIC_ENTITY,
    { ref: 'freedonia', kind: 'COUNTRY', name: 'Freedonia', mentions: ['Freedonia'] },
    { ref: 'sylvania', kind: 'COUNTRY', name: 'Sylvania', mentions: ['Sylvania'] },
    { ref: 'osterlich', kind: 'COUNTRY', name: 'Osterlich', mentions: ['Osterlich'] },
    { ref: 'marsh', kind: 'LOCATION', name: 'Marsh Province', mentions: ['Marsh Province'] },
    { ref: 'army', kind: 'ARMED_FORCE', name: 'Sylvanian Army', mentions: ['Sylvanian Army'] },
    { ref: 'fuel', kind: 'COMMODITY', name: 'fuel', mentions: ['fuel'] },
  ],
  claims: [
    {
      subject: 'republic',
      predicate: 'SANCTIONS',
      object: 'sylvania',
      modality: 'INTENDED',
      attributedTo: 'osterlich',
      sentence: 'The Republic of Freedonia will impose sanctions on Sylvania, Osterlich said.',
    },
    {
      subject: 'marsh',
      predicate: 'LOCATED_IN',
      object: 'republic',
      modality: 'ASSERTED',
      reportedBy: 'osterlich',
      sentence: 'The Marsh Province lies in the Republic of Freedonia, Osterlich reported.',
    },
    {
      subject: 'freedonia',
      predicate: 'AT_WAR_WITH',
      object: 'republic',
      modality: 'ASSERTED',
      attributedTo: 'republic',
      sentence:
        'Freedonia is at war with the Republic of Freedonia, the Republic of Freedonia said.',
    },
    {
      subject: 'osterlich',
      predicate: 'SUPPLIES',
      object: 'army',
      item: 'fuel',
      location: 'republic',
      modality: 'ASSERTED',
      sentence: 'Osterlich supplied fuel to the Sylvanian Army in the Republic of Freedonia.',
    },
  ],
};

/** A second article on the duplicate, where it reports and is a claim's item. */
export const FOURTH: AnnotatedArticle = {
  article: {
    title: 'Republic of Freedonia radio on fuel',
    language: 'en',
    publishedAt: '2025-03-09',
    text: 'Sylvania sells the Republic of Freedonia to Osterlich, RoF radio reported.',
  },
  entities: [
    { ...REPUBLIC_ENTITY, mentions: ['Republic of Freedonia', 'RoF'] },
    { ref: 'sylvania', kind: 'COUNTRY', name: 'Sylvania', mentions: ['Sylvania'] },
    { ref: 'osterlich', kind: 'COUNTRY', name: 'Osterlich', mentions: ['Osterlich'] },
  ],
  claims: [
    {
      subject: 'sylvania',
      predicate: 'SUPPLIES',
      object: 'osterlich',
      item: 'republic',
      reportedBy: 'republic',
      modality: 'ASSERTED',
      sentence: 'Sylvania sells the Republic of Freedonia to Osterlich, RoF radio reported.',
    },
  ],
};

/** A later article that names the duplicate only, as an extractor linking its name would write it. */
export const LATER: AnnotatedArticle = {
  article: {
    title: 'Republic of Freedonia and Osterlich',
    language: 'en',
    publishedAt: '2025-04-01',
    text: 'The Republic of Freedonia is at war with Osterlich.',
  },
  entities: [
    REPUBLIC_ENTITY,
    { ref: 'osterlich', kind: 'COUNTRY', name: 'Osterlich', mentions: ['Osterlich'] },
  ],
  claims: [
    {
      subject: 'republic',
      predicate: 'AT_WAR_WITH',
      object: 'osterlich',
      modality: 'ASSERTED',
      sentence: 'The Republic of Freedonia is at war with Osterlich.',
    },
  ],
};
