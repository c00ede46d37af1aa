import {
  expectEachStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and which entity a name stands for', () => {
  test('a common German noun is never an entity', async () => {
    const batch = await extract(
      'Die Armee der Region meldete am Dienstag schwere Verluste nach Angaben der Regierung.',
      'de',
    );
    const common = ['Armee', 'Region', 'Regierung', 'Verluste'];
    expect(batch.entities.filter((e) => common.includes(e.name))).toEqual([]);
  });

  test('a Spanish institution capitalised by its common noun is never an entity', async () => {
    const batch = await extract(
      'El Ejecutivo y el Congreso aprobaron el Acuerdo, según Exteriores, mientras Interior calla.',
      'es',
    );
    expect(batch.entities).toEqual([]);
  });

  test('a place whose Arabic article the press writes in lower case is the known place', async () => {
    const batch = await extract('The RSF launched a major attack on el-Fasher on Friday.', 'en');
    expect(batch.entities.map((e) => e.id)).toContain('location:el-fasher');
  });

  test('a named-entity span running two names together is split at the word that joins them', async () => {
    // The analyser gives one span "Institut Clingendael à France 24"; France is a known name.
    const joined = await extract(
      '« Cette trêve ne tiendra pas », affirme Julien Morel de l’Institut Clingendael à France 24.',
      'fr',
    );
    expect(find(joined, 'julien-morel', 'MEMBER_OF', 'institut-clingendael')).toHaveLength(1);
    // With no joining word, the rest of the span is part of the known name, not a name of its own.
    const whole = await extract('Le président ukrainien Volodimir Zelensky a parlé samedi.', 'fr');
    expect(whole.entities.map((e) => e.name)).not.toContain('Volodimir');
  });

  test('the name a member title places its bearer "at" is the body they work for', async () => {
    // The French tagger reads a person's name there, the German one none.
    const sentences: [string, string][] = [
      ['Anna Berg, an energy analyst at Kernwell, said the sanctions would bite.', 'en'],
      ['Anna Berg, experte en énergie chez Kernwell, estime que les sanctions vont peser.', 'fr'],
      ['Anna Berg, Energieexpertin bei Kernwell, sagte, die Sanktionen würden wirken.', 'de'],
    ];
    await expectEachStates(sentences, 'anna-berg', 'MEMBER_OF', 'kernwell');
    // "Of" ties an envoy to a person as well as to a body: the person stays one.
    const envoy = await extract(
      'Anna Berg, an envoy of Marcus Holt, said the sanctions would bite.',
      'en',
    );
    expect(envoy.entities.map((e) => e.id)).toContain('person:marcus-holt');
  });

  test('a definite noun repeating the head word of the one body named before is that body', async () => {
    const sentences: [string, string][] = [
      [
        'The Moro Islamic Liberation Front signed a deal in Manila. The Front later attacked Philippine troops in Maguindanao.',
        'en',
      ],
      [
        "Le Front Polisario a signé un accord à Alger. Le Front a ensuite attaqué l'armée marocaine près de Mahbes.",
        'fr',
      ],
      [
        'Die Frente Polisario unterzeichnete in Algier ein Abkommen. Danach griff die Frente die marokkanische Armee bei Mahbes an.',
        'de',
      ],
      [
        'El Frente Polisario firmó un acuerdo en Argel. El Frente atacó después al ejército marroquí cerca de Mahbes.',
        'es',
      ],
    ];
    for (const [text, language] of sentences) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH').length]).toEqual([
        text,
        1,
      ]);
    }
    // Two fronts named before: "the Front" is neither.
    const two = await extract(
      'The Moro Islamic Liberation Front and the Moro National Liberation Front met in Manila. The Front later attacked Philippine troops in Maguindanao.',
      'en',
    );
    expect(two.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('a word in capitals the analyser left untagged is the short name of an organisation the article named, or nothing', async () => {
    const batch = await extract(
      'SITE Intelligence Group monitors the region. JNIM killed seven Wagner mercenaries in Mali, SITE said.',
      'en',
    );
    const speakers = batch.claims.map((c) => c.attributedToId);
    expect(speakers).toContain('organization:site-intelligence-group');
    const alone = await extract('JNIM killed seven Wagner mercenaries in Mali, SITE said.', 'en');
    expect(alone.entities.map((e) => e.name)).not.toContain('SITE');
  });

  test('a surname alone is the person named before with an Arabic article on it', async () => {
    const sentences: [string, string][] = [
      [
        'Hamas confirmed the death of Ahmed al-Ghandour. Ghandour was a member of the Hamas military council.',
        'en',
      ],
      [
        'Hamás confirmó la muerte de Ahmed al-Ghandour. Ghandour era miembro del consejo militar de Hamás.',
        'es',
      ],
    ];
    await expectEachStates(sentences, 'ahmed-al-ghandour', 'MEMBER_OF', 'hamas');
    const other = await extract(
      'Hamas confirmed the death of Ahmed al-Ghandour. Ourghandour was a member of the Hamas military council.',
      'en',
    );
    expect(other.claims.map((c) => c.subjectId)).not.toContain('person:ahmed-al-ghandour');
  });

  test('a name or demonym two countries share names the one the article names elsewhere, else none', async () => {
    const sentences: [string, string][] = [
      ["Les rebelles du M23 combattent l'armée congolaise. Kinshasa accuse le Rwanda.", 'fr'],
      [
        'Die M23 kämpft gegen die kongolesische Armee. Die Demokratische Republik Kongo beschuldigt Ruanda.',
        'de',
      ],
      ['The M23 fought Congolese troops. DR Congo accuses Rwanda of backing the rebels.', 'en'],
    ];
    await expectEachStates(
      sentences,
      'march-23-movement',
      'AT_WAR_WITH',
      'armed-forces-of-the-democratic-republic-of-the-congo',
    );
    const located = await extract(
      'El Gobierno de la RDC acusa a Ruanda. La ciudad congoleña de Goma está bajo asedio.',
      'es',
    );
    expect(find(located, 'goma', 'LOCATED_IN', 'democratic-republic-of-the-congo')).toHaveLength(1);
    // With neither Congo named otherwise, "Congolese" and "Congo" name nobody, and no entity is made up.
    const alone = await extract('Rwanda attacked Congolese troops near the Congo border.', 'en');
    expect(alone.entities.map((e) => e.id).filter((id) => /congo/u.test(id))).toEqual([]);
    // A shared name inside a longer name stays part of it.
    const alliance = await extract(
      'The M23 belongs to the Congo River Alliance. Kinshasa protested.',
      'en',
    );
    expect(find(alliance, 'march-23-movement', 'MEMBER_OF', 'congo-river-alliance')).toHaveLength(
      1,
    );
  });

  test("a person's name holding a country's name is the person, not the country", async () => {
    const batch = await extract('Israel Katz threatened to intensify the strikes on Gaza.', 'en');
    expect(batch.entities.map((e) => e.id)).toContain('person:israel-katz');
    expect(batch.mentions.filter((m) => m.entityId === 'country:israel')).toEqual([]);
  });
  test('a proper noun a region noun names is a place the analyser may have missed', async () => {
    const batch = await extract(
      'El M23 tomó el control de la localidad de Rugari, en Kivu del Norte.',
      'es',
    );
    expect([
      find(batch, 'march-23-movement', 'CONTROLS', 'rugari').length,
      find(batch, 'rugari', 'LOCATED_IN', 'north-kivu').length,
    ]).toEqual([1, 1]);
    await expectEachStates(
      [['The troops seized Avdiivka, a city in Ukraine.', 'en']],
      'avdiivka',
      'LOCATED_IN',
      'ukraine',
    );
    // Whatever kind the analyser gave it (here a person's).
    await expectEachStates(
      [['Los hutíes controlan Saná y la provincia de Saada.', 'es']],
      'houthis',
      'CONTROLS',
      'saada',
    );
    // A further name set after a comma is not the region noun's.
    const apart = await extract(
      'Israel tötete den Befehlshaber der Hisbollah in der Stadt Tyros, Ali Hamdan, bei einem Angriff.',
      'de',
    );
    expect(apart.entities.map((e) => e.id).filter((id) => id.endsWith('ali-hamdan'))).toEqual([
      'person:ali-hamdan',
    ]);
  });
  test("a place's name starts after the region noun the analyser opened it with", async () => {
    await expectEachStates(
      [["Les FSR ont conquis l'État d'Al-Jazirah en décembre 2023.", 'fr']],
      'rapid-support-forces',
      'CONTROLS',
      'al-jazirah',
    );
  });

  test('French "houthis" in lower case are the Houthis; an incursion launched into a place deploys there', async () => {
    const attack = await extract(
      'Les houthis ont revendiqué une attaque contre un navire britannique en mer Rouge.',
      'fr',
    );
    expect(find(attack, 'houthis', 'AT_WAR_WITH', 'united-kingdom')).toHaveLength(1);
    const push = await extract(
      "L'Ukraine a lancé une incursion dans la région de Koursk en août.",
      'fr',
    );
    expect(find(push, 'armed-forces-of-ukraine', 'DEPLOYED_TO', 'kursk-oblast')).toHaveLength(1);
  });

  test('a capital\'s name ending a longer place name is part of that name ("Mocímboa da Praia")', async () => {
    const batch = await extract(
      'Les forces rwandaises ont repris le port de Mocimboa da Praia.',
      'fr',
    );
    expect(batch.entities.map((e) => e.id)).not.toContain('country:cape-verde');
    expect(find(batch, 'rwanda-defence-force', 'CONTROLS', 'mocimboa-da-praia')).toHaveLength(1);
    // A country's own name ending a city's stays the country: Santiago de Chile lies in Chile.
    const chile = await extract('Las tropas llegaron a Santiago de Chile el lunes.', 'es');
    expect(find(chile, 'santiago', 'LOCATED_IN', 'chile')).toHaveLength(1);
  });

  test('well-known armed groups are named in the four languages, and their attacks read', async () => {
    await expectEachStates(
      [
        ['Boko Haram launched an assault on a Nigerian Army base.', 'en'],
        ["Boko Haram a attaqué une base de l'armée nigériane.", 'fr'],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'nigerian-armed-forces',
    );
    await expectEachStates(
      [
        ['Die HTS startete eine Offensive gegen die syrische Armee.', 'de'],
        ['Hayat Tahrir al Sham lanzó una ofensiva contra el ejército sirio.', 'es'],
      ],
      'hayat-tahrir-al-sham',
      'AT_WAR_WITH',
      'syrian-armed-forces',
    );
    // Acronyms other bodies share are no group's: Australia's ADF.
    const adf = await extract(
      "The ADF, Australia's military, deployed troops to Papua New Guinea.",
      'en',
    );
    expect(find(adf, 'australian-armed-forces', 'DEPLOYED_TO', 'papua-new-guinea')).toHaveLength(1);
    expect(adf.entities.map((e) => e.id)).not.toContain('armed_force:allied-democratic-forces');
  });

  test('a city each language spells its own way is one place: Alep, Alepo, Aleppo', async () => {
    await expectEachStates(
      [
        ['Los rebeldes de HTS tomaron Alepo.', 'es'],
        ['Les rebelles de HTS ont pris Alep.', 'fr'],
        ['Die HTS-Rebellen eroberten Aleppo.', 'de'],
        ['HTS rebels seized Aleppo.', 'en'],
      ],
      'hayat-tahrir-al-sham',
      'CONTROLS',
      'aleppo',
    );
  });

  test('Abu Sayyaf and the Armed Forces of the Philippines are named in the four languages', async () => {
    await expectEachStates(
      [
        ['The Philippine army clashed with Abu Sayyaf on Jolo.', 'en'],
        ['Quince soldados murieron en un choque entre el ejército filipino y Abu Sayyaf.', 'es'],
      ],
      'armed-forces-of-the-philippines',
      'AT_WAR_WITH',
      'abu-sayyaf',
    );
  });

  test('a noun of states names the countries listed beside it; German heads of government are leaders', async () => {
    for (const [text, language] of [
      ['The two countries, Armenia and Azerbaijan, fought each other for six weeks.', 'en'],
      [
        'Die beiden Nachbarstaaten Armenien und Aserbaidschan kämpften wochenlang gegeneinander.',
        'de',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'armenia', 'AT_WAR_WITH', 'azerbaijan').length,
        find(batch, 'azerbaijan', 'AT_WAR_WITH', 'armenia').length,
      ]).toEqual([text, 1, 1]);
    }
    for (const text of [
      'Der indische Premierminister Narendra Modi schwieg.',
      'Indiens Premier Narendra Modi schwieg.',
    ]) {
      const batch = await extract(text, 'de');
      expect([text, find(batch, 'narendra-modi', 'LEADER_OF', 'india').length]).toEqual([text, 1]);
    }
  });

  test('a direction hyphened to a country is part of it ("Nordwest-Pakistan"), or of its name ("Süd-Sudan")', async () => {
    const part = await extract(
      'Die Rebellen griffen einen Stützpunkt der Armee in Nordwest-Pakistan an.',
      'de',
    );
    expect(part.entities.map((e) => e.id)).not.toContain('location:nordwest');
    expect(find(part, 'pakistan-armed-forces', 'DEPLOYED_TO', 'pakistan')).toHaveLength(1);
    const name = await extract('In Süd-Sudan kämpfen Milizen gegen die Armee.', 'de');
    expect(name.mentions.map((m) => m.entityId)).toEqual(['country:south-sudan']);
  });

  test('a number right after an organisation\'s name, hung on it, is part of the name: "the Special Army Super Camp 4"', async () => {
    const batch = await extract(
      'Troops of the Special Army Super Camp 4 were advancing on foot in Shimfida.',
      'en',
    );
    expect(batch.entities.map((e) => e.name)).toContain('Special Army Super Camp 4');
    const counted = await extract('The Pentagon said 3 soldiers died in Kursk.', 'en');
    expect(counted.entities.map((e) => e.name)).not.toContain('Pentagon 3');
  });

  test('a name of letters and digits the French tokenizer splits ("Z45") is one name, as in Spanish', async () => {
    await expectEachStates(
      [
        ['Les rebelles du Z45 ont tué trois soldats rwandais.', 'fr'],
        ['Los rebeldes del Z45 mataron a tres soldados ruandeses.', 'es'],
      ],
      'z45',
      'AT_WAR_WITH',
      'rwanda-defence-force',
    );
  });

  test('an acronym after an army named by its demonym is that army; a closing quotation mark is no part of a name', async () => {
    const acronym = await extract(
      'Neuf militaires des forces armées angolaises (FAA) sont morts à Cabinda.',
      'fr',
    );
    expect(acronym.entities.map((e) => e.name)).not.toContain('FAA');
    expect(find(acronym, 'angolan-armed-forces', 'SUFFERED_LOSSES_IN', 'cabinda')).toHaveLength(1);
    const quoted = await extract(
      "« Douze soldats maliens ont été tués près de Kidal », a déclaré à l'AFP Jean-Pierre Bemba.",
      'fr',
    );
    expect(find(quoted, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'kidal')).toHaveLength(1);
  });

  test('an acronym that does not spell the army, or is known, or follows a place, is not taken for the name before it', async () => {
    const other = await extract('Les forces syriennes (FDS) ont pris Raqqa.', 'fr');
    expect(find(other, 'syrian-armed-forces', 'CONTROLS', 'raqqa')).toEqual([]);
    const country = await extract('Des combats ont eu lieu à Bunia (RDC) mardi.', 'fr');
    expect(country.entities.map((e) => e.name)).toContain('Democratic Republic of the Congo');
  });

  test('a known acronym makes the name before it that body only when it spells the name', async () => {
    const other = await extract(
      'The Baloch Republican Army (BLA) claimed an attack on a Pakistani army convoy in Kech.',
      'en',
    );
    expect(other.entities.map((e) => e.name)).toContain('Baloch Republican Army');
  });

  test('a country named at the start of an unknown proper name is part of that name', async () => {
    const batch = await extract(
      "L'attaque contre le Gibraltar Eagle, revendiquée plus tard par les Houthis, exacerbe les tensions.",
      'fr',
    );
    expect(batch.mentions.filter((m) => m.entityId === 'country:gibraltar')).toEqual([]);
    const region = await extract('Russian troops entered the Kursk Oblast on Monday.', 'en');
    expect(region.entities.map((e) => e.name)).toContain('Kursk Oblast');
  });

  test("an unknown body's name ending on a known body's name is the unknown body's", async () => {
    const unknown = await extract(
      'Zaw Min, secretary of the Lomara Ethnic Congress, said the villagers fled.',
      'en',
    );
    expect(unknown.entities.map((e) => e.id)).not.toContain('organization:united-states-congress');
    expect(unknown.entities.map((e) => e.name)).toContain('Lomara Ethnic Congress');
    const known = await extract('The US Congress approved the aid on Monday.', 'en');
    expect(known.entities.map((e) => e.id)).toContain('organization:united-states-congress');
    const described = await extract('El Movimiento Yihad Islámica reivindicó el ataque.', 'es');
    expect(described.entities.map((e) => e.name)).toEqual(['Palestinian Islamic Jihad']);
  });

  test('a German country name with a direction written into it names that country', async () => {
    const batch = await extract(
      'Die Kämpfe in der Ostukraine und im Nordirak gehen weiter, sagte der Sprecher.',
      'de',
    );
    expect(batch.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['country:ukraine', 'country:iraq']),
    );
  });

  test("a force's English name in another language's text is an armed force's", async () => {
    for (const [text, language] of [
      ['Die Al-Qaida-Kämpfer griffen die Security Belt Forces an.', 'de'],
      ["Les combattants d'Al-Qaïda ont attaqué les Security Belt Forces.", 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.entities.find((e) => e.name === 'Security Belt Forces')?.kind]).toEqual([
        text,
        'ARMED_FORCE',
      ]);
    }
    const manned = await extract(
      'Al-Qaeda fighters attacked a checkpoint manned by the Security Belt Forces.',
      'en',
    );
    expect(find(manned, 'al-qaeda', 'AT_WAR_WITH', 'security-belt-forces')).toHaveLength(1);
  });

  test('an unknown name after a noun of an armed group is that armed group; after another group noun, not', async () => {
    for (const text of [
      'The rebel group Patriotic Liberation Front attacked the Thai army in Yala.',
      'The separatist group Patriotic Liberation Front attacked the Thai army in Yala.',
    ]) {
      const batch = await extract(text, 'en');
      const front = batch.entities.find((e) => e.name === 'Patriotic Liberation Front');
      expect([text, front?.kind]).toEqual([text, 'ARMED_FORCE']);
    }
    const band = await extract('The pop group Patriotic Liberation Front played in Yala.', 'en');
    expect(band.entities.find((e) => e.name === 'Patriotic Liberation Front')?.kind).toBe(
      'ORGANIZATION',
    );
  });

  test("an unknown acronym spelled out after it by an army's name is that armed force, by that name", async () => {
    const batch = await extract('El EPP (Ejército del Pueblo Paraguayo) atacó a la policía.', 'es');
    expect(batch.entities.map((e) => `${e.name} ${e.kind}`)).toEqual([
      'Ejército del Pueblo Paraguayo ARMED_FORCE',
    ]);
    expect(batch.entities[0]!.aliases.map((a) => a.text)).toContain('EPP');
  });

  test("a rebel army named with a demonym is that army, one entity with its acronym, and no state's", async () => {
    const batch = await extract(
      'Según la policía, el EPP (Ejército del Pueblo Paraguayo) opera en Concepción. El Ejército del Pueblo Paraguayo opera también en Azotey.',
      'es',
    );
    expect(batch.entities.filter((e) => e.kind !== 'LOCATION').map((e) => e.id)).toEqual([
      'armed_force:ejercito-del-pueblo-paraguayo',
    ]);
    expect(find(batch, 'ejercito-del-pueblo-paraguayo', 'DEPLOYED_TO', 'azotey')).toHaveLength(1);
    const state = await extract('Las Fuerzas Armadas Paraguayas operan en Concepción.', 'es');
    expect(find(state, 'paraguayan-armed-forces', 'DEPLOYED_TO', 'concepcion')).toHaveLength(1);
  });

  test('a known acronym spelled out by the name before it means that body in the whole article', async () => {
    const batch = await extract(
      'The Armed Forces of the Philippines (AFP) said 58 soldiers died. The AFP said the Maute Group attacked Marawi.',
      'en',
    );
    expect(batch.entities.map((e) => e.id)).not.toContain('organization:agence-france-presse');
    const office = await extract(
      'So far 191 were confirmed dead, AFP public affairs office chief Col. Edgard Arevalo said.',
      'en',
    );
    expect(office.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });

  test('an acronym in parentheses after a noun phrase names it; the Niger Delta, the MEND, the FANB and the Tren de Aragua are known', async () => {
    const batch = await extract(
      '« Nous ne visons pas les civils », a déclaré le colonel Rabe Abubakar, porte-parole de la force conjointe police-armée (JTF) opérant dans le delta du Niger.',
      'fr',
    );
    expect(find(batch, 'rabe-abubakar', 'SPOKESPERSON_OF', 'jtf')).toHaveLength(1);
    expect(batch.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['location:niger-delta']),
    );
    expect(batch.entities.map((e) => e.id)).not.toContain('country:niger');
    const named = await extract(
      "Le Mend a attaqué l'armée nigériane. Un général de la Fuerza Armada Nacional Bolivariana a été tué par le Tren de Aragua.",
      'fr',
    );
    expect(named.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'armed_force:movement-for-the-emancipation-of-the-niger-delta',
        'armed_force:venezuelan-armed-forces',
        'organization:tren-de-aragua',
      ]),
    );
  });

  test('a name split at an Arabic particle is one name, known names joined by Spanish "al" are not', async () => {
    const camp = await extract(
      'Cuatro militares libaneses murieron ayer en los combates entre el Ejército y los milicianos del grupo extremista suní Fatah al Islam en el campo de refugiados de Nahar al Bared.',
      'es',
    );
    expect(camp.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Nahar al Bared']));
    const route = await extract('Irán envió armas de Irán al Líbano para Hezbolá.', 'es');
    expect(route.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['country:iran', 'country:lebanon']),
    );
  });

  test('an unknown acronym described as an armed group or wing, or set before its noun, is one; one described otherwise is no entity', async () => {
    await expectEachStates(
      [
        ['The TPNPB, a rebel group, attacked Indonesian soldiers in Intan Jaya.', 'en'],
        ['Die TPNPB, der bewaffnete Arm der OPM, griff indonesische Soldaten an.', 'de'],
      ],
      'tpnpb',
      'AT_WAR_WITH',
      'indonesian-armed-forces',
    );
    const wing = await extract('The IQB, the military wing of Hamas, warned Israel.', 'en');
    expect(wing.entities.find((e) => e.name === 'IQB')?.kind).toBe('ARMED_FORCE');
    // So is one set before a noun of an armed group.
    const militia = await extract('The SSC militia attacked Ethiopian soldiers near Dolo.', 'en');
    expect(militia.entities.find((e) => e.name === 'SSC')?.kind).toBe('ARMED_FORCE');
    expect(find(militia, 'ssc', 'AT_WAR_WITH', 'ethiopian-national-defense-force')).toHaveLength(1);
    // Not armed: an agency, a party's "rebel wing", a headline's common noun in capitals.
    for (const text of [
      'The UNHCR, a relief group, warned of a crisis.',
      'The ERG, the rebel wing of the Conservative Party, attacked the government.',
      'MILITIA GROUP ATTACKS VILLAGE IN ITURI',
    ])
      expect([
        text,
        (await extract(text, 'en')).entities.filter((e) => e.kind === 'ARMED_FORCE'),
      ]).toEqual([text, []]);
  });

  test('a known acronym of four letters or more is known in title case too', async () => {
    const jnim = await extract(
      "Le Jnim a revendiqué une attaque contre l'armée béninoise à Kofonou.",
      'fr',
    );
    expect(jnim.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Jama'at Nusrat al-Islam wal-Muslimin"]),
    );
    expect(jnim.entities.map((e) => e.name)).not.toContain('Jnim');
    const fardc = await extract('Les Fardc ont repris Kiwanja.', 'fr');
    expect(fardc.entities.map((e) => e.name)).toContain(
      'Armed Forces of the Democratic Republic of the Congo',
    );
    // A shorter one is a name: "Ira" is no IRA.
    const ira = await extract('Ira Goldman said the talks would resume.', 'en');
    expect(ira.entities.map((e) => e.kind)).toEqual(['PERSON']);
  });

  test('an acronym the article spelled out names that body later, though tagged a common noun', async () => {
    const batch = await extract(
      'La Coalition des patriotes pour le changement (CPC) a attaqué Sikikede. La CPC contrôle la ville de Birao. Le porte-parole de la CPC, Mamadou Koura, a parlé.',
      'fr',
    );
    const cpc = batch.entities.find((e) => e.name === 'Coalition of Patriots for Change')!.id;
    const bare = cpc.replace(/^[a-z_]+:/u, '');
    expect(find(batch, bare, 'CONTROLS', 'birao')).toHaveLength(1);
    expect(find(batch, 'mamadou-koura', 'SPOKESPERSON_OF', bare)).toHaveLength(1);
  });

  test('a name the analyser tagged in one sentence is read where it recurs untagged', async () => {
    const batch = await extract(
      'Die nordsudanesische Armee übernahm die Kontrolle über Abyei. UN-Mitarbeiter in Abyei bestätigten die Angaben.',
      'de',
    );
    expect(find(batch, 'sudanese-armed-forces', 'CONTROLS', 'abyei')).toHaveLength(1);
  });

  test('a name the analyser takes for a person in one sentence and a place in another is the place', async () => {
    // The tagger tags the town a person's in the first sentence, a place's in the second.
    const tagged: [string, string][] = [
      ['Boko Haram fighters stormed Kolofata. Troops reached the town of Kolofata.', 'en'],
      [
        'Los combatientes de Boko Haram tomaron Kolofata. El ejército llegó a la localidad de Kolofata.',
        'es',
      ],
    ];
    for (const [text, language] of tagged) {
      const ids = (await extract(text, language)).entities.map((e) => e.id);
      expect([text, ids]).toEqual([text, expect.arrayContaining(['location:kolofata'])]);
      expect(ids).not.toContain('person:kolofata');
    }
    // The tagger says a person's twice; only the parse says the second is a town.
    const parsed: [string, string][] = [
      [
        'Boko Haram fighters stormed Kolofata. Soldiers defended Kolofata, a town near the border.',
        'en',
      ],
      [
        'Los combatientes de Boko Haram tomaron Kolofata. Kolofata es un pueblo del norte de Camerún.',
        'es',
      ],
      ['Boko-Haram-Kämpfer stürmten Kolofata. Kolofata ist eine Stadt im Norden Kameruns.', 'de'],
      [
        'Les combattants de Boko Haram ont pris Kolofata. Kolofata est une localité du nord du Cameroun.',
        'fr',
      ],
    ];
    for (const [text, language] of parsed) {
      const ids = (await extract(text, language)).entities.map((e) => e.id);
      expect([text, ids]).toEqual([text, expect.arrayContaining(['location:kolofata'])]);
      expect(ids).not.toContain('person:kolofata');
    }
  });

  test('a name a region noun names is the place where it recurs untagged', async () => {
    // The English tagger tags neither "Sweida"; the region noun names the first.
    const sentences: [string, string][] = [
      [
        'Dozens were killed in the Sweida province. Druze militias control Sweida since 2011.',
        'en',
      ],
      [
        'Decenas murieron en la provincia de Sweida. Las milicias drusas controlan Sweida desde 2011.',
        'es',
      ],
      [
        'Dutzende wurden in der Provinz Sweida getötet. Drusische Milizen kontrollieren Sweida seit 2011.',
        'de',
      ],
      [
        'Des dizaines de personnes ont été tuées dans la province de Sweida. Les milices druzes contrôlent Sweida depuis 2011.',
        'fr',
      ],
    ];
    await expectEachStates(sentences, 'druze-militias', 'CONTROLS', 'sweida');
  });

  test('a place named with an Arabic article hyphened to it keeps the article and is read', async () => {
    await expectEachStates(
      [
        ['Israeli troops entered al-Bireh on Monday.', 'en'],
        ['Las tropas israelíes entraron en al-Bireh el lunes.', 'es'],
      ],
      'israel-defense-forces',
      'DEPLOYED_TO',
      'al-bireh',
    );
    const places: [string, string][] = [
      ['The wounded were taken to hospital in al-Arish.', 'en'],
      ['Les troupes israéliennes sont entrées dans al-Bireh lundi.', 'fr'],
      ['Israelische Truppen drangen am Montag in al-Bireh ein.', 'de'],
      ['Los soldados murieron cerca de Bir al-Abd.', 'es'],
      ['The soldiers were killed near Bir al-Abd.', 'en'],
    ];
    for (const [text, language] of places) {
      const ids = (await extract(text, language)).entities.map((e) => e.id);
      expect([
        text,
        ids.filter((id) => /^location:(?:al-bireh|al-arish|bir-al-abd)$/u.test(id)),
      ]).toEqual([text, [expect.any(String)]]);
    }
  });

  test('a place the French tagger runs on into the weekday after it is the place', async () => {
    await expectEachStates(
      [
        ['Les rebelles du M23 sont entrés dans Goma lundi.', 'fr'],
        ['Los rebeldes del M23 entraron en Goma el lunes.', 'es'],
        ['M23 rebels entered Goma on Monday.', 'en'],
        ['M23-Rebellen sind am Montag in Goma einmarschiert.', 'de'],
      ],
      'march-23-movement',
      'DEPLOYED_TO',
      'goma',
    );
    // Tagged a person before the day, a place where it recurs.
    const batch = await extract(
      'Le M23 a pris Goma dimanche. Des milliers de civils ont fui Goma.',
      'fr',
    );
    expect(batch.entities.map((e) => e.id)).toContain('location:goma');
    expect(batch.entities.map((e) => e.id)).not.toContain('person:goma');
  });

  test('the Syrian National Army is no army of the Syrian state', async () => {
    const batch = await extract(
      'El Ejército Nacional Sirio atacó a las FDS cerca de Manbij.',
      'es',
    );
    expect(batch.entities.map((e) => e.id)).not.toContain('armed_force:syrian-armed-forces');
    expect(batch.entities.map((e) => e.name)).toContain('Syrian National Army');
  });
});

