import { claimOf, extract, triples } from './extract-helpers';

function claims(text: string, language: string) {
  return extract(text, language).claims;
}

describe('extractClaims: roles and names', () => {
  test('FR apposition "X, porte-parole du Y" and a nested organisation', () => {
    const found = claims(
      'John Kirby, porte-parole du Conseil de sécurité nationale de la Maison-Blanche, a parlé.',
      'fr',
    );
    expect(claimOf(found, 'john-kirby SPOKESPERSON_OF national-security-council').modality).toBe(
      'ASSERTED',
    );
    expect(
      claimOf(found, 'national-security-council PART_OF white-house').attributedToId,
    ).toBeNull();
  });

  test('EN spokesperson before and after the name', () => {
    expect(triples(claims('Kremlin spokesman Dmitry Peskov spoke on Monday.', 'en'))).toContain(
      'dmitry-peskov SPOKESPERSON_OF kremlin',
    );
    expect(
      triples(claims('Matthew Miller, a spokesperson for the State Department, spoke.', 'en')),
    ).toContain('matthew-miller SPOKESPERSON_OF state-department');
  });

  test('a head of state introduced by title and nationality', () => {
    expect(triples(claims('Le président russe Vladimir Poutine a parlé.', 'fr'))).toContain(
      'vladimir-putin LEADER_OF russia',
    );
    expect(triples(claims('Ukrainian President Volodymyr Zelensky spoke.', 'en'))).toContain(
      'volodymyr-zelensky LEADER_OF ukraine',
    );
  });

  test('a nationality in an institution’s name makes it PART_OF the country, not in the name of its soldiers', () => {
    expect(triples(claims('Le ministère américain de la Défense et l’armée russe.', 'fr'))).toEqual(
      ['pentagon PART_OF united-states', 'russian-armed-forces PART_OF russia'],
    );
    const soldiers = claims('Des soldats nord-coréens. Puis l’armée nord-coréenne.', 'fr');
    expect(claimOf(soldiers, 'korean-people-s-army PART_OF north-korea').sentence).toBe(
      'Puis l’armée nord-coréenne.',
    );
  });

  test('places inside places, members and capitals', () => {
    expect(triples(claims('dans la région de Koursk, en Russie', 'fr'))).toEqual([
      'kursk-oblast LOCATED_IN russia',
    ]);
    expect(triples(claims("in Russia's Kursk region", 'en'))).toEqual([
      'kursk-oblast LOCATED_IN russia',
    ]);
    expect(triples(claims('Hungary, an EU member, did not object.', 'en'))).toContain(
      'hungary MEMBER_OF european-union',
    );
    expect(triples(claims('Kyiv, the capital of Ukraine, was calm.', 'en'))).toContain(
      'kyiv CAPITAL_OF ukraine',
    );
  });
});

