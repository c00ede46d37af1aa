import {
  expectEachStates,
  expectNoneStatesOf,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and where a place lies', () => {
  test("a province's or a state's capital lies in it; a country's is its capital", async () => {
    const sentences: [string, string][] = [
      ['Goma, the capital of North Kivu, is threatened.', 'en'],
      ['Goma, chef-lieu de la province du Nord-Kivu, est menacée.', 'fr'],
      ['Goma ist die Hauptstadt der Provinz Nord-Kivu.', 'de'],
      ['Los insurgentes ya están en la capital de Kivu del Norte, Goma.', 'es'],
    ];
    await expectEachStates(sentences, 'goma', 'LOCATED_IN', 'north-kivu');
    // A name ending in "State" is a place, whatever the analyser tagged it.
    const state = await extract('Myitkyina, the capital of Kachin State, was shelled.', 'en');
    expect(find(state, 'myitkyina', 'LOCATED_IN', 'kachin')).toHaveLength(1);
    const country = await extract("Les frappes ont visé Kiev, la capitale de l'Ukraine.", 'fr');
    expect(find(country, 'kyiv', 'CAPITAL_OF', 'ukraine')).toHaveLength(1);
  });

  test('a place said to "be in" another, or in a compass part of it, lies there; "near" it does not', async () => {
    const sentences: [string, string][] = [
      ['El Fasher is in Sudan, the centre of the fighting.', 'en'],
      ['El Fasher est au Soudan.', 'fr'],
      ['El Fasher ist im Sudan.', 'de'],
      ['El Fasher está en Sudán.', 'es'],
    ];
    await expectEachStates(sentences, 'el-fasher', 'LOCATED_IN', 'sudan');
    const parts: [string, string][] = [
      ['Cabo Delgado province is in northern Mozambique.', 'en'],
      ['La provincia de Cabo Delgado está en el norte de Mozambique.', 'es'],
    ];
    await expectEachStates(parts, 'cabo-delgado', 'LOCATED_IN', 'mozambique');
    const listed = await extract("Goma et Bukavu sont dans l'est de la RDC.", 'fr');
    expect(find(listed, 'bukavu', 'LOCATED_IN', 'democratic-republic-of-the-congo')).toHaveLength(
      1,
    );
    const near: [string, string][] = [
      ['El Fasher is near Chad.', 'en'],
      ['El Fasher está cerca de Chad.', 'es'],
      ['El Fasher ist nahe dem Tschad.', 'de'],
    ];
    await expectNoneStatesOf(near, 'el-fasher', 'LOCATED_IN', 'chad');
    const denied = find(
      await extract("El Fasher n'est pas au Tchad.", 'fr'),
      'el-fasher',
      'LOCATED_IN',
      'chad',
    );
    expect(denied.map((c) => c.modality)).toEqual(['DENIED']);
    // A second clause left without its verb puts its own place in its own region, which the
    // parser hangs on the first clause's region: the first region is not in the second.
    const gapped: [string, string][] = [
      ['Goma is in North Kivu and Bukavu in South Kivu.', 'en'],
      ['Goma est au Nord-Kivu et Bukavu au Sud-Kivu.', 'fr'],
      ['Goma liegt in Nord-Kivu und Bukavu in Süd-Kivu.', 'de'],
    ];
    await expectEachStates(gapped, 'goma', 'LOCATED_IN', 'north-kivu');
    await expectNoneStatesOf(gapped, 'north-kivu', 'LOCATED_IN', 'south-kivu');
  });

  test('a name in apposition after its region noun lies where that noun is said to be', async () => {
    const batch = await extract(
      'Die Rebellen der M23-Bewegung haben die Kontrolle über die größte Stadt im Osten der Demokratischen Republik Kongo, Goma, übernommen.',
      'de',
    );
    expect(find(batch, 'goma', 'LOCATED_IN', 'democratic-republic-of-the-congo')).toHaveLength(1);
  });

  test('places described by a plural region noun and a demonym, each conjunct with its country', async () => {
    const batch = await extract(
      'Los combates se extendieron a las ciudades sirias de Alepo y Homs.',
      'es',
    );
    expect(find(batch, 'aleppo', 'LOCATED_IN', 'syria')).toHaveLength(1);
    expect(find(batch, 'homs', 'LOCATED_IN', 'syria')).toHaveLength(1);
  });

  test('a German demonym with its direction in the same word names its country', async () => {
    const batch = await extract(
      'Die Armee meldete neue Gefechte in der nordsyrischen Provinz Idlib.',
      'de',
    );
    expect(find(batch, 'idlib', 'LOCATED_IN', 'syria')).toHaveLength(1);
  });

  test('"X is a region in Y": a copular clause headed by a region noun places its subject', async () => {
    const batch = await extract('Donetsk is an industrial region in eastern Ukraine.', 'en');
    expect(find(batch, 'donetsk-oblast', 'LOCATED_IN', 'ukraine')).toHaveLength(1);
  });

  test('a place followed by "in" a country or a compass part of it lies in that country', async () => {
    const sentences: [string, string][] = [
      ['The rockets hit Kiryat Shmona in northern Israel.', 'en'],
      ['The rockets hit Kiryat Shmona in the north of Israel.', 'en'],
      ["Les roquettes ont frappé Kiryat Shmona dans le nord d'Israël.", 'fr'],
      ['Los cohetes alcanzaron Kiryat Shmona, en el norte de Israel.', 'es'],
      // The region noun after the name stands between the place and its country.
      ['He was responsible for attacks targeting the Kiryat Shmona area in northern Israel.', 'en'],
    ];
    await expectEachStates(sentences, 'kiryat-shmona', 'LOCATED_IN', 'israel');
    // A date after the place places nothing.
    const dated = await extract('Troops left Kursk in August.', 'en');
    expect(dated.claims.map((c) => c.predicate)).not.toContain('LOCATED_IN');
  });

  test('a verb of lying somewhere places its subject in the place it names with "in"', async () => {
    const sentences: [string, string][] = [
      ['Goma lies in North Kivu province.', 'en'],
      ['Goma se trouve dans la province du Nord-Kivu.', 'fr'],
      ['Goma liegt in der Provinz Nord-Kivu.', 'de'],
      ['La ciudad de Goma se encuentra en la provincia de Kivu del Norte.', 'es'],
    ];
    await expectEachStates(sentences, 'goma', 'LOCATED_IN', 'north-kivu');
    // A place on a border, or a verb of finding that is not reflexive, places nothing.
    for (const [text, language] of [
      ['Goma lies on the border with Rwanda.', 'en'],
      ['Les enquêteurs trouvent Goma dans un état de siège.', 'fr'],
    ] as const)
      expect((await extract(text, language)).claims.map((c) => c.predicate)).not.toContain(
        'LOCATED_IN',
      );
  });

  test("a place on a state's territory lies in that state", async () => {
    const sentences: [string, string][] = [
      ['Nagorno-Karabakh lies on Azerbaijani territory.', 'en'],
      ['Berg-Karabach liegt auf aserbaidschanischem Gebiet.', 'de'],
      ['Nagorno Karabaj se encuentra en territorio azerbaiyano.', 'es'],
    ];
    await expectEachStates(sentences, 'nagorno-karabakh', 'LOCATED_IN', 'azerbaijan');
  });

  test('German "in den Süden" of a country is a way into it, which places nothing in it', async () => {
    const batch = await extract(
      'Am 7. Oktober 2023 waren hunderte Kämpfer der Hamas und verbündeter islamistischer Gruppen vom Gazastreifen aus in den Süden Israels eingedrungen.',
      'de',
    );
    expect(batch.claims.map((c) => c.predicate)).not.toContain('LOCATED_IN');
  });

  test('the "of" of a region noun the place names is its container; not that of a noun it hangs on', async () => {
    await expectEachStates(
      [
        [
          "Saturday's strike in the Khan Younis area of Gaza killed at least 90 Palestinians.",
          'en',
        ],
      ],
      'khan-yunis',
      'LOCATED_IN',
      'gaza-strip',
    );
    const nyala = await extract(
      'Musa Adam was displaced from his city of Nyala in South Darfur.',
      'en',
    );
    expect(nyala.claims.filter((c) => c.subjectId === 'location:darfur')).toEqual([]);
  });
  test('a town "in the north of" a region lies in it; "to the west of" a town places it outside', async () => {
    await expectEachStates(
      [
        ['Clashes broke out in Kyauktaw, in the west of Rakhine State.', 'en'],
        ['Los combates estallaron en Kyauktaw, en el oeste del estado de Rakhine.', 'es'],
        ["Les combats ont eu lieu à Kyauktaw, dans l'ouest de l'État de Rakhine.", 'fr'],
        [
          'Die Kämpfe fanden in der Gemeinde Kyauktaw im Westen des Bundesstaates Rakhine statt.',
          'de',
        ],
      ],
      'kyauktaw',
      'LOCATED_IN',
      'rakhine-state',
    );
    const beside = await extract(
      "La frappe a touché Kyauktaw, à l'ouest de la ville de Sittwe.",
      'fr',
    );
    expect(find(beside, 'kyauktaw', 'LOCATED_IN', 'sittwe')).toEqual([]);
  });

  test("a place a region's possessive owns lies in that region, also when one name span holds both", async () => {
    await expectEachStates(
      [['The fighting took place in Rakhine State\u2019s rural Minbya township.', 'en']],
      'minbya',
      'LOCATED_IN',
      'rakhine-state',
    );
  });
  test('a capital named after its noun is the city, not its country', async () => {
    await expectEachStates(
      [
        ['Haniyeh was killed in the Iranian capital Tehran in July.', 'en'],
        ['El líder de Hamás murió en la capital iraní, Teherán, en julio.', 'es'],
        ['Haniyeh wurde in der iranischen Hauptstadt Teheran getötet.', 'de'],
      ],
      'tehran',
      'CAPITAL_OF',
      'iran',
    );
  });
  test('a region noun beside a name puts the place inside what it names, never near it', async () => {
    await expectEachStates(
      [
        ['The troops seized Avdiivka, a city in eastern Ukraine.', 'en'],
        ['The troops seized Avdiivka, a city in the east of Ukraine.', 'en'],
        // One place in every language (gazetteer/known/cities.ts).
        ['Die Truppen eroberten Awdijiwka, eine Stadt im Osten der Ukraine.', 'de'],
      ],
      'avdiivka',
      'LOCATED_IN',
      'ukraine',
    );
    await expectEachStates(
      [['Los rebeldes tomaron Goma, una ciudad del este de la RDC.', 'es']],
      'goma',
      'LOCATED_IN',
      'democratic-republic-of-the-congo',
    );
    const near = await extract('The troops seized Avdiivka, a town near Donetsk.', 'en');
    expect(near.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });

  test('"the Afghan capital of Kabul": with the country named by its adjective, "of" names the city', async () => {
    const batch = await extract(
      'Clashes emerged some 150 kilometers east of the Afghan capital of Kabul.',
      'en',
    );
    expect(find(batch, 'kabul', 'CAPITAL_OF', 'afghanistan')).toHaveLength(1);
    // "the capital of Rakhine State" still names what the city is the capital of.
    const region = await extract('Sittwe, the capital of Rakhine State, was shelled.', 'en');
    expect(find(region, 'rakhine-state', 'CAPITAL_OF', 'sittwe')).toEqual([]);
  });

  test('a place set apart by a comma from its country or its compass part lies in it, not in a country its clause names', async () => {
    for (const [text, language, place, container] of [
      ['Two airstrikes hit Rakhine state, in western Myanmar.', 'en', 'rakhine-state', 'myanmar'],
      ["Kofonou, à l'extrême nord du Bénin, a été attaquée.", 'fr', 'kofonou', 'benin'],
      ["L'attaque a eu lieu à Bourem, dans la région de Gao.", 'fr', 'bourem', 'gao'],
      ["Fighting continued in Marib, in Yemen's north.", 'en', 'ma-rib', 'yemen'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, place, 'LOCATED_IN', container).length]).toEqual([text, 1]);
    }
    const borders = await extract(
      'Das Hauptquartier im Rakhine-Staat, der an Bangladesch grenzt, fiel am Freitag.',
      'de',
    );
    expect(find(borders, 'rakhine-state', 'LOCATED_IN', 'bangladesh')).toEqual([]);
  });

  test('a name after a place and a comma is where the place lies, though the parser joins the two', async () => {
    const batch = await extract(
      'Los soldados patrullaban en el distrito de Pedro Juan Caballero, Amambay, cuando fueron atacados.',
      'es',
    );
    expect(find(batch, 'pedro-juan-caballero', 'LOCATED_IN', 'amambay')).toHaveLength(1);
  });

  test("a capital set after a name and a comma is that name's, wherever the parser hangs it", async () => {
    await expectEachStates(
      [
        // The German parser hangs "Hauptstadt" on "Kontrolle".
        [
          'Die Rebellen übernahmen am Montag die Kontrolle über Goma, Hauptstadt der Provinz Nord-Kivu.',
          'de',
        ],
        ['Les rebelles ont pris le contrôle de Goma, capitale du Nord-Kivu.', 'fr'],
      ],
      'goma',
      'LOCATED_IN',
      'north-kivu',
    );
  });

  test('a town is in the region named right after it, after its own noun, or in brackets', async () => {
    for (const [text, language, place, container] of [
      [
        'Gunmen attacked a checkpoint in Datu Piang town in Maguindanao.',
        'en',
        'datu-piang',
        'maguindanao',
      ],
      [
        'The raid took place in Bama town, Konduga Local Government Area, at dawn.',
        'en',
        'bama',
        'konduga-local-government-area',
      ],
      [
        "Une grenade a visé la mairie d'Ajaccio (Corse-du-Sud) dans la nuit.",
        'fr',
        'ajaccio',
        'corse-du-sud',
      ],
      ['Drei Soldaten starben in der Provinz Schabwa im Norden Jemens.', 'de', 'shabwah', 'yemen'],
    ] as const) {
      const batch = await extract(text, language);
      const found = batch.claims.filter(
        (c) =>
          c.predicate === 'LOCATED_IN' &&
          c.subjectId?.endsWith(`:${place}`) &&
          c.objectId?.endsWith(`:${container}`),
      );
      expect([text, found.length]).toEqual([text, 1]);
    }
    // A place narrowed to a city in it or to a town, a list, or a country named twice holds nothing.
    for (const [text, language] of [
      ['Fighting raged in Gaza in the city of Rafah.', 'en'],
      ['Shells fell in Goma, Bukavu and Uvira overnight.', 'en'],
      ['Soldiers were deployed in Donetsk in Bakhmut.', 'en'],
      ["L'armée de Birmanie (Myanmar) a bombardé un village.", 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });

  test('a region named with its region noun in brackets after a town holds the town, wherever the parser hangs it', async () => {
    await expectEachStates(
      [
        [
          "Le groupe a revendiqué la prise de l'emprise de la ville de Bourem (région de Gao).",
          'fr',
        ],
        [
          'Les rebelles ont revendiqué la prise du camp de la ville de Bourem (région de Gao).',
          'fr',
        ],
        ['The group claimed the attack on the army camp of the town of Bourem (Gao region).', 'en'],
        [
          'Die Gruppe bekannte sich zum Angriff auf das Lager der Armee in der Stadt Bourem (Region Gao).',
          'de',
        ],
        [
          'El grupo reivindicó el ataque contra el campamento del ejército de la ciudad de Bourem (región de Gao).',
          'es',
        ],
      ],
      'bourem',
      'LOCATED_IN',
      'gao',
    );
    // A note in brackets that names no region holds nothing.
    const note = await extract('Fighting broke out in Bourem (population 30,000) on Monday.', 'en');
    expect(note.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });

  test('in an address each name set off by a comma lies in the next; a list of names does not', async () => {
    for (const [text, language] of [
      ['Clashes erupted in Buhanginan, Patikul, Sulu on Monday.', 'en'],
      ['Des combats ont éclaté à Buhanginan, Patikul, Sulu lundi.', 'fr'],
      ['Hubo combates en Buhanginan, Patikul, Sulu el lunes.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'buhanginan', 'LOCATED_IN', 'patikul').length]).toEqual([text, 1]);
      expect([text, find(batch, 'patikul', 'LOCATED_IN', 'sulu').length]).toEqual([text, 1]);
    }
    for (const [text, language] of [
      ['Shells fell on Goma, Bukavu, Uvira and Beni overnight.', 'en'],
      ['Des obus sont tombés sur Goma, Bukavu, Uvira et Beni.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });

  test('no container across a clause, and no capital from "the French capital of gastronomy"', async () => {
    for (const [text, language] of [
      ['Fighting raged in Goma, but officials in Rwanda denied any role.', 'en'],
      [
        'Los ataques alcanzaron Járkov, mientras que en Rusia se celebraba el Día de la Victoria.',
        'es',
      ],
      ['The French capital of gastronomy, Lyon, hosted the summit.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        batch.claims.filter((c) => c.predicate === 'LOCATED_IN' || c.predicate === 'CAPITAL_OF'),
      ]).toEqual([text, []]);
    }
  });

  test('a place named right after another, set off by a comma, is its region; a list is not', async () => {
    const region = await extract('Les combats ont eu lieu à Goma, Nord-Kivu, mardi.', 'fr');
    expect(find(region, 'goma', 'LOCATED_IN', 'north-kivu')).toHaveLength(1);
    const list = await extract('Fighting spread to Goma, Bukavu and Uvira.', 'en');
    expect(list.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });

  test('a place right after another, marked "in" and named as a region, is where the first lies', async () => {
    await expectEachStates(
      [
        ['Four soldiers died in Bakhmut in the Donetsk region.', 'en'],
        ['Quatre soldats sont morts à Bakhmout, dans la région de Donetsk.', 'fr'],
        ['Vier Soldaten starben in Bachmut im Gebiet Donezk.', 'de'],
        ['Cuatro soldados murieron en Bajmut, en la región de Donetsk.', 'es'],
      ],
      'bakhmut',
      'LOCATED_IN',
      'donetsk-oblast',
    );
    // A region noun in apposition after the place, or after the place's own noun, names its region.
    await expectEachStates(
      [
        ['Les attaques ont eu lieu dans la commune de Gihanga, province de Bubanza.', 'fr'],
        ['El ataque ocurrió en Gihanga, provincia de Bubanza.', 'es'],
        ['The attack took place in the town of Gihanga, Bubanza province.', 'en'],
      ],
      'gihanga',
      'LOCATED_IN',
      'bubanza',
    );
    const border = await extract(
      'Une position a été attaquée dans la commune de Karimama, zone frontalière avec le Niger.',
      'fr',
    );
    expect(find(border, 'karimama', 'LOCATED_IN', 'niger')).toEqual([]);
    // A country's first-level region needs no region noun.
    const region = await extract('The RSF launched an attack on el-Fasher in North Darfur.', 'en');
    expect(find(region, 'el-fasher', 'LOCATED_IN', 'north-darfur')).toHaveLength(1);
    // Not a town after a region, nor a place people came from.
    for (const text of [
      'Four soldiers died in Donetsk in Bakhmut.',
      'Refugees from Mariupol in the Zaporizhzhia region were housed.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });

  test('a region whose name ends in its region noun is where the place before it lies', async () => {
    const batch = await extract(
      'The troops were advancing on foot in Shimfida in Jibia Local Government Area of Katsina State.',
      'en',
    );
    expect(find(batch, 'shimfida', 'LOCATED_IN', 'jibia-local-government-area')).toHaveLength(1);
    // An island is a region noun too.
    const island = await extract(
      'El choque ocurrió en Patikul, en la isla de Joló, el lunes.',
      'es',
    );
    expect(find(island, 'patikul', 'LOCATED_IN', 'jolo')).toHaveLength(1);
  });

  test('a place joined by a hyphen to a people ("die Karabach-Armenier") names those people, not a place in their country', async () => {
    const people = await extract(
      'Die Karabach-Armenier sind seit drei Jahrzehnten auf Armenien angewiesen.',
      'de',
    );
    expect(people.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
    const place = await extract('Die armenische Region Syunik wurde beschossen.', 'de');
    expect(find(place, 'syunik', 'LOCATED_IN', 'armenia')).toHaveLength(1);
  });

  test('"the Amhara town of Lalibela": the name before the noun is no place inside the town', async () => {
    const batch = await extract(
      'Troops of the Fano militia captured the Amhara town of Lalibela.',
      'en',
    );
    expect(find(batch, 'amhara', 'LOCATED_IN', 'lalibela')).toEqual([]);
    expect(find(batch, 'fano', 'CONTROLS', 'amhara')).toEqual([]);
    // The town's own name follows "of"; a region's name with its region noun holds the town.
    expect(find(batch, 'fano', 'CONTROLS', 'lalibela')).toHaveLength(1);
    const held = await extract('Militants shelled Dolow town of Gedo region on Monday.', 'en');
    expect(find(held, 'dolow', 'LOCATED_IN', 'gedo')).toHaveLength(1);
  });

  test('a place right before a region noun lies in it only when a region noun names it too, where something is', async () => {
    for (const [text, language] of [
      ['Israeli strikes in Gaza in the city of Rafah killed 20 people on Monday.', 'en'],
      ['Flüchtlinge aus Mariupol in der Region Saporischschja berichten von Plünderungen.', 'de'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });

  test('a place after a compass part of its country and a comma, or after its region noun and adjectives, lies there', async () => {
    await expectEachStates(
      [
        ['Dans le sud-ouest du Niger, dans la zone de Tillabéri, 27 soldats ont été tués.', 'fr'],
        ['En el suroeste de Níger, en la región de Tillabéri, murieron 27 soldados.', 'es'],
      ],
      'tillaberi',
      'LOCATED_IN',
      'niger',
    );
    const adjectives = await extract(
      'Los combates ocurrieron en las provincias tailandesas de Surin y Buriram.',
      'es',
    );
    expect(find(adjectives, 'surin', 'LOCATED_IN', 'thailand')).toHaveLength(1);
    // After a place, not a compass part of a country, the region is not placed in a country (the
    // first place lies in it: "à Bakhmout, dans la région de Donetsk").
    const places = await extract(
      'À Niamey, dans la zone de Tillabéri, 27 soldats ont été tués.',
      'fr',
    );
    expect(
      places.claims.filter(
        (c) => c.predicate === 'LOCATED_IN' && c.subjectId.endsWith(':tillaberi'),
      ),
    ).toEqual([]);
  });

  test('"the capital" alone is the capital of the country named whose capital that city is', async () => {
    await expectEachStates(
      [
        [
          'Die Truppen wurden nach Haiti geschickt, wo Banden fast die gesamte Hauptstadt Port-au-Prince kontrollieren.',
          'de',
        ],
        [
          'Troops were sent to Haiti, where gangs control almost all of the capital, Port-au-Prince.',
          'en',
        ],
        [
          'Des soldats ont été envoyés en Haïti, où les gangs contrôlent la capitale, Port-au-Prince.',
          'fr',
        ],
      ],
      'port-au-prince',
      'CAPITAL_OF',
      'haiti',
    );
    // Not a city the country named does not have for its capital.
    const other = await extract('Sudanese officials met rebels in the capital, Nairobi.', 'en');
    expect(other.claims.filter((c) => c.predicate === 'CAPITAL_OF')).toEqual([]);
  });

  test('a place near, next to or "vers" a country is not in it', async () => {
    for (const [text, language] of [
      ['Fighting continued in Vovchansk near Russia on Monday.', 'en'],
      ['Russische Soldaten kämpfen in Wowtschansk bei Russland.', 'de'],
      ['Shelling hit Sumy, adjacent to Russia.', 'en'],
      ['Des jihadistes ont attaqué Djibo, vers le Niger.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and a place inside a region named right after it', () => {
  test('"im Bezirk Cizre in der Provinz Sirnak": the region noun that follows at once holds the place', async () => {
    const batch = await extract(
      'Drei Soldaten wurden im Bezirk Cizre in der Provinz Sirnak getötet.',
      'de',
    );
    expect(find(batch, 'cizre', 'LOCATED_IN', 'sirnak')).toHaveLength(1);
  });

  test('"dans la ville de Bourem, dans la région de Gao": a town named by its noun, then a comma', async () => {
    await expectEachStates(
      [
        ['Des combats ont éclaté dans la ville de Bourem, dans la région de Gao.', 'fr'],
        ['Fighting broke out in the town of Bourem, in the Gao region.', 'en'],
        ['Hubo combates en la ciudad de Bourem, en la región de Gao.', 'es'],
      ],
      'bourem',
      'LOCATED_IN',
      'gao',
    );
  });

  test('"en El Volcán, en el municipio de El Hatillo": a municipality holds the place named before it; a town does not', async () => {
    await expectEachStates(
      [
        ['Un helicóptero cayó en El Volcán, en el municipio de El Hatillo.', 'es'],
        ["Un hélicoptère s'est écrasé à El Volcán, dans la commune de Hatillo.", 'fr'],
      ],
      'el-volcan',
      'LOCATED_IN',
      'hatillo',
    );
    await expectNoneStatesOf(
      [
        ['Les rebelles ont attaqué Bourem, dans la ville de Gao.', 'fr'],
        ['Los rebeldes atacaron Bourem, en la ciudad de Gao.', 'es'],
      ],
      'bourem',
      'LOCATED_IN',
      'gao',
    );
  });

  test('"au sud-ouest de Mogadiscio", "15 km northwest of Bamako": to one side of a capital is in its country', async () => {
    await expectEachStates(
      [
        [
          'Des combats ont éclaté dans la région du Bas-Shabelle, au sud-ouest de Mogadiscio.',
          'fr',
        ],
        ['Shelling hit the Lower Shabelle region, some 95 km southwest of Mogadishu.', 'en'],
      ],
      'lower-shabelle',
      'LOCATED_IN',
      'somalia',
    );
    // Inside a part of the city is in the city; to one side of a country is outside it.
    const inside = await extract('Des combats ont éclaté à Kati, dans le nord de Bamako.', 'fr');
    expect(find(inside, 'kati', 'LOCATED_IN', 'bamako')).toHaveLength(1);
    expect(find(inside, 'kati', 'LOCATED_IN', 'mali')).toEqual([]);
    const outside = await extract('Fighting broke out in Kati, north of Mali.', 'en');
    expect(outside.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });

  test('not a zone beside the region, a country across a border, nor a town fled from', async () => {
    for (const [text, language] of [
      ['Soldiers were attacked in Sankortchagou, near the border with Burkina Faso.', 'en'],
      [
        'Los soldados fueron atacados en Sankortchagou, cerca de la frontera con Burkina Faso, en la prefectura de Kpendjal.',
        'es',
      ],
      ['Hubo combates en la ciudad de Bourem, en la zona fronteriza con Gao.', 'es'],
      ['Refugees fled from the city of Bourem, in the Gao region.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and a list of places', () => {
  test('every place of a list lies in the compass part of a place named after it', async () => {
    for (const [text, language, first, second, country] of [
      [
        'Fighting raged in Marib and Shabwa, in the north of Yemen.',
        'en',
        'ma-rib',
        'shabwah',
        'yemen',
      ],
      [
        'Des combats ont eu lieu à Gao et à Tombouctou, dans le nord du Mali.',
        'fr',
        'gao',
        'timbuktu',
        'mali',
      ],
      // Conjoined compass parts share the whole the parser hangs on the last of them.
      [
        'Los hutíes controlan varios distritos en Marib y Shabwa, en el norte y centro de Yemen.',
        'es',
        'ma-rib',
        'shabwah',
        'yemen',
      ],
      [
        'Les rebelles contrôlent Marib et Shabwa, dans le nord et le centre du Yémen.',
        'fr',
        'ma-rib',
        'shabwah',
        'yemen',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, first, 'LOCATED_IN', country).length,
        find(batch, second, 'LOCATED_IN', country).length,
      ]).toEqual([text, 1, 1]);
    }
  });

  test('each conjoined goal of a sending is a place deployed to', async () => {
    for (const [text, language] of [
      ['North Korea deployed troops to Kursk, Donetsk and Luhansk.', 'en'],
      ['Corea del Norte envió soldados a Kursk, a Donetsk y a Lugansk.', 'es'],
      ['Des soldats nord-coréens sont déployés à Koursk, à Donetsk et à Louhansk.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      const places = ['kursk-oblast', 'donetsk-oblast', 'luhansk-oblast'].filter(
        (place) => find(batch, 'korean-people-s-army', 'DEPLOYED_TO', place).length === 1,
      );
      expect([text, places.length]).toEqual([text, 3]);
    }
  });

  test('a list of four whose items the parser hangs on the verb, each after a comma', async () => {
    const batch = await extract(
      'Boko Haram opère au Nigeria, au Tchad, au Cameroun et au Niger.',
      'fr',
    );
    const places = ['nigeria', 'chad', 'cameroon', 'niger'].filter(
      (place) => find(batch, 'boko-haram', 'DEPLOYED_TO', place).length === 1,
    );
    expect(places).toEqual(['nigeria', 'chad', 'cameroon', 'niger']);
  });

  test('a bare name after a listed name and a comma, closing the list, is one more item of it', async () => {
    const batch = await extract(
      'El choque se registró en varios puntos de las provincias tailandesas de Surin, Nakhon Phanom y Sisaket.',
      'es',
    );
    const places = ['surin', 'nakhon-phanom', 'sisaket'].filter(
      (place) => find(batch, place, 'LOCATED_IN', 'thailand').length === 1,
    );
    expect(places).toEqual(['surin', 'nakhon-phanom', 'sisaket']);
  });

  test('a phrase after a comma with another case marker is no item of the list', async () => {
    const batch = await extract(
      'Des soldats nord-coréens ont été déployés à Koursk, selon la Russie.',
      'fr',
    );
    expect(find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'russia')).toEqual([]);
  });
});

describe('parse-v1 and a capital named in a copular clause', () => {
  test('"Kyiv is the capital of Ukraine": the city, not the state its name may stand for', async () => {
    for (const [text, language] of [
      ['Kyiv is the capital of Ukraine.', 'en'],
      ["Kiev est la capitale de l'Ukraine.", 'fr'],
      ['Kiew ist die Hauptstadt der Ukraine.', 'de'],
      ['Kiev es la capital de Ucrania.', 'es'],
    ] as const) {
      const found = find(await extract(text, language), 'kyiv', 'CAPITAL_OF', 'ukraine');
      expect([text, found.length]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and news outlets described by a country', () => {
  test('"Russia\'s Interfax news agency", "l\'agence sud-coréenne Yonhap", "die irakische Nachrichtenseite Al-Sumaria": the outlet works from that country', async () => {
    for (const [text, language, outlet, country] of [
      ["Russia's Interfax news agency cited an official.", 'en', 'interfax', 'russia'],
      [
        "Selon l'agence sud-coréenne Yonhap, les soldats sont arrivés.",
        'fr',
        'yonhap',
        'south-korea',
      ],
      [
        'Auch die irakische Nachrichtenseite Al-Sumaria berichtete über Kämpfe.',
        'de',
        'al-sumaria',
        'iraq',
      ],
      ['Según la agencia rusa TASS, los soldados llegaron.', 'es', 'tass', 'russia'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, outlet, 'LOCATED_IN', country).length]).toEqual([text, 1]);
      expect([text, batch.claims.filter((c) => c.predicate === 'PART_OF')]).toEqual([text, []]);
    }
    // A state's agency that is no outlet is still a body of its state.
    const space = await extract('The Russian space agency Roscosmos launched it.', 'en');
    expect(find(space, 'roscosmos', 'PART_OF', 'russia')).toHaveLength(1);
    expect(space.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });
});

describe('parse-v1 and a town said to lie in a compass part of a country', () => {
  test('"Tamou est une ville du sud-ouest du Niger": the town lies in the country', async () => {
    await expectEachStates(
      [
        ['Tamou est une ville du sud-ouest du Niger.', 'fr'],
        ['Tamou es una localidad del suroeste de Níger.', 'es'],
      ],
      'tamou',
      'LOCATED_IN',
      'niger',
    );
  });
});

describe("parse-v1 and a body's seat", () => {
  test('"the London-based Syrian Observatory", "con sede en Londres", "die in London ansässige": the body lies there', async () => {
    for (const [text, language, place] of [
      [
        'The London-based Syrian Observatory for Human Rights reported 89 dead.',
        'en',
        'country:united-kingdom',
      ],
      [
        'The British-based Syrian Observatory for Human Rights reported 89 dead.',
        'en',
        'country:united-kingdom',
      ],
      [
        'El Observatorio Sirio de Derechos Humanos, con sede en Londres, informó de 89 muertos.',
        'es',
        'location:london',
      ],
      [
        'Die in London ansässige Syrische Beobachtungsstelle für Menschenrechte meldete 89 Tote.',
        'de',
        'location:london',
      ],
    ] as const) {
      const batch = await extract(text, language);
      const seated = batch.claims
        .filter((c) => c.predicate === 'LOCATED_IN')
        .map((c) => [c.subjectId, c.objectId]);
      expect([text, seated]).toEqual([
        text,
        [['organization:syrian-observatory-for-human-rights', place]],
      ]);
    }
    // A report based on evidence lies nowhere.
    const report = await extract('The evidence-based report said 89 died in Aleppo.', 'en');
    expect(report.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });
});

describe('parse-v1 and border localities', () => {
  test('"a border locality in the West region" lies in that region; a border area "with" a country does not', async () => {
    await expectEachStates(
      [
        [
          'Fighters killed a soldier on Sunday in Kengwo, a border locality in the West region.',
          'en',
        ],
        ['Fighters attacked Kengwo, a border town in the West region, on Sunday.', 'en'],
      ],
      'kengwo',
      'LOCATED_IN',
      'west-region',
    );
    for (const [text, language] of [
      ['Les combattants ont attaqué Sankortchagou, une zone frontalière avec le Niger.', 'fr'],
      ['Fighters attacked Kengwo, a locality near Bamenda.', 'en'],
      ['Gunmen attacked Djibo, a border town near Niger.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'LOCATED_IN')]).toEqual([text, []]);
    }
    const near = await extract(
      'Des jihadistes ont attaqué Tessit, localité frontalière dans la région de Gao, près du Niger.',
      'fr',
    );
    expect(find(near, 'tessit', 'LOCATED_IN', 'gao')).toHaveLength(1);
    expect(find(near, 'gao', 'LOCATED_IN', 'niger')).toEqual([]);
  });

  test('a lone name after "in" is a place, though the analyser tags it a person\'s', async () => {
    const sentences: [string, string][] = [
      ['Die Armee meldete den Tod von zwei Polizisten in Gao.', 'de'],
      ['Two policemen died in Gao on Monday.', 'en'],
      ['Deux policiers sont morts dans Gao lundi.', 'fr'],
      ['Dos policías murieron en Gao el lunes.', 'es'],
    ];
    for (const [text, language] of sentences) {
      const ids = (await extract(text, language)).entities.map((e) => e.id);
      expect([text, ids.filter((id) => id.endsWith(':gao'))]).toEqual([text, ['location:gao']]);
    }
  });
});
