import {
  expectEachStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and parts of a state or members of an alliance', () => {
  test("a body described as a group's wing or unit is part of that group", async () => {
    const sentences: [string, string][] = [
      ["Hamas's armed wing, the Al-Qassam Brigades, confirmed his death.", 'en'],
      ['La branche armée du Hamas, les Brigades Ezzedine al-Qassam, a confirmé sa mort.', 'fr'],
      ['Der militärische Arm der Hamas, die Kassam-Brigaden, bestätigte seinen Tod.', 'de'],
    ];
    await expectEachStates(sentences, 'al-qassam-brigades', 'PART_OF', 'hamas');
    // An offshoot is a branch; a second apposition to the group noun may say so.
    await expectEachStates(
      [
        ['HTS, an offshoot of al-Qaeda, launched the offensive.', 'en'],
        [
          'Die Dschihadistengruppe HTS, der syrische Ableger des Terrornetzwerkes Al-Kaida, startete eine Offensive.',
          'de',
        ],
      ],
      'hayat-tahrir-al-sham',
      'PART_OF',
      'al-qaeda',
    );
  });

  test('a body named as an institution with its country adjective is part of that state, a news agency never', async () => {
    const council = await extract(
      'John Kirby, porte-parole du Conseil de sécurité nationale américain, a parlé.',
      'fr',
    );
    expect(find(council, 'national-security-council', 'PART_OF', 'united-states')).toHaveLength(1);
    const agency = await extract('The British news agency Reuters reported it.', 'en');
    expect(agency.claims.map((c) => c.predicate)).not.toContain('PART_OF');
  });

  test('"part of" makes a place part of a place, and a group a member of an alliance', async () => {
    const sentences: [string, string][] = [
      ['Nagorno-Karabakh is part of Azerbaijan.', 'en'],
      ['Nagorno-Karabakh is internationally recognised as part of Azerbaijan.', 'en'],
      ["Le Haut-Karabakh fait partie de l'Azerbaïdjan.", 'fr'],
      ['Berg-Karabach ist Teil von Aserbaidschan.', 'de'],
      ['Nagorno Karabaj es parte de Azerbaiyán.', 'es'],
    ];
    await expectEachStates(sentences, 'nagorno-karabakh', 'PART_OF', 'azerbaijan');
    const alliance: [string, string][] = [
      ['The Arakan Army, part of the Three Brotherhood Alliance, took the base.', 'en'],
      ['Die Arakan Army ist Teil der Three Brotherhood Alliance.', 'de'],
    ];
    await expectEachStates(alliance, 'arakan-army', 'MEMBER_OF', 'three-brotherhood-alliance');
    // A country taking part of a place is no part of it.
    const taken = await extract('Russia occupies part of Ukraine.', 'en');
    expect(taken.claims.map((c) => c.predicate)).not.toContain('PART_OF');
  });

  test('a group belonging to an alliance is its member, also through a relative pronoun', async () => {
    const sentences: [string, string][] = [
      ['The M23 belongs to the Congo River Alliance.', 'en'],
      [
        '"Wir haben Goma eingenommen", sagte Corneille Nangaa, Anführer der Congo River Alliance, zu der auch die M23 gehört, am Sonntag.',
        'de',
      ],
    ];
    await expectEachStates(sentences, 'march-23-movement', 'MEMBER_OF', 'congo-river-alliance');
    // What a person belongs to is not what the person's group belongs to.
    const person = await extract('Corneille Nangaa belongs to the Congo River Alliance.', 'en');
    expect(person.claims.map((c) => c.subjectId)).not.toContain('armed_force:march-23-movement');
  });

  test("a ministry named with its country is that state's ministry, part of it, and speaks as itself", async () => {
    const sentences: [string, string][] = [
      ["The agreement was also confirmed by Azerbaijan's Ministry of Defense.", 'en'],
      ["Le ministère azerbaïdjanais de la Défense a confirmé l'accord.", 'fr'],
    ];
    await expectEachStates(
      [
        ...sentences,
        ['Das aserbaidschanische Verteidigungsministerium bestätigte die Waffenruhe.', 'de'],
        ['Das Verteidigungsministerium Aserbaidschans bestätigte die Waffenruhe.', 'de'],
        ['El Ministerio de Defensa de Azerbaiyán confirmó el alto el fuego.', 'es'],
      ],
      'ministry-of-defence-of-azerbaijan',
      'PART_OF',
      'azerbaijan',
    );
    // An army's country comes from data, not from the text: "IDF" alone is part of nothing.
    const idf = await extract('The IDF killed two Hezbollah commanders.', 'en');
    expect(idf.claims.map((c) => c.predicate)).not.toContain('PART_OF');
    const said = await extract(
      "Azerbaijan's defence ministry said the Armenian forces had attacked Azerbaijan.",
      'en',
    );
    expect(
      find(said, 'armenian-armed-forces', 'AT_WAR_WITH', 'azerbaijan').map((c) => c.attributedToId),
    ).toEqual(['organization:ministry-of-defence-of-azerbaijan']);
  });

  test("a state's army named with its country's adjective is part of that country", async () => {
    const batch = await extract('The Nigerian Army said it repelled an attack.', 'en');
    expect(find(batch, 'nigerian-armed-forces', 'PART_OF', 'nigeria')).toHaveLength(1);
  });
});

describe("parse-v1 and a state's police", () => {
  test('"Kosovo police", "la police kosovare", "la Policía Nacional de Colombia": a police force named with its country is part of that state', async () => {
    await expectEachStates(
      [
        ['Kosovo police surrounded the village.', 'en'],
        ['La police kosovare a encerclé le village.', 'fr'],
      ],
      'kosovo-police',
      'PART_OF',
      'kosovo',
    );
    const colombia = await extract('La Policía Nacional de Colombia detuvo a diez hombres.', 'es');
    expect(colombia.claims.filter((c) => c.predicate === 'PART_OF').map((c) => c.objectId)).toEqual(
      ['country:colombia'],
    );
    // "la Policía" alone is every country's: no entity of its own.
    const haiti = await extract('La Policía de Haití afirma que mató a 25 pandilleros.', 'es');
    expect(haiti.entities.map((e) => e.name)).not.toContain('Policía');
  });
});

describe('parse-v1 and a state named a member', () => {
  test('"NATO member Turkey", "das EU-Mitglied Irland", "Turquía, miembro de la OTAN": the state is a member of the alliance', async () => {
    await expectEachStates(
      [
        ['NATO member Turkey blocked the plan.', 'en'],
        ['Turkey, a NATO member, blocked the plan.', 'en'],
        ['Das Nato-Mitglied Türkei blockierte den Plan.', 'de'],
        ["La Turquie, membre de l'Otan, a bloqué le plan.", 'fr'],
        ['Turquía, miembro de la OTAN, bloqueó el plan.', 'es'],
      ],
      'turkey',
      'MEMBER_OF',
      'nato',
    );
    // Said not to be one, it is denied.
    const [denied] = find(
      await extract('Ukraine is not a member of NATO.', 'en'),
      'ukraine',
      'MEMBER_OF',
      'nato',
    );
    expect(denied?.modality).toBe('DENIED');
  });
});
