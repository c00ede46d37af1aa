import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and who controls a place', () => {
  test('control: a copular "is under X control" and a German perfect parsed with "hat" as its verb', async () => {
    const english = await extract('Kursk is under Ukrainian control.', 'en');
    expect(find(english, 'ukraine', 'CONTROLS', 'kursk-oblast')).toHaveLength(1);
    const german = await extract(
      'Die RSF kämpft seit 2023 gegen die Armee. Seither hat sie die Region Darfur fast vollständig erobert.',
      'de',
    );
    expect(find(german, 'rapid-support-forces', 'CONTROLS', 'darfur')).toHaveLength(1);
  });

  test('control: a noun of capture with its taker, and a verb of gaining whose object is control', async () => {
    const sentences: [string, string][] = [
      ['After the capture of El Fasher by the RSF, thousands fled.', 'en'],
      ["Après la prise d'El-Fasher par les FSR, des milliers de civils ont fui.", 'fr'],
      ['Nach der Einnahme von Al-Faschir durch die RSF flohen Tausende.', 'de'],
      ['Tras la toma de El Fasher por las RSF, miles de personas huyeron.', 'es'],
      ["The RSF's capture of El Fasher shocked the region.", 'en'],
      ['The RSF gained control over El Fasher in October.', 'en'],
      ["Les FSR ont pris le contrôle d'El-Fasher.", 'fr'],
      ['Die RSF hat die Kontrolle über Al-Faschir gewonnen.', 'de'],
    ];
    await expectEachStates(sentences, 'rapid-support-forces', 'CONTROLS', 'el-fasher');
    // Losing control, or a fall with no taker named, gives nobody the place.
    for (const text of [
      'The army lost control of El Fasher.',
      'The fall of El Fasher shocked the region.',
    ])
      expect((await extract(text, 'en')).claims.map((c) => c.predicate)).not.toContain('CONTROLS');
  });

  test('control: a place under control after a verb of being; taking a base is fighting its owner', async () => {
    await expectEachStates(
      [
        ['Darfur steht inzwischen fast vollständig unter der Kontrolle der RSF.', 'de'],
        ['Darfur remained under RSF control.', 'en'],
      ],
      'rapid-support-forces',
      'CONTROLS',
      'darfur',
    );
    await expectEachStates(
      [['The Arakan Army overran a major headquarters of the Myanmar military.', 'en']],
      'arakan-army',
      'AT_WAR_WITH',
      'burmese-armed-forces',
    );
  });

  test('a place "held" or "controlled" by a side, before a hyphen or after "by", is controlled by it', async () => {
    await expectEachStates(
      [
        ['US jets struck the Houthi-held port of Hodeidah.', 'en'],
        ['Los aviones bombardearon la ciudad de Hodeida, controlada por los hutíes.', 'es'],
      ],
      'houthis',
      'CONTROLS',
      'hodeidah',
    );
    await expectEachStates(
      [['Die Luftwaffe bombardierte die von der KIA kontrollierte Stadt Lashio.', 'de']],
      'kachin-independence-army',
      'CONTROLS',
      'lashio',
    );
    // The place a held noun stands for: a copula's subject, or the name it is apposed to.
    await expectEachStates(
      [
        ['Goma is a city held by the M23.', 'en'],
        ['Goma est une ville contrôlée par le M23.', 'fr'],
        ['The army shelled Goma, a city held by the M23.', 'en'],
      ],
      'march-23-movement',
      'CONTROLS',
      'goma',
    );
    await expectEachStates(
      [['Sanaa es una ciudad controlada por los hutíes.', 'es']],
      'houthis',
      'CONTROLS',
      'sana-a',
    );
  });

  test('areas held by a side, named by no name, hold the places listed after them', async () => {
    for (const [text, language] of [
      [
        'Trump ordenó bombardeos en áreas controladas por los hutíes en Yemen, incluidas Saná y Saada.',
        'es',
      ],
      ['US jets struck areas held by the Houthis, including Sanaa and Saada.', 'en'],
      [
        'Les frappes ont visé des zones contrôlées par les Houthis, notamment Sanaa et Saada.',
        'fr',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'houthis', 'CONTROLS', 'sana-a').length,
        find(batch, 'houthis', 'CONTROLS', 'saada').length,
        find(batch, 'houthis', 'CONTROLS', 'yemen').length,
      ]).toEqual([text, 1, 1, 0]);
    }
  });

  test('areas a side holds in a town hold the town; in a country, not the country', async () => {
    await expectEachStates(
      [
        ['Troops approached Arakan Army-controlled areas in Sittwe.', 'en'],
        ["Les soldats se sont approchés des zones tenues par l'Armée d'Arakan à Sittwe.", 'fr'],
        [
          'Die Soldaten näherten sich den von der Arakan Army kontrollierten Gebieten in Sittwe.',
          'de',
        ],
        [
          'Los soldados se acercaron a las zonas controladas por el Ejército de Arakan en Sittwe.',
          'es',
        ],
      ],
      'arakan-army',
      'CONTROLS',
      'sittwe',
    );
    const country = await extract(
      'Russian jets bombed areas held by Hayat Tahrir al-Sham in Syria.',
      'en',
    );
    expect(country.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });

  test('a capture a side managed or succeeded to make, German "gelingen" naming it in the dative', async () => {
    const sentences: [string, string][] = [
      ['The M23 rebels managed to take Goma.', 'en'],
      ['Le M23 a réussi à prendre Goma.', 'fr'],
      ['Le M23 est parvenu à conquérir Goma.', 'fr'],
      ['El M23 logró tomar Goma.', 'es'],
      ['Im Januar gelang es der M23, die Stadt Goma einzunehmen.', 'de'],
    ];
    await expectEachStates(sentences, 'march-23-movement', 'CONTROLS', 'goma');
    // "take" alone is no capture: taking part in talks held there takes nothing.
    const part = await extract('Le M23 a réussi à prendre part aux négociations à Goma.', 'fr');
    expect(find(part, 'march-23-movement', 'CONTROLS', 'goma')).toHaveLength(0);
  });

  test('a capture its taker claims or announces happened: taken, every town listed, not intended', async () => {
    const claimed = await extract(
      'The KIA also claimed the capture of the towns of Panwa and Chipwe.',
      'en',
    );
    for (const town of ['panwa', 'chipwe'])
      expect(find(claimed, 'kachin-independence-army', 'CONTROLS', town)).toHaveLength(1);
    const announced = await extract("L'armée russe a annoncé la prise de Kourakhove.", 'fr');
    const [taken] = find(announced, 'russian-armed-forces', 'CONTROLS', 'kourakhove');
    expect(taken?.modality).toBe('ASSERTED');
    // Who denies a capture did not make it.
    const denied = await extract('Ukraine denied the capture of Kurakhove.', 'en');
    expect(denied.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });
  test('a place fallen to a side or into its hands is controlled by it; soldiers who fell control nothing', async () => {
    await expectEachStates(
      [
        ['The city of Goma fell to the M23 rebels.', 'en'],
        ['La ville de Goma est tombée aux mains du M23.', 'fr'],
        ['Die Stadt Goma fiel in die Hände der M23.', 'de'],
        ['La ciudad de Goma cayó en manos del M23.', 'es'],
      ],
      'march-23-movement',
      'CONTROLS',
      'goma',
    );
    const fell = await extract('Three soldiers fell in Goma.', 'en');
    expect(fell.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });
  test('a capital taken or held is the city, not the country it may stand for', async () => {
    await expectEachStates(
      [
        ['The Taliban seized Kabul in August 2021.', 'en'],
        ['Les talibans ont pris Kaboul en août 2021.', 'fr'],
        ['Die Taliban eroberten Kabul im August 2021.', 'de'],
        ['Los talibanes tomaron Kabul en agosto de 2021.', 'es'],
        ['Kabul fell to the Taliban in August 2021.', 'en'],
        ['Kabul cayó en manos de los talibanes.', 'es'],
      ],
      'taliban',
      'CONTROLS',
      'kabul',
    );
  });

  test('a group that rules a place holds it; a person who rules a country leads it', async () => {
    await expectEachStates(
      [
        ['Hamas, which has ruled Gaza since 2007, denied the claim.', 'en'],
        ['Le Hamas, qui gouverne Gaza depuis 2007, a démenti.', 'fr'],
        ['Die Hamas, die den Gazastreifen seit 2007 regiert, dementierte.', 'de'],
        ['Hamás, que gobierna Gaza desde 2007, lo negó.', 'es'],
      ],
      'hamas',
      'CONTROLS',
      'gaza-strip',
    );
    const ruler = await extract('Putin has ruled Russia since 2000.', 'en');
    expect(find(ruler, 'vladimir-putin', 'LEADER_OF', 'russia')).toHaveLength(1);
  });

  test('places listed after "including" are taken with the rest', async () => {
    for (const [text, language, taker, place] of [
      [
        'Los hutíes controlan varias ciudades del norte, incluida la capital, Saná.',
        'es',
        'houthis',
        'sana-a',
      ],
      [
        'Les rebelles du M23 contrôlent plusieurs villes, notamment Goma et Bunagana.',
        'fr',
        'march-23-movement',
        'bunagana',
      ],
      [
        'The M23 captured several towns, including Bunagana.',
        'en',
        'march-23-movement',
        'bunagana',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, taker, 'CONTROLS', place).length]).toEqual([text, 1]);
    }
  });

  test('a group that rules in a town holds it; a person who rules there leads no town', async () => {
    const group = await extract('The Taliban, who rule in Kabul, denied it.', 'en');
    expect(find(group, 'taliban', 'CONTROLS', 'kabul')).toHaveLength(1);
    const person = await extract('The mayor, who rules in Kabul, denied it.', 'en');
    expect(person.claims).toEqual([]);
  });

  test('a Spanish reflexive verb of seizing takes what follows "de" ("se apoderaron del distrito de Al Abdiya")', async () => {
    const district = await extract('Los rebeldes del M23 se apoderaron de Goma en enero.', 'es');
    expect(find(district, 'march-23-movement', 'CONTROLS', 'goma')).toHaveLength(1);
    const goods = await extract('Los rebeldes del M23 se apoderaron de armas del Ejército.', 'es');
    expect(goods.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });

  test('a participle of ruling on a group, with where it rules, holds that place', async () => {
    await expectEachStates(
      [
        ['Ein Sprecher der in Kabul herrschenden Taliban sprach von Vergeltung.', 'de'],
        ['Un portavoz de los talibanes que gobiernan en Kabul habló de represalias.', 'es'],
      ],
      'taliban',
      'CONTROLS',
      'kabul',
    );
    // CONTROLS takes a place, never a country ("the Houthis control large parts of Yemen").
    const state = await extract('Die in Afghanistan herrschenden Taliban schwiegen.', 'de');
    expect(state.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });
});

describe("parse-v1 and a side's stronghold", () => {
  test('"the Houthi stronghold of Saada", "Saada, el bastión de los hutíes": the side controls the place', async () => {
    await expectEachStates(
      [
        ['US jets struck the Houthi stronghold of Saada.', 'en'],
        ['Saada is the main stronghold of the Houthis.', 'en'],
        ['Kampfjets bombardierten Saada, die Hochburg der Huthis.', 'de'],
        ['Die USA griffen die Huthi-Hochburg Saada an.', 'de'],
        ['La aviación atacó Saada, el bastión de los hutíes.', 'es'],
        ['Saada, le fief des Houthis, a été bombardé.', 'fr'],
        // The place the stronghold's noun is a compound of, or named after its run-in name.
        ['Saudi jets struck the Houthi stronghold Saada on Monday.', 'en'],
        ['Saudische Jets bombardierten die Huthi-Hochburg Saada.', 'de'],
        // The group's French adjective in the masculine singular.
        ['Des avions saoudiens ont frappé le bastion houthi de Saada.', 'fr'],
      ],
      'houthis',
      'CONTROLS',
      'saada',
    );
    // Striking the stronghold strikes the side holding it.
    const struck = await extract('US jets struck the Houthi stronghold of Saada.', 'en');
    expect(find(struck, 'united-states-armed-forces', 'AT_WAR_WITH', 'houthis')).toHaveLength(1);
    // A party's stronghold is won at the polls, a navy's home port or a club's ground is no
    // armed group's, and a former stronghold is held no more.
    await expectNoneStates(
      [
        ['Bavaria is a stronghold of the CSU.', 'en'],
        ['Toulon est le fief de la marine française.', 'fr'],
        ['El Bernabéu es el feudo del Real Madrid.', 'es'],
        ['Mosul, the former Islamic State stronghold, is rebuilding.', 'en'],
      ],
      'CONTROLS',
    );
  });
});

describe("parse-v1 and a state force's last stronghold", () => {
  test("a state's force holds its last stronghold, not one that may be its home", async () => {
    await expectEachStates(
      [
        ["El Fasher is the Sudanese army's last stronghold in Darfur.", 'en'],
        ["El-Fasher est le dernier bastion de l'armée soudanaise au Darfour.", 'fr'],
        ['Al-Faschir ist die letzte Hochburg der sudanesischen Armee in Darfur.', 'de'],
        ['El Fasher es el último bastión del ejército sudanés en Darfur.', 'es'],
      ],
      'sudanese-armed-forces',
      'CONTROLS',
      'el-fasher',
    );
    const home = await extract('Toulon is the stronghold of the French navy.', 'en');
    expect(home.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
  });
});

describe("parse-v1 and a place in a side's hands, or annexed by it", () => {
  test('"is in the hands of", "aux mains de", "in den Händen", "en manos de": the side controls the place', async () => {
    await expectEachStates(
      [
        ['Goma is in the hands of the M23.', 'en'],
        ['The town of Goma is in the hands of the M23 rebels.', 'en'],
        ['Goma est aux mains du M23.', 'fr'],
        ['Die Stadt Goma ist in den Händen der M23-Rebellen.', 'de'],
        ['La ciudad de Goma está en manos del M23.', 'es'],
      ],
      'march-23-movement',
      'CONTROLS',
      'goma',
    );
    // What is in a side's hands but no place is held by nobody.
    for (const text of [
      'The future of Goma is in the hands of the M23.',
      'The decision is in the hands of Rwanda.',
    ])
      expect((await extract(text, 'en')).claims.map((c) => c.predicate)).not.toContain('CONTROLS');
  });

  test('a place annexed by a state is controlled by it', async () => {
    await expectEachStates(
      [
        ['Russia annexed Crimea in 2014.', 'en'],
        ['Crimea, a peninsula annexed by Russia in 2014, hosts the fleet.', 'en'],
        ['La Russie a annexé la Crimée en 2014.', 'fr'],
        ['Russland annektierte die Krim im Jahr 2014.', 'de'],
        ['Crimea, una península anexada por Rusia en 2014, alberga la flota.', 'es'],
      ],
      'russia',
      'CONTROLS',
      'crimea',
    );
  });
});

describe('parse-v1 and what holds no more', () => {
  test('"no longer controls", "ne contrôle plus" deny the fact, as "nicht mehr" and "ya no" do', async () => {
    for (const [text, language] of [
      ['Wagner no longer controls Bakhmut.', 'en'],
      ['Wagner ne contrôle plus Bakhmout.', 'fr'],
      ['Wagner kontrolliert Bachmut nicht mehr.', 'de'],
      ['Wagner ya no controla Bajmut.', 'es'],
    ] as const) {
      const held = find(await extract(text, language), 'wagner-group', 'CONTROLS', 'bakhmut');
      expect([text, held.map((c) => c.modality)]).toEqual([text, ['DENIED']]);
    }
    // "plus" without "ne" is "more", "ne … plus que" is "now only", "no longer than" is "at most",
    // "no longer only" is "and more": the fact stands.
    for (const [text, language] of [
      ['Wagner contrôle plus de la moitié de Bakhmout.', 'fr'],
      ['Wagner controls Bakhmut no longer than Russia allows.', 'en'],
    ] as const) {
      const held = find(await extract(text, language), 'wagner-group', 'CONTROLS', 'bakhmut');
      expect([text, held.map((c) => c.modality)]).toEqual([text, ['ASSERTED']]);
    }
    const now = await extract('Les Houthis ne contrôlent plus que Saada.', 'fr');
    expect(find(now, 'houthis', 'CONTROLS', 'saada').map((c) => c.modality)).toEqual(['ASSERTED']);
    const only = await extract('Wagner no longer operates only in Mali but also in Niger.', 'en');
    expect(find(only, 'wagner-group', 'DEPLOYED_TO', 'mali').map((c) => c.modality)).toEqual([
      'ASSERTED',
    ]);
  });
});