describe('extractClaims: reporting frames', () => {
  test('FR "a confirmé que" makes the speaker attributedTo and the claim CONFIRMED', () => {
    const found = claims(
      'Le Pentagone a confirmé que des soldats nord-coréens avaient été tués dans la région de Koursk.',
      'fr',
    );
    const losses = claimOf(found, 'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast');
    expect([losses.modality, losses.attributedToId]).toEqual([
      'CONFIRMED',
      'organization:pentagon',
    ]);
    expect(losses.sentence).toBe(
      'Le Pentagone a confirmé que des soldats nord-coréens avaient été tués dans la région de Koursk.',
    );
  });

  test('EN postposed "…, the Pentagon said" and coordinated speakers', () => {
    const said = claims(
      'North Korean troops were killed in the Kursk region, the Pentagon said.',
      'en',
    );
    expect(
      claimOf(said, 'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast').attributedToId,
    ).toBe('organization:pentagon');
    const both = claims(
      'Le GUR et le Pentagone ont confirmé que des soldats nord-coréens ont été tués dans la région de Koursk.',
      'fr',
    );
    const speakers = both
      .filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')
      .map((c) => c.attributedToId);
    expect(speakers.sort()).toEqual([
      'organization:defence-intelligence-of-ukraine',
      'organization:pentagon',
    ]);
  });

  test('"selon" an agency relays: reportedBy, REPORTED; "selon le rapport" is that agency’s report', () => {
    const found = claims(
      'Selon l’agence Associated Press, des soldats nord-coréens ont été tués dans la région de Koursk. Selon le rapport, la Russie contrôle la région de Belgorod.',
      'fr',
    );
    const losses = claimOf(found, 'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast');
    expect([losses.modality, losses.reportedById, losses.attributedToId]).toEqual([
      'REPORTED',
      'organization:associated-press',
      null,
    ]);
    expect(claimOf(found, 'russia CONTROLS belgorod-oblast').reportedById).toBe(
      'organization:associated-press',
    );
  });

  test('EN "according to" a named source and the channel of a Telegram post', () => {
    const found = claims(
      "In a Telegram post, Ukraine's military intelligence said North Korean troops were killed in the Kursk region.",
      'en',
    );
    const losses = claimOf(found, 'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast');
    expect([losses.attributedToId, losses.channel]).toEqual([
      'organization:defence-intelligence-of-ukraine',
      'Telegram',
    ]);
    const according = claims(
      'Russia has supplied oil to North Korea, according to South Korea.',
      'en',
    );
    expect(claimOf(according, 'russia SUPPLIES north-korea').attributedToId).toBe(
      'country:south-korea',
    );
  });

  test('a quotation over two sentences belongs to the speaker of the colon before it', () => {
    const found = claims(
      'Le GUR a déclaré : « Des soldats nord-coréens ont été tués dans la région de Koursk. Au moins trois soldats nord-coréens ont disparu près de Koursk. »',
      'fr',
    );
    const missing = found.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN');
    expect(missing.map((c) => c.quantity)).toEqual([null, { min: 3, max: null, unit: 'soldier' }]);
    for (const claim of missing)
      expect(claim.attributedToId).toBe('organization:defence-intelligence-of-ukraine');
  });

  test('a relay in the next sentence pointing back ("ces informations") sets reportedBy and the date', () => {
    const found = claims(
      'Le Pentagone a confirmé la mort de soldats nord-coréens dans la région de Koursk. L’agence Associated Press a rapporté mardi 17 décembre que ces informations proviennent du Pentagone.',
      'fr',
    );
    const losses = claimOf(found, 'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast');
    expect([losses.reportedById, losses.time]).toEqual([
      'organization:associated-press',
      { from: '2024-12-17', to: '2024-12-17' },
    ]);
  });
});

