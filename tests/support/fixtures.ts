import type { AnnotatedArticle } from '../../src/domain/annotation';

/**
 * Two small articles about invented countries, so that store tests never
 * depend on the seed. The second restates one claim of the first with
 * another speaker and another modality, to exercise relations.
 */
export const FIRST: AnnotatedArticle = {
  article: {
    title: 'Sylvanian troops enter the Marsh Province',
    language: 'en',
    publishedAt: '2025-03-02',
    publisher: 'Daily Courier',
    url: 'https://example.org/first',
    text: [
      'Freedonia’s Ministry of Defence confirmed on Saturday that 2,000 to 3,000 soldiers of the Sylvanian Army entered the Marsh Province, the Daily Courier reported.',
      'The Marsh Province lies in the south of Freedonia.',
      'Rufus Firefly, spokesperson of the Ministry of Defence, spoke to reporters.',
    ].join('\n'),
  },
  entities: [
    {
      ref: 'freedonia',
      kind: 'COUNTRY',
      name: 'Freedonia',
      labels: [{ lang: 'fr', text: 'Freedonie' }],
      aliases: [{ lang: 'en', text: 'Freedonian' }],
      mentions: ['Freedonia'],
    },
    {
      ref: 'sylvania',
      kind: 'COUNTRY',
      name: 'Sylvania',
      labels: [{ lang: 'fr', text: 'Sylvanie' }],
      aliases: [{ lang: 'en', text: 'SYL' }],
    },
    { ref: 'army', kind: 'ARMED_FORCE', name: 'Sylvanian Army', mentions: ['Sylvanian Army'] },
    {
      ref: 'marsh',
      kind: 'LOCATION',
      name: 'Marsh Province',
      labels: [{ lang: 'fr', text: 'Province des Marais' }],
      mentions: ['Marsh Province'],
    },
    {
      ref: 'mod',
      kind: 'ORGANIZATION',
      name: 'Freedonia Ministry of Defence',
      aliases: [
        { lang: 'en', text: 'Ministry of Defence' },
        { lang: 'en', text: 'FMD' },
      ],
      mentions: ['Ministry of Defence'],
    },
    { ref: 'firefly', kind: 'PERSON', name: 'Rufus Firefly', mentions: ['Rufus Firefly'] },
    { ref: 'courier', kind: 'ORGANIZATION', name: 'Daily Courier', mentions: ['Daily Courier'] },
  ],
  claims: [
    {
      subject: 'army',
      predicate: 'DEPLOYED_TO',
      object: 'marsh',
      modality: 'CONFIRMED',
      attributedTo: 'mod',
      reportedBy: 'courier',
      quantity: { min: 2000, max: 3000, unit: 'soldier' },
      time: { from: '2025-03-01', to: '2025-03-01' },
      sentence:
        'Freedonia’s Ministry of Defence confirmed on Saturday that 2,000 to 3,000 soldiers of the Sylvanian Army entered the Marsh Province, the Daily Courier reported.',
    },
    {
      subject: 'army',
      predicate: 'PART_OF',
      object: 'sylvania',
      modality: 'ASSERTED',
      sentence:
        'Freedonia’s Ministry of Defence confirmed on Saturday that 2,000 to 3,000 soldiers of the Sylvanian Army entered the Marsh Province, the Daily Courier reported.',
    },
    {
      subject: 'marsh',
      predicate: 'LOCATED_IN',
      object: 'freedonia',
      modality: 'ASSERTED',
      sentence: 'The Marsh Province lies in the south of Freedonia.',
    },
    {
      subject: 'mod',
      predicate: 'PART_OF',
      object: 'freedonia',
      modality: 'ASSERTED',
      sentence:
        'Freedonia’s Ministry of Defence confirmed on Saturday that 2,000 to 3,000 soldiers of the Sylvanian Army entered the Marsh Province, the Daily Courier reported.',
    },
    {
      subject: 'firefly',
      predicate: 'SPOKESPERSON_OF',
      object: 'mod',
      modality: 'ASSERTED',
      sentence: 'Rufus Firefly, spokesperson of the Ministry of Defence, spoke to reporters.',
    },
  ],
};

export const SECOND: AnnotatedArticle = {
  article: {
    title: 'Osterlich said to fuel Sylvania',
    language: 'en',
    publishedAt: '2025-03-05T09:30:00Z',
    text: [
      'Osterlich may have supplied fuel to Sylvania, according to Freedonian officials, who also said Sylvanian soldiers are in the Marsh Province.',
      'Freedonia will impose sanctions on Sylvania, Rufus Firefly said.',
      'Sylvania has not commented on the deployment.',
    ].join('\n'),
  },
  entities: [
    { ref: 'osterlich', kind: 'COUNTRY', name: 'Osterlich', mentions: ['Osterlich'] },
    {
      ref: 'sylvania',
      kind: 'COUNTRY',
      name: 'Sylvania',
      aliases: [{ lang: 'en', text: 'Sylvanian' }],
      mentions: ['Sylvania'],
    },
    { ref: 'freedonia', kind: 'COUNTRY', name: 'Freedonia', mentions: ['Freedonia', 'Freedonian'] },
    { ref: 'army', kind: 'ARMED_FORCE', name: 'Sylvanian Army', mentions: ['Sylvanian soldiers'] },
    { ref: 'marsh', kind: 'LOCATION', name: 'Marsh Province', mentions: ['Marsh Province'] },
    { ref: 'firefly', kind: 'PERSON', name: 'Rufus Firefly', mentions: ['Rufus Firefly'] },
    { ref: 'fuel', kind: 'COMMODITY', name: 'fuel', mentions: ['fuel'] },
  ],
  claims: [
    {
      subject: 'osterlich',
      predicate: 'SUPPLIES',
      object: 'sylvania',
      item: 'fuel',
      modality: 'ALLEGED',
      attributedTo: 'freedonia',
      sentence:
        'Osterlich may have supplied fuel to Sylvania, according to Freedonian officials, who also said Sylvanian soldiers are in the Marsh Province.',
    },
    {
      subject: 'army',
      predicate: 'DEPLOYED_TO',
      object: 'marsh',
      modality: 'ASSERTED',
      attributedTo: 'freedonia',
      sentence:
        'Osterlich may have supplied fuel to Sylvania, according to Freedonian officials, who also said Sylvanian soldiers are in the Marsh Province.',
    },
    {
      subject: 'freedonia',
      predicate: 'SANCTIONS',
      object: 'sylvania',
      modality: 'INTENDED',
      attributedTo: 'firefly',
      sentence: 'Freedonia will impose sanctions on Sylvania, Rufus Firefly said.',
    },
    {
      subject: 'sylvania',
      predicate: 'STATED_NO_COMMENT',
      value: 'the deployment',
      modality: 'ASSERTED',
      sentence: 'Sylvania has not commented on the deployment.',
    },
  ],
};
