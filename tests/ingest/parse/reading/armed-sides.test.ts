import {
  expectEachStates,
  expectNoneStatesOf,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and the words that name an armed side', () => {
  test("a group's rebels stand for the group", async () => {
    const sentences: [string, string][] = [
      ['M23 rebels seized Goma on Sunday.', 'en'],
      ['Les rebelles du M23 ont pris le contrôle de Goma.', 'fr'],
      ['Die M23-Rebellen haben Goma eingenommen.', 'de'],
      ['Los rebeldes del M23 tomaron Goma.', 'es'],
      ['The M23 holds Goma.', 'en'],
    ];
    await expectEachStates(sentences, 'march-23-movement', 'CONTROLS', 'goma');
  });
  test("a country's mercenaries are the one private military company of it the article names", async () => {
    for (const [text, language] of [
      [
        'At least six Russian mercenaries were killed in central Mali. The Wagner Group has been in Mali since 2021.',
        'en',
      ],
      [
        'Au moins six mercenaires russes ont été tués dans le centre du Mali. Le groupe Wagner est présent au Mali depuis 2021.',
        'fr',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'wagner-group', 'SUFFERED_LOSSES_IN', 'mali').length]).toEqual([
        text,
        1,
      ]);
    }
    // Unnamed, or of another country, they are nobody's.
    const unnamed = await extract(
      'At least six Russian mercenaries were killed in central Mali.',
      'en',
    );
    expect(unnamed.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const french = await extract(
      'At least six French mercenaries were killed in central Mali. The Wagner Group is in Mali.',
      'en',
    );
    expect(find(french, 'wagner-group', 'SUFFERED_LOSSES_IN', 'mali')).toEqual([]);
  });
  test('a group noun named beside it is that name, not the actor the sentence before was about', async () => {
    const batch = await extract(
      'Wagner fighters were killed in Mali. The assailant group, known as JNIM, claimed responsibility for the ambush on a convoy of Wagner Group mercenaries.',
      'en',
    );
    expect(
      find(batch, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'wagner-group'),
    ).toHaveLength(1);
  });

  test('a name beside a noun of an armed group names that group, whatever the analyser tagged', async () => {
    await expectEachStates(
      [
        ['The Fano militia attacked Ethiopian troops in Amhara.', 'en'],
        ['Die Miliz Fano griff die äthiopische Armee an.', 'de'],
      ],
      'fano',
      'AT_WAR_WITH',
      'ethiopian-national-defense-force',
    );
    const beside = await extract('La milicia Fano luchó junto a las tropas etíopes.', 'es');
    expect(find(beside, 'fano', 'FIGHTS_FOR', 'ethiopia')).toHaveLength(1);
    // The side fought beside, even parsed as an object, is no enemy.
    expect(beside.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    expect(beside.entities.find((e) => e.id.endsWith(':fano'))?.kind).toBe('ARMED_FORCE');
    const armed = await extract(
      "Le groupe armé Ansar al-Sunna a attaqué l'armée mozambicaine.",
      'fr',
    );
    expect(
      find(armed, 'ansar-al-sunna', 'AT_WAR_WITH', 'mozambique-defence-armed-forces'),
    ).toHaveLength(1);
  });

  test("a country's air force and navy are its armed force; a labour or police force is not", async () => {
    await expectEachStates(
      [
        ['The Russian air force bombed Ukrainian positions.', 'en'],
        ['The Russian navy bombed Ukrainian positions.', 'en'],
        ['La marine russe a bombardé des positions ukrainiennes.', 'fr'],
      ],
      'russian-armed-forces',
      'AT_WAR_WITH',
      'ukraine',
    );
    for (const [text, language] of [
      ['The French labour force grew by two percent.', 'en'],
      ['La fuerza policial keniana llegó a Haití.', 'es'],
      ['La marine marchande ukrainienne a perdu deux navires.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.entities.filter((e) => e.kind === 'ARMED_FORCE')]).toEqual([text, []]);
    }
  });

  test('troops a possessive gives belong to the force or state named before it', async () => {
    await expectEachStates(
      [
        ['The Ethiopian army said its troops killed 317 Fano militia fighters.', 'en'],
        [
          'El Ejército de Etiopía informó que sus tropas mataron a 317 combatientes de la milicia Fano.',
          'es',
        ],
      ],
      'ethiopian-national-defense-force',
      'AT_WAR_WITH',
      'fano',
    );
    // Unnamed Islamist forces stand between: "their commanders" are theirs, not the junta's.
    const unnamed = await extract(
      'Wagner a affirmé avoir aidé la junte malienne, en repoussant les forces islamistes et en éliminant plusieurs de leurs commandants.',
      'fr',
    );
    expect(unnamed.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('rebels led by a group stand for that group: "unter Führung der", "dirigés par", "HTS-led"', async () => {
    for (const [text, language] of [
      ['Rebellen unter Führung der HTS eroberten die Stadt Aleppo.', 'de'],
      ["Les rebelles dirigés par HTS ont pris la ville d'Alep.", 'fr'],
      ['Los rebeldes liderados por HTS tomaron la ciudad de Alepo.', 'es'],
      ['HTS-led rebels seized the city of Aleppo.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      const held = batch.claims.filter(
        (c) => c.predicate === 'CONTROLS' && c.subjectId === 'organization:hayat-tahrir-al-sham',
      );
      expect([text, held.length]).toEqual([text, 1]);
    }
  });

  test('a national army is also named "<country> Armed Forces", its official name in many countries', async () => {
    const batch = await extract('The Cameroon Armed Forces fought Boko Haram near Fotokol.', 'en');
    expect(find(batch, 'cameroonian-armed-forces', 'AT_WAR_WITH', 'boko-haram')).toHaveLength(1);
  });

  test("an organisation whose men a noun of armed men names is an armed group; a place's are not", async () => {
    for (const [text, language, group] of [
      ["L'armée malienne et les rebelles du CSP se sont affrontés à Bourem.", 'fr', 'csp'],
      ['Los rebeldes del EPP atacaron una patrulla del ejército paraguayo.', 'es', 'epp'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.entities.find((e) => e.id.endsWith(`:${group}`))?.kind]).toEqual([
        text,
        'ARMED_FORCE',
      ]);
      expect(batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH').length).toBeGreaterThan(0);
    }
    const place = await extract('The rebels of Darfur attacked the army.', 'en');
    expect(place.entities.find((e) => e.name === 'Darfur')?.kind).toBe('LOCATION');
  });

  test('a state\'s army goes by that name too: "the Nigerian Army", "Pakistan Army"', async () => {
    const batch = await extract(
      'The Pakistan Army said it had repelled an attack by the Tehrik-i-Taliban Pakistan.',
      'en',
    );
    expect(batch.entities.map((e) => e.id)).toContain('armed_force:pakistan-armed-forces');
    const names = batch.entities.find((e) => e.id === 'armed_force:pakistan-armed-forces');
    expect(names?.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Pakistan Army', 'Pakistani Army']),
    );
  });

  test("soldiers nothing says whose are, as a side, the army the article is about; government soldiers too; not separatists'", async () => {
    const clash = await extract(
      'In northern Mali, soldiers clashed with JNIM fighters near Boni on Tuesday.',
      'en',
    );
    expect(
      find(clash, 'malian-armed-forces', 'AT_WAR_WITH', 'jama-at-nusrat-al-islam-wal-muslimin'),
    ).toHaveLength(1);
    const government = await extract(
      'Au Burkina Faso, le JNIM a affirmé avoir tué 40 soldats gouvernementaux près de Djibo.',
      'fr',
    );
    expect(
      find(
        government,
        'jama-at-nusrat-al-islam-wal-muslimin',
        'AT_WAR_WITH',
        'burkinabe-armed-forces',
      ),
    ).toHaveLength(1);
    const separatists = await extract(
      'Fighting broke out in Mali near Boni. Twenty separatist soldiers were killed there.',
      'en',
    );
    expect(find(separatists, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'boni')).toEqual([]);
  });

  test("an armed group's members stand for it, a body's do not; gangs are armed groups", async () => {
    const members = await extract('Hamas members attacked Israeli troops in Jenin.', 'en');
    expect(find(members, 'hamas', 'AT_WAR_WITH', 'israel-defense-forces')).toHaveLength(1);
    const nato = await extract('NATO members sent tanks to Ukraine.', 'en');
    expect(nato.claims.filter((c) => c.subjectId.includes('nato'))).toEqual([]);
    const gang = await extract(
      'Pandilleros de la pandilla Barrio 18 se enfrentaron con la Policía Nacional Civil en Soyapango.',
      'es',
    );
    expect(gang.entities.find((e) => e.name === 'Barrio 18')?.kind).toBe('ARMED_FORCE');
    expect(gang.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toHaveLength(2);
  });

  test("a state's defence force named in full, with its country or demonym, is that state's army", async () => {
    await expectEachStates(
      [
        ['Las Fuerzas de Defensa de Israel atacaron a Hamás.', 'es'],
        ['Les Forces de défense israéliennes ont combattu le Hamas.', 'fr'],
        ["Les Forces de défense d'Israël ont combattu le Hamas.", 'fr'],
        ['Die israelischen Verteidigungsstreitkräfte griffen die Hamas an.', 'de'],
      ],
      'israel-defense-forces',
      'AT_WAR_WITH',
      'hamas',
    );
    const acronym = await extract(
      'Las Fuerzas de Defensa de Israel (FDI) no se han pronunciado al respecto.',
      'es',
    );
    expect(acronym.claims.map((c) => `${c.subjectId} ${c.predicate}`)).toEqual([
      'armed_force:israel-defense-forces STATED_NO_COMMENT',
    ]);
    const singular = await extract('La Fuerza de Defensa de Ruanda combatió al M23.', 'es');
    expect(find(singular, 'rwanda-defence-force', 'AT_WAR_WITH', 'march-23-movement')).toHaveLength(
      1,
    );
    const english = await extract(
      'The Guyana Defence Force said its soldiers fought the gang.',
      'en',
    );
    expect(english.entities.map((e) => e.id)).toContain('armed_force:guyanese-armed-forces');
  });

  test("a state's air defence is its armed force, whose interception fights the drones' side", async () => {
    await expectEachStates(
      [
        ['Saudi air defences intercepted eleven Houthi drones on Saturday.', 'en'],
        ['La défense aérienne saoudienne a intercepté onze drones houthis.', 'fr'],
        ['La defensa aérea saudí interceptó once drones hutíes.', 'es'],
        // Named as the weapon is ("air defence system"), the acting arm is still the state's.
        ['Die saudische Luftabwehr fing elf Drohnen der Huthis ab.', 'de'],
        ['La défense antiaérienne saoudienne a intercepté onze drones des Houthis.', 'fr'],
        ['La defensa antiaérea saudí interceptó once drones de los hutíes.', 'es'],
      ],
      'saudi-arabian-armed-forces',
      'AT_WAR_WITH',
      'houthis',
    );
    // Given, it is the weapon.
    await expectEachStates(
      [['Deutschland liefert der Ukraine deutsche Flugabwehr.', 'de']],
      'germany',
      'SUPPLIES',
      'ukraine',
    );
  });

  test('weapons launched or fired by a side, rockets too, stand for that side', async () => {
    await expectEachStates(
      [
        ['Israël a intercepté deux roquettes tirées par le Hamas.', 'fr'],
        ['Israel derribó dos cohetes disparados por Hamás.', 'es'],
        ['Israel hat zwei von der Hamas abgefeuerte Raketen abgefangen.', 'de'],
        ['Israel intercepted two Hamas rockets.', 'en'],
        // The English parser takes the participle for a clause with the rockets as its subject.
        ['Israel intercepted two rockets fired by Hamas.', 'en'],
        ['Israël a intercepté deux drones lancés par le Hamas.', 'fr'],
        ['Israel hat elf von der Hamas gestartete Drohnen abgefangen.', 'de'],
      ],
      'israel',
      'AT_WAR_WITH',
      'hamas',
    );
    // Where weapons were made says nothing of who fired them.
    await expectNoneStatesOf(
      [
        ['Israel intercepted missiles made by Iran.', 'en'],
        ['Israel hat zwei im Iran hergestellte Raketen abgefangen.', 'de'],
      ],
      'israel',
      'AT_WAR_WITH',
      'iran',
    );
  });

  test('"government troops" and "the army" are the one state army the article names in full', async () => {
    const batch = await extract(
      'Fighters from Indonesia and Malaysia joined the Maute Group, the Armed Forces of the Philippines said. Government troops attacked the Maute Group in Marawi.',
      'en',
    );
    expect(
      find(batch, 'armed-forces-of-the-philippines', 'AT_WAR_WITH', 'maute-group'),
    ).toHaveLength(1);
    const erupted = await extract(
      'At least 191 militants have been killed since the battle erupted between government troops and the Maute Group, the Armed Forces of the Philippines said.',
      'en',
    );
    expect(
      find(erupted, 'maute-group', 'AT_WAR_WITH', 'armed-forces-of-the-philippines'),
    ).toHaveLength(1);
  });

  test('government troops in a story set in another state are not the one army named', async () => {
    await expectNoneStatesOf(
      [
        [
          'Fighting goes on in Nigeria. The Chadian army crossed the border. Boko Haram attacked government forces near Damasak.',
          'en',
        ],
        [
          "Les combats se poursuivent au Nigeria. L'armée tchadienne a franchi la frontière. Boko Haram a attaqué les forces gouvernementales près de Damasak.",
          'fr',
        ],
        [
          'Im Nigeria gehen die Kämpfe weiter. Die tschadische Armee überquerte die Grenze. Boko Haram griff Regierungstruppen bei Damasak an.',
          'de',
        ],
        [
          'Los combates continúan en Nigeria. El ejército chadiano cruzó la frontera. Boko Haram atacó a las fuerzas gubernamentales cerca de Damasak.',
          'es',
        ],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'chadian-national-army',
    );
  });

  test("German security forces are their state's; the Peshmerga are known", async () => {
    await expectEachStates(
      [['Die irakischen Sicherheitskräfte sind in die Stadt Tus Churmatu vorgerückt.', 'de']],
      'iraqi-armed-forces',
      'DEPLOYED_TO',
      'tus-churmatu',
    );
    await expectEachStates(
      [['Kurdische Peschmerga kontrollieren Kirkuk seit 2014.', 'de']],
      'peshmerga',
      'CONTROLS',
      'kirkuk',
    );
  });

  test("gendarmes are their state's soldiers; a territory's are its state's, not an army of its own", async () => {
    await expectEachStates(
      [
        ['Un gendarme ivoirien a été tué à Kolobougou.', 'fr'],
        ['An Ivorian gendarme was killed in Kolobougou.', 'en'],
      ],
      'ivorian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kolobougou',
    );
    const territory = await extract('Un gendarme a été tué mercredi en Nouvelle-Calédonie.', 'fr');
    expect(territory.entities.filter((e) => e.kind === 'ARMED_FORCE')).toEqual([]);
  });

  test("guerrillas of a group stand for it: 'Los guerrilleros del ELN combaten contra las FARC'", async () => {
    await expectEachStates(
      [
        ['Los guerrilleros del ELN combaten contra las FARC en el Catatumbo.', 'es'],
        ["Les guérilleros de l'ELN combattent les FARC dans le Catatumbo.", 'fr'],
        ['The guerrillas of the ELN are fighting the FARC in Catatumbo.', 'en'],
      ],
      'national-liberation-army',
      'AT_WAR_WITH',
      'revolutionary-armed-forces-of-colombia',
    );
  });

  test("troops of a government the article names are not the army of the article's country", async () => {
    const batch = await extract(
      'The Somali army fought al-Shabaab in Mogadishu. Hundreds of people died when fighting broke out in the area in February between Boko Haram and troops from the government of Somaliland.',
      'en',
    );
    expect(find(batch, 'boko-haram', 'AT_WAR_WITH', 'somali-armed-forces')).toEqual([]);
    expect(find(batch, 'somali-armed-forces', 'AT_WAR_WITH', 'al-shabaab')).toHaveLength(1);
  });
});

describe('parse-v1 and numbered units', () => {
  test('a numbered unit is an armed force of its own, named alike in every language, part of the army it is named with', async () => {
    const named = [
      ['Militants attacked the 119th Battalion of the Nigerian Army near Malam Fatori.', 'en'],
      ["Les militants ont attaqué le 119e Bataillon de l'armée nigériane à Malam Fatori.", 'fr'],
    ] as const;
    for (const [text, language] of named) {
      const batch = await extract(text, language);
      expect([text, batch.entities.find((e) => e.name === '119th Battalion')?.kind]).toEqual([
        text,
        'ARMED_FORCE',
      ]);
      expect([text, find(batch, '119th-battalion', 'PART_OF', 'nigerian-armed-forces')]).toEqual([
        text,
        [expect.objectContaining({ predicate: 'PART_OF' })],
      ]);
    }
    // Its number stays in its name: two armies' battalions are not one "Infantry Battalion".
    const philippine = await extract(
      'Troops from the 21st Infantry Battalion clashed with Abu Sayyaf militants in Patikul.',
      'en',
    );
    expect(philippine.entities.map((e) => e.name)).toContain('21st Infantry Battalion');
    expect(philippine.entities.map((e) => e.name)).not.toContain('Infantry Battalion');
    // A unit written with its ordinal word goes by it too; its spokesman speaks for it.
    const second = await extract('La Segunda División envió 300 soldados al Catatumbo.', 'es');
    expect(second.entities.find((e) => e.name === '2nd Division')?.aliases).toEqual(
      expect.arrayContaining([{ lang: 'en', text: 'Second Division' }]),
    );
    await expectEachStates(
      [
        [
          'Lt. Col. Dingdong Atilano, spokesman of the 6th Infantry Division, said the fight lasted six hours.',
          'en',
        ],
      ],
      'dingdong-atilano',
      'SPOKESPERSON_OF',
      '6th-infantry-division',
    );
  });

  test('a unit numbered "47." in German or "6ᵉ" in French is read in its sentence, not apart from it', async () => {
    // CoreNLP ended the German sentence at "47." and parsed the French ending as the noun.
    const fighters = await extract('Kämpfer der 47. Brigade griffen die russische Armee an.', 'de');
    expect(find(fighters, '47th-brigade', 'AT_WAR_WITH', 'russian-armed-forces')).toHaveLength(1);
    const sent = await extract('Die Ukraine verlegte die 47. Brigade nach Awdijiwka.', 'de');
    expect(find(sent, '47th-brigade', 'DEPLOYED_TO', 'avdiivka')).toHaveLength(1);
    const attacked = await extract('Der JNIM griff das 6. Bataillon der malischen Armee an.', 'de');
    expect(find(attacked, '6th-battalion', 'PART_OF', 'malian-armed-forces')).toHaveLength(1);
    const french = await extract(
      "Le 6ᵉ bataillon de l'armée malienne a été attaqué par le JNIM.",
      'fr',
    );
    expect(find(french, '6th-battalion', 'PART_OF', 'malian-armed-forces')).toHaveLength(1);
  });
});

describe('parse-v1 and the agents of a police force', () => {
  test('"agentes de la Policía Nacional" stand for the police, a side of the fight', async () => {
    const batch = await extract(
      'Un tiroteo entre milicianos del ELN y agentes de la Policía Nacional de Colombia dejó dos muertos en Arauca.',
      'es',
    );
    const sides = batch.claims
      .filter((c) => c.predicate === 'AT_WAR_WITH')
      .map((c) => [c.subjectId, c.objectId].join(' '));
    expect(sides.some((s) => /national-liberation-army/u.test(s) && /polic/u.test(s))).toBe(true);
  });
});

describe('parse-v1 and a German compound of a name and rebels', () => {
  test('"den Rakhine-Rebellen (Arakan Army)": the rebels are the group named beside them, not the region', async () => {
    const batch = await extract(
      'Es gibt heftige Gefechte zwischen der Armee Myanmars und den Rakhine-Rebellen (Arakan Army).',
      'de',
    );
    expect(find(batch, 'arakan-army', 'AT_WAR_WITH', 'myanmar')).toHaveLength(1);
  });
});

describe('parse-v1 and patrols', () => {
  test('army patrols are a side as their soldiers are: the one army the story names', async () => {
    for (const [text, language] of [
      ['In Nigeria, army patrols clashed with Boko Haram fighters near Maiduguri.', 'en'],
      [
        'El Ejército nigeriano informó de dos muertos. Hubo combates entre patrullas militares y miembros de Boko Haram.',
        'es',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram').length,
      ]).toEqual([text, 1]);
    }
  });

  test('a patrol without a word of the army is nobody yet', async () => {
    const batch = await extract(
      'In Nigeria, patrols clashed with Boko Haram fighters near Maiduguri.',
      'en',
    );
    expect(find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram')).toEqual([]);
  });
});

describe('parse-v1 and juntas seated in a capital', () => {
  test('"la junte au pouvoir à Bamako", "die Junta in Naypyidaw": the army of that capital\'s country', async () => {
    for (const [text, language, group, army] of [
      [
        'Le JNIM est en guerre avec la junte au pouvoir à Bamako.',
        'fr',
        'jama-at-nusrat-al-islam-wal-muslimin',
        'malian-armed-forces',
      ],
      [
        'Die Arakan Army kämpft gegen die Junta in Naypyidaw.',
        'de',
        'arakan-army',
        'burmese-armed-forces',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, group, 'AT_WAR_WITH', army).length]).toEqual([text, 1]);
    }
  });
});

describe("parse-v1 and a people's armed men", () => {
  test('"Druze militias", "Bedouin tribes" are sides of their own, one entity in every language', async () => {
    for (const [text, language] of [
      ['In Syria, Bedouin tribes have clashed with Druze militias.', 'en'],
      ['En Syrie, des tribus bédouines ont affronté des milices druzes.', 'fr'],
      ['In Syrien kämpften beduinische Stämme gegen drusische Milizen.', 'de'],
      ['En Siria, tribus beduinas se enfrentaron con milicias drusas.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'bedouin-tribes', 'AT_WAR_WITH', 'druze-militias').length]).toEqual(
        [text, 1],
      );
    }
  });

  test("one of their groups is not them, and men a named group stands beside are that group's", async () => {
    const one = await extract(
      'Members of a Druze militia attacked Bedouin tribes in Sweida.',
      'en',
    );
    expect(one.entities.map((e) => e.id)).not.toContain('armed_force:druze-militias');
    const named = await extract(
      'Los rebeldes chiíes hutíes combaten contra las fuerzas del gobierno yemení.',
      'es',
    );
    expect(named.entities.map((e) => e.id)).not.toContain('armed_force:shia-rebels');
    expect(find(named, 'houthis', 'AT_WAR_WITH', 'yemeni-armed-forces')).toHaveLength(1);
  });

  test("government forces are the government's of the country named as the place, whatever army spoke", async () => {
    const batch = await extract(
      "Israel's army said it had bombed tanks in southern Syria, where government forces clashed with Hayat Tahrir al-Sham.",
      'en',
    );
    expect(find(batch, 'syrian-armed-forces', 'AT_WAR_WITH', 'hayat-tahrir-al-sham')).toHaveLength(
      1,
    );
    expect(find(batch, 'israel-defense-forces', 'AT_WAR_WITH', 'hayat-tahrir-al-sham')).toEqual([]);
  });
});

describe("parse-v1 and government forces of the story's country", () => {
  test('government forces are the army of the one country earlier sentences put the events in', async () => {
    const sentences: [string, string][] = [
      [
        'Fighting continues in northwestern Syria. HTS launched an offensive against government forces on Wednesday.',
        'en',
      ],
      [
        'Les combats se poursuivent dans le nord-ouest de la Syrie. HTS a lancé mercredi une offensive contre les forces gouvernementales.',
        'fr',
      ],
      [
        'Im Nordwesten Syriens gehen die Kämpfe weiter. HTS startete am Mittwoch eine Offensive gegen Regierungstruppen.',
        'de',
      ],
      [
        'Los combates continúan en el noroeste de Siria. HTS lanzó el miércoles una ofensiva contra las fuerzas gubernamentales.',
        'es',
      ],
    ];
    await expectEachStates(sentences, 'hayat-tahrir-al-sham', 'AT_WAR_WITH', 'syrian-armed-forces');
  });

  test('not when the sentence names a place of its own, the story several countries, or the soldiers no government', async () => {
    const elsewhere = await extract(
      'Talks were held in Egypt. Hamas attacked government forces in Gaza.',
      'en',
    );
    expect(elsewhere.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const two = await extract(
      'Fighting continues in Syria and in Iraq. HTS launched an offensive against government forces on Wednesday.',
      'en',
    );
    expect(two.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const bare = await extract(
      'Fighting continues in northwestern Syria. HTS launched an offensive against soldiers on Wednesday.',
      'en',
    );
    expect(bare.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });
});

describe('parse-v1 and gangs', () => {
  test('"miembros de la banda Tren de Aragua": members of a gang named beside its noun', async () => {
    const batch = await extract(
      'En Venezuela, soldados fueron atacados por miembros de la banda Tren de Aragua.',
      'es',
    );
    expect(find(batch, 'tren-de-aragua', 'AT_WAR_WITH', 'venezuelan-armed-forces')).toHaveLength(1);
  });
});

describe("parse-v1 and a German country's genitive before its force", () => {
  test('"Ruandas Militär hat … eingenommen": the force the tagger ran into the name is the state\'s army', async () => {
    const batch = await extract(
      'Ruandas Militär hat die Hafenstadt Mocímboa da Praia eingenommen.',
      'de',
    );
    expect(find(batch, 'rwanda-defence-force', 'CONTROLS', 'mocimboa-da-praia')).toHaveLength(1);
    expect(find(batch, 'rwanda', 'CONTROLS', 'mocimboa-da-praia')).toEqual([]);
  });
});
