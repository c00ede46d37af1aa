import type { Extractor } from '../../../src/ingest/extractor';
import { NLP_START_TIMEOUT_MS, testExtractor } from '../../support/nlp';

let extractor: Extractor;

beforeAll(async () => {
  extractor = await testExtractor();
}, NLP_START_TIMEOUT_MS);

/** The entities parse-v1 finds in one made-up sentence, as "name<KIND>". */
async function entitiesOf(text: string, language: string): Promise<string[]> {
  const batch = await extractor.extract(
    { text, title: 'test', language, publishedAt: '2024-12-17' },
    [],
  );
  return batch.entities.map((e) => `${e.name}<${e.kind}>`);
}

describe('parse-v1 recognises the names news gives places', () => {
  test('a place the analyser reads over a hyphen from a known name is that place, not the known one', async () => {
    for (const [text, language] of [
      ['Des coups de feu ont visé la gendarmerie de Porto-Torres en avril.', 'fr'],
      ['Police said gunmen attacked a post near Porto-Torres on Monday.', 'en'],
      ['Hombres armados atacaron el lunes un puesto cerca de Porto-Torres.', 'es'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([text, ['Porto-Torres<LOCATION>']]);
    }
  });

  test("a Philippine subdivision's title opens a place's name, whatever the analyser tagged", async () => {
    for (const [text, place] of [
      ['Troops attacked Brgy Buhanginan in Patikul on Monday.', 'Buhanginan'],
      [
        'Soldiers clashed with rebels in Barangay Tubig-Indangan, Simunul, on Sunday.',
        'Tubig-Indangan',
      ],
    ] as const) {
      const names = await entitiesOf(text, 'en');
      expect([
        text,
        names.filter((n) => !n.startsWith('Patikul') && !n.startsWith('Simunul')),
      ]).toEqual([text, [`${place}<LOCATION>`]]);
    }
  });

  test('a day after a region noun is no place', async () => {
    const text =
      'The Myanmar military conducted air strikes against Arakan Army rebels in northern Rakhine State’s rural Minbya and Mrauk-U townships on Thursday and Friday.';
    const names = await entitiesOf(text, 'en');
    expect(names.filter((n) => /Thursday|Friday/u.test(n))).toEqual([]);
  });

  test('a name a copula says is a town is a place, tagged or not', async () => {
    for (const [text, language, place] of [
      ['Gwoza is a town in Borno State.', 'en', 'Gwoza'],
      ['Kalama ist eine Stadt im Osten Kongos.', 'de', 'Kalama'],
      ['Kurunda ist ein Dorf im Norden Nigerias.', 'de', 'Kurunda'],
      ['Kurunda es un pueblo del norte de Nigeria.', 'es', 'Kurunda'],
      ['Tamou es una localidad del suroeste de Níger.', 'es', 'Tamou'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.includes(`${place}<LOCATION>`)]).toEqual([text, true]);
    }
  });

  test('a direction capitalised after its region noun names that region; lowercase, it names none', async () => {
    for (const [text, language, names] of [
      [
        'Des séparatistes ont attaqué un village de la région du Nord-Ouest du Cameroun.',
        'fr',
        ['Nord-Ouest<LOCATION>', 'Cameroon<COUNTRY>'],
      ],
      [
        'Separatistas atacaron una aldea en la región del Noroeste de Camerún.',
        'es',
        ['Noroeste<LOCATION>', 'Cameroon<COUNTRY>'],
      ],
      ['Des combats ont eu lieu dans le nord du Mali.', 'fr', ['Mali<COUNTRY>']],
      ['Hubo combates en el norte de Malí.', 'es', ['Mali<COUNTRY>']],
    ] as const) {
      expect([text, await entitiesOf(text, language)]).toEqual([text, names]);
    }
  });

  test('an English name ending in a direction keeps the region noun after it', async () => {
    for (const [text, names] of [
      [
        'Separatists attacked a village in the North West region of Cameroon on Monday.',
        ['North West region<LOCATION>', 'Cameroon<COUNTRY>'],
      ],
      [
        'The North West and South West regions have suffered a bloody conflict.',
        ['North West<LOCATION>', 'South West<LOCATION>'],
      ],
    ] as const) {
      expect([text, await entitiesOf(text, 'en')]).toEqual([text, names]);
    }
  });

  test('German news names places by Township, Siedlung and Kleinstadt as by Stadt', async () => {
    for (const [text, names] of [
      [
        'Die Luftwaffe griff die Townships Demoso und Loikaw an.',
        ['Demoso<LOCATION>', 'Loikaw<LOCATION>'],
      ],
      [
        'Kampfjets bombardierten Dörfer in den Townships Mindat und Kanpetlet.',
        ['Mindat<LOCATION>', 'Kanpetlet<LOCATION>'],
      ],
      [
        'Kurachowe ist eine Siedlung östlich von Bachmut.',
        ['Kurachowe<LOCATION>', 'Bakhmut<LOCATION>'],
      ],
      ['Kuruba ist eine Kleinstadt im Süden Malis.', ['Kuruba<LOCATION>', 'Mali<COUNTRY>']],
    ] as const) {
      expect([text, await entitiesOf(text, 'de')]).toEqual([text, names]);
    }
  });
});

describe('parse-v1 recognises the names news gives armed units', () => {
  test('a name headed by a capitalised regiment or battalion is an armed force, whatever the analyser tagged', async () => {
    for (const [text, language, unit] of [
      ['Fighters of the Radwan Regiment attacked Israeli positions.', 'en', 'Radwan Regiment'],
      ['The Kalinouski Battalion fights for Ukraine.', 'en', 'Kalinouski Battalion'],
      ['Le Régiment Radwan a attaqué des positions israéliennes.', 'fr', 'Régiment Radwan'],
      ['El Regimiento Radwan atacó posiciones israelíes.', 'es', 'Regimiento Radwan'],
      ['El Batallón Azov defendió la planta.', 'es', 'Batallón Azov'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.includes(`${unit}<ARMED_FORCE>`)]).toEqual([text, true]);
    }
  });

  test('assault, mountain and motorised rifle units are named by number, arm and kind', async () => {
    for (const [text, language, unit] of [
      ['The 3rd Assault Brigade advanced near Avdiivka.', 'en', '3rd Assault Brigade'],
      ["La 3e brigade d'assaut a avancé près d'Avdiivka.", 'fr', '3rd Assault Brigade'],
      ['La 3.ª Brigada de Asalto avanzó cerca de Avdiivka.', 'es', '3rd Assault Brigade'],
      ['The 10th Mountain Division deployed to Iraq.', 'en', '10th Mountain Division'],
      [
        'Troops of the 20th Motorized Rifle Division shelled the village.',
        'en',
        '20th Motorized Rifle Division',
      ],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([
        text,
        names.filter((n) => !n.endsWith('<LOCATION>') && !n.endsWith('<COUNTRY>')),
      ]).toEqual([text, [`${unit}<ARMED_FORCE>`]]);
    }
  });

  test('a joint task force is an armed force, whatever the analyser tagged; a financial task force is not', async () => {
    for (const [text, language, force] of [
      [
        'The Joint Task Force Sulu said Abu Sayyaf gunmen ambushed soldiers in Patikul.',
        'en',
        'Joint Task Force Sulu',
      ],
      [
        'La Fuerza de Tarea Conjunta Omega desplegó tropas en el Catatumbo.',
        'es',
        'Fuerza de Tarea Conjunta Omega',
      ],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([text, expect.arrayContaining([`${force}<ARMED_FORCE>`])]);
    }
    const fatf = await entitiesOf(
      'The Financial Action Task Force kept Pakistan on its grey list.',
      'en',
    );
    expect(fatf).toContain('Financial Action Task Force<ORGANIZATION>');
  });

  test("a unit's noun alone, capitalised at the head of a sentence, names no unit", async () => {
    for (const [text, language] of [
      ['Le Régiment a annoncé des pertes.', 'fr'],
      ['El Batallón sufrió muchas bajas.', 'es'],
    ] as const) {
      expect([text, await entitiesOf(text, language)]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 recognises the names news gives people and groups', () => {
  test("a person's name runs on over the untagged proper nouns the parser joins to it", async () => {
    // The German analyser tags "Major Hka" alone here; "Bu" hangs flat on the same name.
    for (const [text, language] of [
      ['„Wir haben die Stadt verloren“, sagte Major Hka Bu der Agentur Reuters.', 'de'],
      ['"We lost the town," Major Hka Bu told Reuters.', 'en'],
      ['« Nous avons perdu la ville », a dit le major Hka Bu à Reuters.', 'fr'],
      ['«Hemos perdido la ciudad», dijo el mayor Hka Bu a Reuters.', 'es'],
    ] as const) {
      const people = (await entitiesOf(text, language)).filter((n) => n.endsWith('<PERSON>'));
      expect([text, people.length, people[0]?.endsWith('Hka Bu<PERSON>')]).toEqual([text, 1, true]);
    }
  });

  test('German "IS" is Islamic State; English "IS" is a verb', async () => {
    const german = await entitiesOf('Die irakische Armee kämpft gegen den IS im Norden.', 'de');
    expect(german).toContain('Islamic State<ORGANIZATION>');
    const english = await entitiesOf('The army IS ready to fight, the minister said.', 'en');
    expect(english).not.toContain('Islamic State<ORGANIZATION>');
  });

  test('a German group name hyphened to its offshoot noun describes the offshoot named after it', async () => {
    for (const [text, parent, offshoot] of [
      [
        'Der IS-Ableger ISWAP griff eine Kaserne in Borno an.',
        'Islamic State<ORGANIZATION>',
        'Islamic State West Africa Province<ARMED_FORCE>',
      ],
      [
        'Der Al-Kaida-Zweig JNIM bekannte sich zu dem Angriff in Mali.',
        'al-Qaeda<ORGANIZATION>',
        "Jama'at Nusrat al-Islam wal-Muslimin<ARMED_FORCE>",
      ],
    ] as const) {
      const names = await entitiesOf(text, 'de');
      expect([text, names.includes(parent), names.includes(offshoot)]).toEqual([text, false, true]);
    }
    // Its fighters are the group's own.
    const fighters = await entitiesOf('IS-Kämpfer griffen die Armee in Mossul an.', 'de');
    expect(fighters).toContain('Islamic State<ORGANIZATION>');
  });

  test('proper nouns the analyser left untagged before "militia" name the militia', async () => {
    for (const [text, militia] of [
      ['The Wazalendo militia fought alongside the Congolese army.', 'Wazalendo'],
      ['The Raia Mutomboki militia attacked the village.', 'Raia Mutomboki'],
    ] as const) {
      const names = await entitiesOf(text, 'en');
      expect([text, names]).toEqual([text, expect.arrayContaining([`${militia}<ARMED_FORCE>`])]);
    }
    // A common word before the noun names nothing.
    expect(await entitiesOf('Local militia members said the army had left.', 'en')).toEqual([]);
  });

  test('an expert of an institute is a person, the institute an organisation', async () => {
    for (const [text, language, person, body] of [
      [
        'Jakob Kirkegaard du Peterson Institute souligne que la Russie pourrait vendre son pétrole.',
        'fr',
        'Jakob Kirkegaard',
        'Peterson Institute',
      ],
      [
        'Michael Kofman del Center for Naval Analyses dijo que Rusia carece de municiones.',
        'es',
        'Michael Kofman',
        'Center for Naval Analyses',
      ],
      [
        "Selon Jean Dupont de l'Institut Montaigne, la Russie vend son pétrole à l'Inde.",
        'fr',
        'Jean Dupont',
        'Institut Montaigne',
      ],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([
        text,
        expect.arrayContaining([`${person}<PERSON>`, `${body}<ORGANIZATION>`]),
      ]);
    }
    // A particle of a person's own name stays in it.
    const minister = await entitiesOf(
      'El ministro Francisco de Vargas visitó el Centro de Salud de Concepción.',
      'es',
    );
    expect(minister).toContain('Francisco de Vargas<PERSON>');
  });

  test('a pair of portfolios before "ministries" names two of the state\'s ministries', async () => {
    const names = await entitiesOf(
      "Syria's defence and interior ministries deployed personnel to Sweida.",
      'en',
    );
    expect(names.filter((n) => n.endsWith('<ORGANIZATION>')).sort()).toEqual([
      'Ministry of Defence of Syria<ORGANIZATION>',
      'Ministry of Internal Affairs of Syria<ORGANIZATION>',
    ]);
    // With no state named, nobody's.
    const bare = await entitiesOf('The defence and interior ministries sent troops.', 'en');
    expect(bare).toEqual([]);
  });

  test("a state's security council is that state's, not the UN's nor the US one", async () => {
    for (const [text, language, council] of [
      [
        'A Georgian National Security Council official said the deal called for a ceasefire.',
        'en',
        'National Security Council of Georgia',
      ],
      ["Russia's Security Council met in Moscow.", 'en', 'Security Council of Russia'],
      ["Le Conseil de sécurité russe s'est réuni à Moscou.", 'fr', 'Security Council of Russia'],
      ['Der russische Sicherheitsrat tagte in Moskau.', 'de', 'Security Council of Russia'],
      [
        'El Consejo de Seguridad Nacional ucraniano se reunió en Kiev.',
        'es',
        'National Security Council of Ukraine',
      ],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.filter((n) => n.endsWith('<ORGANIZATION>'))]).toEqual([
        text,
        [`${council}<ORGANIZATION>`],
      ]);
    }
    // The UN's council and the American one keep their names.
    for (const [text, language, council] of [
      ['The UN Security Council met in New York.', 'en', 'United Nations Security Council'],
      // A country beyond a stop is no word of the council's name.
      [
        'Après la réunion du Conseil de sécurité, Israël a rejeté la résolution.',
        'fr',
        'United Nations Security Council',
      ],
      [
        'In Israel, Security Council members were called liars.',
        'en',
        'United Nations Security Council',
      ],
      [
        'John Kirby, porte-parole du Conseil de sécurité nationale américain, a parlé.',
        'fr',
        'National Security Council',
      ],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([text, expect.arrayContaining([`${council}<ORGANIZATION>`])]);
    }
  });

  test('a person the apposition says serves in an army stays a person', async () => {
    const text =
      'Cirilito Sobejana, Armed Forces of the Philippines (AFP) Joint Task Force (JTF) Sulu commander, said troops met Abu Sayyaf members.';
    const names = await entitiesOf(text, 'en');
    expect(names).toContain('Cirilito Sobejana<PERSON>');
    // A German compound naming the rebels' spokesman or leader names a person, not the rebels.
    const spokesman = await entitiesOf(
      'Es sei zu schweren Gefechten gekommen, teilte Rebellensprecher, Getachew Reda, auf Twitter mit.',
      'de',
    );
    expect(spokesman).toContain('Getachew Reda<PERSON>');
    // A short name the apposition spells out as an army's is that army.
    const spelled = await entitiesOf(
      'The ARF, the Ambazonia Restoration Forces, attacked a checkpoint in Bamenda.',
      'en',
    );
    expect(spelled.filter((n) => n.endsWith('<ARMED_FORCE>')).length).toBeGreaterThan(0);
  });

  test("a country after 'of' ending a body's name is a word of it; a state's own body stays the state's", async () => {
    for (const [text, language, body] of [
      [
        'The Islamic Movement of Uzbekistan (IMU) said a car bomb was defused.',
        'en',
        'Islamic Movement of Uzbekistan',
      ],
      [
        'The Communist Party of the Philippines said the rebels attacked.',
        'en',
        'Communist Party of the Philippines',
      ],
      [
        'El Partido Comunista de Colombia condenó el ataque.',
        'es',
        'Partido Comunista de Colombia',
      ],
      ["Le Parti communiste du Vietnam a condamné l'attaque.", 'fr', 'Parti communiste du Vietnam'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([text, [`${body}<ORGANIZATION>`]]);
    }
    const police = await entitiesOf(
      'The National Police of Colombia said a car bomb was defused.',
      'en',
    );
    expect(police).toContain('Colombia<COUNTRY>');
  });

  test("a demonym opening an organisation's name is a word of it, not the country", async () => {
    for (const [text, language, body] of [
      ['The Serbian Orthodox Church condemned the attack.', 'en', 'Serbian Orthodox Church'],
      [
        'Der Afghanische Rote Halbmond verteilte Hilfsgüter in Kabul.',
        'de',
        'Afghanische Rote Halbmond',
      ],
      ['Laut der Zeitung Indian Express wurden drei Soldaten getötet.', 'de', 'Indian Express'],
      // French and Spanish put the demonym after the noun ("Iglesia Ortodoxa Serbia"): not read.
      ['La Serbian Orthodox Church condenó el ataque.', 'es', 'Serbian Orthodox Church'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.filter((n) => !n.endsWith('<LOCATION>'))]).toEqual([
        text,
        [`${body}<ORGANIZATION>`],
      ]);
    }
    // A state's own force, ministry or service named with its demonym stays the state's.
    for (const [text, language, state] of [
      ['The Israeli Air Force struck targets in Gaza.', 'en', 'Israel'],
      ['The Yemeni Coast Guard seized the boat.', 'en', 'Yemen'],
      ['The Pakistani Foreign Office rejected the claim.', 'en', 'Pakistan'],
      // German compounds the state's word: "Bundesregierung" is a "Regierung".
      ['Die Pakistanische Bundesregierung verurteilte den Anschlag.', 'de', 'Pakistan'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.filter((n) => n.endsWith('<ORGANIZATION>'))]).toEqual([text, []]);
      expect([text, names]).toEqual([text, expect.arrayContaining([`${state}<COUNTRY>`])]);
    }
  });
});

describe('parse-v1 and common nouns of another sense', () => {
  test('a think tank is no tank, tear gas no natural gas; tanks and gas delivered stay goods', async () => {
    for (const [text, language] of [
      ['Ben McWilliams, an expert at the Bruegel think tank, said the sanctions worked.', 'en'],
      ['Police fired tear gas at protesters in Nairobi.', 'en'],
      ['La police a tiré des gaz lacrymogènes sur les manifestants à Dakar.', 'fr'],
      ['La policía lanzó gases lacrimógenos contra los manifestantes en Quito.', 'es'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names.filter((n) => n.endsWith('<COMMODITY>'))]).toEqual([text, []]);
    }
    const delivered = await entitiesOf('Germany delivered tanks and gas to Ukraine.', 'en');
    expect(delivered).toEqual(
      expect.arrayContaining(['tank<COMMODITY>', 'natural gas<COMMODITY>']),
    );
  });
});

describe('parse-v1 and words that only look like names', () => {
  test('an accent the commodity lacks makes another word: armed men carry no "armes"', async () => {
    for (const text of [
      'Des hommes armés ont attaqué un poste de police à Dori.',
      'Des groupes armés ont attaqué un village près de Dori.',
    ]) {
      const names = await entitiesOf(text, 'fr');
      expect([text, names.filter((n) => n.endsWith('<COMMODITY>'))]).toEqual([text, []]);
    }
    const bought = await entitiesOf('Le Mali a acheté des armes à la Russie.', 'fr');
    expect(bought).toContain('weapons<COMMODITY>');
  });

  test('"Nacional" of a national police or guard is no region', async () => {
    const names = await entitiesOf(
      'La Policía Nacional detuvo a tres sospechosos en Asunción.',
      'es',
    );
    expect(names.filter((n) => n.endsWith('<LOCATION>'))).toEqual(['Asunción<LOCATION>']);
  });
});

describe("parse-v1 recognises a people's terrorists as a side", () => {
  test('terrorists of a people that no named group stands for are a side of their own', async () => {
    for (const [text, language, side] of [
      [
        "Kurdish terrorists attacked a police station, Turkey's interior ministry said.",
        'en',
        'Kurdish terrorists',
      ],
      ['Des terroristes peuls ont attaqué le village de Sangha.', 'fr', 'Fulani terrorists'],
      ['Belutschische Terroristen griffen einen Konvoi in Quetta an.', 'de', 'Baloch terrorists'],
    ] as const) {
      const names = await entitiesOf(text, language);
      expect([text, names]).toEqual([text, expect.arrayContaining([`${side}<ARMED_FORCE>`])]);
    }
    // A named group beside them is whose they are.
    const named = await entitiesOf('Hamas terrorists infiltrated Israel on October 7.', 'en');
    expect(named.filter((n) => n.endsWith('terrorists<ARMED_FORCE>'))).toEqual([]);
  });
});