describe('parse-v1 and acronyms given after "or"', () => {
  test('"the National Revolution Front, or BRN," names the front BRN, also where BRN came first', async () => {
    const batch = await extract(
      'Fighters of a militant group called BRN clashed with Thai soldiers in Yala. The separatist group National Revolution Front, or BRN, has fought the Thai army since 2004. The BRN controls the village of Bacho.',
      'en',
    );
    expect(batch.entities.filter((e) => e.name === 'BRN')).toEqual([]);
    expect(find(batch, 'national-revolution-front', 'CONTROLS', 'bacho')).toHaveLength(1);
    const war = find(batch, 'national-revolution-front', 'AT_WAR_WITH', 'royal-thai-armed-forces');
    expect(war.map((c) => c.sentence)).toContain(
      'Fighters of a militant group called BRN clashed with Thai soldiers in Yala.',
    );
  });

  test('"le Front populaire de libération, ou FPL," is the FPL named after it', async () => {
    const batch = await extract(
      'Le groupe rebelle Front populaire de libération, ou FPL, a été créé en 2012. Le FPL contrôle la ville de Kidal.',
      'fr',
    );
    expect(find(batch, 'front-populaire-de-liberation', 'CONTROLS', 'kidal')).toHaveLength(1);
  });
});

describe('parse-v1 and a river named as a country is', () => {
  test('"le fleuve Niger", "the Niger River" name the river, not Niger', async () => {
    for (const [text, language] of [
      ['Bourem est un nœud près du fleuve Niger, entre Tombouctou et Gao.', 'fr'],
      ['Bourem lies near the Niger River, between Timbuktu and Gao.', 'en'],
    ] as const) {
      const ids = (await extract(text, language)).entities.map((e) => e.id);
      expect([text, ids.includes('country:niger'), ids.includes('location:niger-river')]).toEqual([
        text,
        false,
        true,
      ]);
    }
  });
});