describe('extractClaims: predicates in French and English', () => {
  test.each([
    [
      'fr',
      'Des militaires nord-coréens ont été tués en combattant les forces ukrainiennes.',
      'korean-people-s-army AT_WAR_WITH armed-forces-of-ukraine',
    ],
    [
      'en',
      'North Korean troops were fighting Ukrainian forces.',
      'korean-people-s-army AT_WAR_WITH armed-forces-of-ukraine',
    ],
    [
      'fr',
      'Pyongyang est impliqué dans la guerre contre l’Ukraine.',
      'north-korea AT_WAR_WITH ukraine',
    ],
    [
      'fr',
      'Des soldats nord-coréens combattent pour atteindre les objectifs de la Russie.',
      'korean-people-s-army FIGHTS_FOR russia',
    ],
    [
      'en',
      'North Korean troops are fighting alongside Russia.',
      'korean-people-s-army FIGHTS_FOR russia',
    ],
    [
      'fr',
      'L’envoi de 10 000 soldats nord-coréens en Russie.',
      'korean-people-s-army DEPLOYED_TO russia',
    ],
    ['en', 'North Korea sent troops to Russia.', 'north-korea DEPLOYED_TO russia'],
    [
      'fr',
      'La région de Koursk, une zone sous contrôle ukrainien.',
      'ukraine CONTROLS kursk-oblast',
    ],
    ['en', 'The Kursk region is under Ukrainian control.', 'ukraine CONTROLS kursk-oblast'],
    ['fr', 'La Russie a livré du pétrole à la Corée du Nord.', 'russia SUPPLIES north-korea'],
    ['en', 'Iran has supplied drones to Russia.', 'iran SUPPLIES russia'],
    [
      'fr',
      'Les États-Unis fournissent une aide militaire à l’Ukraine.',
      'united-states SUPPORTS_MILITARILY ukraine',
    ],
    ['en', 'Germany provided military aid to Ukraine.', 'germany SUPPORTS_MILITARILY ukraine'],
    [
      'fr',
      'L’Union européenne a adopté des sanctions contre la Russie.',
      'european-union SANCTIONS russia',
    ],
    ['en', 'Britain imposed sanctions on Russia.', 'united-kingdom SANCTIONS russia'],
    [
      'fr',
      'Les soldats nord-coréens ont subi des pertes dans la région de Koursk.',
      'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast',
    ],
    [
      'en',
      'North Korean soldiers suffered losses in the Kursk region.',
      'korean-people-s-army SUFFERED_LOSSES_IN kursk-oblast',
    ],
  ])('%s: %s', (language, text, triple) => {
    expect(triples(claims(text, language))).toContain(triple);
  });

  test('the item of a delivery is the commodity the clause names', () => {
    expect(
      claimOf(
        claims('La Russie a livré du pétrole à la Corée du Nord.', 'fr'),
        'russia SUPPLIES north-korea',
      ).itemId,
    ).toBe('commodity:oil');
  });

  test('"in exchange for this military aid" makes the receiver a military supporter', () => {
    const found = claims(
      'En échange de cette aide militaire, la Russie aurait fourni du pétrole à la Corée du Nord.',
      'fr',
    );
    expect(triples(found)).toEqual([
      'russia SUPPLIES north-korea',
      'north-korea SUPPORTS_MILITARILY russia',
    ]);
  });

  test('no comment, with its topic as the value and each coordinated subject', () => {
    const fr = claims(
      'Pour l’instant, Moscou et Pyongyang n’ont pas réagi aux informations concernant les pertes nord-coréennes.',
      'fr',
    );
    expect(triples(fr)).toEqual([
      'russia STATED_NO_COMMENT "pertes nord-coréennes"',
      'north-korea STATED_NO_COMMENT "pertes nord-coréennes"',
    ]);
    const en = claims('The Kremlin declined to comment on the oil shipments.', 'en');
    expect(triples(en)).toEqual(['kremlin STATED_NO_COMMENT "oil shipments"']);
  });

  test('losses stated as a premise ("ces pertes montrent que") are not claimed again', () => {
    const found = claims(
      'Selon la Maison-Blanche, ces pertes montrent que la Corée du Nord participe à la guerre contre l’Ukraine.',
      'fr',
    );
    expect(triples(found)).toEqual(['north-korea AT_WAR_WITH ukraine']);
  });
});

describe('extractClaims: modality', () => {
  test.each([
    [
      'fr',
      'La Russie aurait fourni du pétrole à la Corée du Nord.',
      'russia SUPPLIES north-korea',
      'ALLEGED',
    ],
    [
      'en',
      'Russia has supplied oil to North Korea, a claim that could not be independently verified.',
      'russia SUPPLIES north-korea',
      'ALLEGED',
    ],
    [
      'en',
      'The United States will impose sanctions on North Korea.',
      'united-states SANCTIONS north-korea',
      'INTENDED',
    ],
    [
      'fr',
      'Les États-Unis réagiront par des sanctions contre la Corée du Nord.',
      'united-states SANCTIONS north-korea',
      'INTENDED',
    ],
    [
      'fr',
      'John Kirby a déclaré que Washington imposerait des sanctions à la Corée du Nord.',
      'united-states SANCTIONS north-korea',
      'INTENDED',
    ],
    [
      'fr',
      'Moscou fournirait du carburant à Pyongyang, selon des sources diplomatiques.',
      'russia SUPPLIES north-korea',
      'ALLEGED',
    ],
    ['en', 'Iran denied supplying drones to Russia.', 'iran SUPPLIES russia', 'DENIED'],
    [
      'fr',
      'La Corée du Nord n’a pas livré d’obus à la Russie.',
      'north-korea SUPPLIES russia',
      'DENIED',
    ],
    [
      'en',
      'The Pentagon confirmed that North Korea sent troops to Russia.',
      'north-korea DEPLOYED_TO russia',
      'CONFIRMED',
    ],
    [
      'fr',
      'Des rapports ont circulé sur l’envoi de soldats nord-coréens en Russie.',
      'korean-people-s-army DEPLOYED_TO russia',
      'REPORTED',
    ],
  ])('%s: %s', (language, text, triple, modality) => {
    expect(claimOf(claims(text, language), triple).modality).toBe(modality);
  });
});
