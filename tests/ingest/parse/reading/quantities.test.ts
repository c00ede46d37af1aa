import {
  expectEachStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and counts, ranges and dates', () => {
  test('a soldier lost with the singular indefinite article counts one; soldiers without a number count none', async () => {
    for (const [text, language] of [
      ['Un soldat tchadien a été tué à Bouhama.', 'fr'],
      ['Ein tschadischer Soldat wurde in Bouhama getötet.', 'de'],
      ['Un soldado chadiano murió en Bouhama.', 'es'],
      ['A Chadian soldier was killed in Bouhama.', 'en'],
    ] as const) {
      const [loss] = find(
        await extract(text, language),
        'chadian-national-army',
        'SUFFERED_LOSSES_IN',
        'bouhama',
      );
      expect([text, loss?.quantity?.min, loss?.quantity?.max]).toEqual([text, 1, 1]);
    }
    const [unnumbered] = find(
      await extract('Chadian soldiers were killed in Bouhama.', 'en'),
      'chadian-national-army',
      'SUFFERED_LOSSES_IN',
      'bouhama',
    );
    expect(unnumbered?.quantity).toBeNull();
  });

  test('a number word the tagger takes for an adjective or a name still counts its noun', async () => {
    // The tagger reads "fifteen" here as an adjective modifying "soldiers".
    const [loss] = find(
      await extract(
        'The Beninese army confirmed that fifteen soldiers were killed in Kofonou.',
        'en',
      ),
      'beninese-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kofonou',
    );
    expect(loss?.quantity).toEqual({ min: 15, max: 15, unit: 'soldier' });
    // The German tagger reads "Zwölf" opening a sentence as a name modifying "Soldaten".
    const [german] = find(
      await extract('Zwölf russische Soldaten starben in Bachmut.', 'de'),
      'russian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'bakhmut',
    );
    expect(german?.quantity).toEqual({ min: 12, max: 12, unit: 'soldier' });
    // The French tagger reads a hyphenated number opening a sentence as a determiner.
    const [compound] = find(
      await extract('Soixante-trois soldats maliens ont été tués à Kidal.', 'fr'),
      'malian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kidal',
    );
    expect(compound?.quantity).toEqual({ min: 63, max: 63, unit: 'soldier' });
    // "Une attaque": an article is no count.
    const [article] = find(
      await extract('Une attaque a tué des soldats maliens à Kidal.', 'fr'),
      'malian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kidal',
    );
    expect(article?.quantity ?? null).toBeNull();
    // The French parser makes "Quinze" a name and the attackers it counts an adjective.
    const attackers = find(
      await extract(
        'Des combattants de Boko Haram ont attaqué une base militaire à Borno. Quinze assaillants ont été tués.',
        'fr',
      ),
      'boko-haram',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
    expect(attackers.map((c) => c.quantity)).toEqual([{ min: 15, max: 15, unit: 'soldier' }]);
  });

  test('"and fifteen others wounded": a second count of the same side in one sentence is a claim of its own', async () => {
    for (const [text, language] of [
      ['Seven Chadian soldiers were killed and fifteen others wounded in Bouhama.', 'en'],
      ['Sept militaires tchadiens ont été tués et quinze autres blessés à Bouhama.', 'fr'],
    ] as const) {
      const counts = find(
        await extract(text, language),
        'chadian-national-army',
        'SUFFERED_LOSSES_IN',
        'bouhama',
      )
        .map((c) => c.quantity)
        .sort((a, b) => (a?.min ?? 0) - (b?.min ?? 0));
      expect([text, counts]).toEqual([
        text,
        [
          { min: 7, max: 7, unit: 'soldier' },
          { min: 15, max: 15, unit: 'soldier' },
        ],
      ]);
    }
  });

  test('a range the parse split keeps its noun and both bounds', async () => {
    const batch = await extract(
      'Selon des médias, des rapports ont circulé sur l’envoi de 3 000 à 5 000 soldats biélorusses en Ukraine.',
      'fr',
    );
    const [sent] = find(batch, 'armed-forces-of-belarus', 'DEPLOYED_TO', 'ukraine');
    expect(sent?.quantity).toEqual({ min: 3000, max: 5000, unit: 'soldier' });
  });

  test('the dead counted among their owners give the count; a share counts nobody', async () => {
    for (const [text, language] of [
      ["L'attaque à Borno a fait 12 morts parmi les soldats nigérians.", 'fr'],
      ['The attack in Borno caused 12 deaths among Nigerian soldiers.', 'en'],
      ['Der Angriff in Borno forderte zwölf Tote unter den nigerianischen Soldaten.', 'de'],
    ] as const) {
      const [loss] = find(
        await extract(text, language),
        'nigerian-armed-forces',
        'SUFFERED_LOSSES_IN',
        'borno',
      );
      expect([text, loss?.quantity]).toEqual([text, { min: 12, max: 12, unit: 'death' }]);
    }
    // The wounded counted beside them are counted as wounded.
    const wounded = find(
      await extract(
        "L'attaque à Borno a fait 12 morts et 14 blessés parmi les soldats nigérians.",
        'fr',
      ),
      'nigerian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'borno',
    ).map((c) => c.quantity);
    expect(wounded).toContainEqual({ min: 14, max: 14, unit: 'wounded' });
    const [share] = find(
      await extract('Nordkoreanische Truppen haben fast 40% Verluste in Kursk erlitten.', 'de'),
      'korean-people-s-army',
      'SUFFERED_LOSSES_IN',
      'kursk-oblast',
    );
    expect(share?.quantity).toBeNull();
  });

  test('a running total "since October" is no loss at the scene', async () => {
    const batch = await extract(
      'Hezbollah fired rockets at Metula. The group has lost more than 500 fighters in clashes with Israel since October.',
      'en',
    );
    expect(batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });
});

describe('parse-v1 and counts of the wounded beside the dead', () => {
  test('a conjoined clause of harm with a bare count or "others" counts more of the first victims', async () => {
    const cases: [string, string][] = [
      ['Four Nigerian soldiers were killed and fourteen wounded in the attack in Borno.', 'en'],
      ['Nine Nigerian soldiers died and fourteen others were wounded in Borno.', 'en'],
      ['Nueve soldados nigerianos murieron y otros catorce resultaron heridos en Borno.', 'es'],
      ['Quatre soldats nigérians ont été tués et quatorze blessés dans le Borno.', 'fr'],
      ['Vier nigerianische Soldaten wurden in Borno getötet und vierzehn verletzt.', 'de'],
    ];
    for (const [text, language] of cases) {
      const batch = await extract(text, language);
      const counts = find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno').map(
        (c) => c.quantity?.min,
      );
      expect([text, counts.includes(14)]).toEqual([text, true]);
    }
  });

  test('"another four soldiers", "six more" in the next sentence add to the loss it just counted', async () => {
    const cases: [string, string][] = [
      ['Four Nigerian soldiers were killed in Borno. Another fourteen soldiers were hurt.', 'en'],
      ['Four Nigerian soldiers were killed in Borno. Fourteen more soldiers were wounded.', 'en'],
      [
        'Quatre soldats nigérians ont été tués dans le Borno. Quatorze autres soldats ont été blessés.',
        'fr',
      ],
      [
        'Vier nigerianische Soldaten wurden in Borno getötet. Vierzehn weitere Soldaten wurden verletzt.',
        'de',
      ],
      [
        'Cuatro soldados nigerianos murieron en Borno. Otros catorce soldados resultaron heridos.',
        'es',
      ],
      // In one sentence, "six more" as the object of a second verb of harm.
      ['Gunmen killed four Nigerian soldiers in Borno and wounded fourteen more.', 'en'],
    ];
    for (const [text, language] of cases) {
      const batch = await extract(text, language);
      const counts = find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno').map(
        (c) => c.quantity?.min,
      );
      expect([text, counts.includes(14)]).toEqual([text, true]);
    }
    // Soldiers of another side are no more of the first ones; nor are those a sentence later.
    const chadian = await extract(
      'Four Nigerian soldiers were killed in Borno. Two more Chadian soldiers were hurt.',
      'en',
    );
    expect(find(chadian, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toHaveLength(1);
    const later = await extract(
      'Four Nigerian soldiers were killed in Borno. Boko Haram claimed the attack. Six more soldiers were hurt.',
      'en',
    );
    expect(find(later, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toHaveLength(1);
  });
});

describe('parse-v1 and a part counted out of a whole', () => {
  test('the part is the count: "4,000 of the 11,000", "six des soldats"', async () => {
    for (const [text, language, count] of [
      [
        'About 4,000 of the 11,000 North Korean soldiers were killed in the Kursk region.',
        'en',
        4000,
      ],
      ['Unos 4.000 de los 11.000 soldados norcoreanos murieron en la región de Kursk.', 'es', 4000],
      ['Six des soldats nord-coréens ont été tués dans la région de Koursk.', 'fr', 6],
    ] as const) {
      const [loss] = find(
        await extract(text, language),
        'korean-people-s-army',
        'SUFFERED_LOSSES_IN',
        'kursk-oblast',
      );
      expect([text, loss?.quantity?.min, loss?.quantity?.max]).toEqual([text, count, count]);
    }
  });
});

describe('parse-v1 and losses dated by the start of an event', () => {
  test('losses since the start of an operation fell where that operation is', async () => {
    await expectEachStates(
      [
        [
          'More than 50 Hamas commanders have died since the start of the ground operation in Gaza.',
          'en',
        ],
        [
          "Plus de 50 commandants du Hamas ont été tués depuis le début de l'offensive terrestre à Gaza.",
          'fr',
        ],
        [
          'Mehr als 50 Kommandeure der Hamas wurden seit Beginn der Bodenoffensive im Gazastreifen getötet.',
          'de',
        ],
        [
          'Más de 50 comandantes de Hamás han muerto desde el inicio de la operación terrestre en Gaza.',
          'es',
        ],
      ],
      'hamas',
      'SUFFERED_LOSSES_IN',
      'gaza-strip',
    );
    // The start of a year is no event with a place.
    const year = await extract(
      'Fifty Hamas commanders have died since the start of the year.',
      'en',
    );
    expect(year.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });
});

describe('parse-v1 and losses counted by a collective noun', () => {
  test('"une cinquantaine", "medio centenar", "half a dozen" count the soldiers they head', async () => {
    for (const [text, language, count] of [
      ['Une cinquantaine de soldats ukrainiens ont été tués dans la région de Koursk.', 'fr', 50],
      [
        'Rusia confirma medio centenar de soldados ucranianos muertos en la región de Kursk.',
        'es',
        50,
      ],
      ['Half a dozen Ukrainian soldiers were killed in the Kursk region.', 'en', 6],
      ['Ein halbes Dutzend ukrainische Soldaten wurden in der Region Kursk getötet.', 'de', 6],
    ] as const) {
      const [loss] = find(
        await extract(text, language),
        'armed-forces-of-ukraine',
        'SUFFERED_LOSSES_IN',
        'kursk-oblast',
      );
      expect([text, loss?.quantity?.min, loss?.quantity?.max]).toEqual([text, count, count]);
    }
  });
});