describe('parse-v1 and a German genitive of a name several countries share', () => {
  test('"im Osten Kongos" is the Congo the article names, never a place called "Kongos"', async () => {
    const alone = await extract('Die M23 operiert im Osten Kongos.', 'de');
    expect(alone.entities.map((e) => e.name)).not.toContain('Kongos');
    expect(alone.claims).toEqual([]);
    const named = await extract(
      'Die M23 operiert im Osten Kongos. Die Regierung in Kinshasa protestierte.',
      'de',
    );
    expect(
      find(named, 'march-23-movement', 'DEPLOYED_TO', 'democratic-republic-of-the-congo'),
    ).toHaveLength(1);
  });
});

describe('parse-v1 and a Spanish name opening with the Arabic article before a copula', () => {
  test('"Al Shabab está presente en Somalia": the name is the subject of the copula\'s predicate', async () => {
    await expectEachStates(
      [['Al Shabab está presente en Somalia.', 'es']],
      'al-shabaab',
      'DEPLOYED_TO',
      'somalia',
    );
    await expectEachStates(
      [
        [
          'Al Qaeda en el Magreb Islámico, bajo el mando de Abdelmalek Droukdel, sigue activa.',
          'es',
        ],
      ],
      'abdelmalek-droukdel',
      'LEADER_OF',
      'al-qaeda-in-the-islamic-maghreb',
    );
  });
});
