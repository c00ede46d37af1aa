import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and what one sentence says of another', () => {
  test('discourse: losses counted without a place happened where the sentence before put the fighting', async () => {
    const batch = await extract(
      'In July, Wagner suffered its worst defeat at Tinzaouatène. The New York Times confirmed that 46 Wagner fighters were killed. Israeli jets struck and killed Ahmad Ali.',
      'en',
    );
    const [lost] = find(batch, 'wagner-group', 'SUFFERED_LOSSES_IN', 'tinzaouatene');
    expect([lost?.quantity?.min, lost?.modality]).toEqual([46, 'CONFIRMED']);
    // The killers are not the ones who lost people.
    expect(batch.claims.filter((c) => c.subjectId === 'armed_force:israel-defense-forces')).toEqual(
      batch.claims.filter((c) => c.predicate === 'PART_OF'),
    );
  });

  test('discourse: a line ending on a reporting verb and a colon gives the quotation below its speaker', async () => {
    const batch = await extract(
      'Le ministère russe de la Défense a déclaré :\n« Les forces ukrainiennes ont attaqué la Russie dans la région de Koursk. »',
      'fr',
    );
    const [attack] = find(batch, 'armed-forces-of-ukraine', 'AT_WAR_WITH', 'russia');
    expect(attack?.attributedToId).toBe('organization:ministry-of-defence-of-russia');
  });

  test('discourse: a pronoun names the actor the previous sentence was about', async () => {
    const batch = await extract(
      'The RSF entered Darfur in 2023. It captured El Fasher in October.',
      'en',
    );
    expect(find(batch, 'rapid-support-forces', 'CONTROLS', 'el-fasher')).toHaveLength(1);
  });

  test('discourse: a subject pronoun after a body the same sentence names is that body, named or not', async () => {
    // The body before the pronoun names no entity: the pronoun is nobody the graph knows.
    const unnamed = await extract(
      'Iranian forces attacked Erbil. While the regional government denied the reports, it said nothing about the attack.',
      'en',
    );
    expect(unnamed.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT')).toEqual([]);
    const german = await extract(
      'Iranische Truppen griffen Erbil an. Während die kurdische Regionalregierung die Berichte zurückwies, schwieg sie zu dem Angriff.',
      'de',
    );
    expect(german.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT')).toEqual([]);
    // Named, it is that body.
    const named = await extract(
      'Iranian forces attacked Erbil. While the Pentagon confirmed the reports, it said nothing about the attack.',
      'en',
    );
    expect(
      named.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT').map((c) => c.subjectId),
    ).toEqual(['organization:pentagon']);
  });

  test('discourse: "l\'armée" alone is the one state army the article named before', async () => {
    const batch = await extract(
      "L'armée soudanaise a repoussé une attaque. Les FSR combattent l'armée depuis avril 2023.",
      'fr',
    );
    expect(
      find(batch, 'rapid-support-forces', 'AT_WAR_WITH', 'sudanese-armed-forces'),
    ).toHaveLength(1);
  });

  test('discourse: with no army named, "the army" is the army of the one country named so far', async () => {
    const es = await extract(
      'Sudán vive una guerra desde 2023. Las RSF atacaron al ejército en Jartum.',
      'es',
    );
    const de = await extract(
      'Im Sudan herrscht seit 2023 Krieg. Die RSF greift die Armee in Khartum an.',
      'de',
    );
    for (const batch of [es, de]) {
      expect(
        find(batch, 'rapid-support-forces', 'AT_WAR_WITH', 'sudanese-armed-forces'),
      ).toHaveLength(1);
      // Its belonging to Sudan is not stated in the sentence.
      expect(find(batch, 'sudanese-armed-forces', 'PART_OF', 'sudan')).toHaveLength(0);
    }
    const two = await extract(
      'Russia and Ukraine traded accusations. Hezbollah attacked the army on Monday.',
      'en',
    );
    expect(two.claims.map((c) => c.predicate)).not.toContain('AT_WAR_WITH');
  });

  test('discourse: with two armies named, "the army" refers to neither', async () => {
    const batch = await extract(
      'The Russian army and the Ukrainian army fought in Kursk. Hezbollah attacked the army on Monday.',
      'en',
    );
    const hezbollah = batch.claims.filter((c) => c.subjectId === 'organization:hezbollah');
    expect(hezbollah.map((c) => c.predicate)).not.toContain('AT_WAR_WITH');
  });

  test('discourse: "the junta" is the army the article names, like "the army", with or without an article', async () => {
    const sentences: [string, string][] = [
      ['The Myanmar military bombed Rakhine. The Arakan Army fights the junta.', 'en'],
      ["L'armée birmane a bombardé le Rakhine. L'Armée d'Arakan combat la junte.", 'fr'],
      [
        'Myanmars Militär bombardierte Rakhine. Die Arakan Army kämpft gegen die Militärjunta.',
        'de',
      ],
      [
        'El ejército birmano bombardeó Rakhine. El Ejército de Arakan combate a la junta militar.',
        'es',
      ],
      ['The Myanmar military bombed Rakhine. The Arakan Army attacked junta forces.', 'en'],
    ];
    await expectEachStates(sentences, 'arakan-army', 'AT_WAR_WITH', 'burmese-armed-forces');
  });

  test('"ce dernier", "este último" is the last actor named before it; an accuser says what it says', async () => {
    for (const [text, language] of [
      [
        'Le Burundi accuse le Rwanda, affirmant que ce dernier soutient le groupe Red Tabara en lui fournissant des armes.',
        'fr',
      ],
      [
        'Burundi acusa a Ruanda y afirma que este último apoya al grupo Red Tabara con armas.',
        'es',
      ],
    ] as const) {
      const [backing] = find(
        await extract(text, language),
        'rwanda',
        'SUPPORTS_MILITARILY',
        'red-tabara',
      );
      expect([text, backing?.attributedToId]).toEqual([text, 'country:burundi']);
    }
    // "of" what it accuses: the accused did it.
    const accused = await extract(
      'Kinshasa accuse le Rwanda de déployer des troupes au Nord-Kivu.',
      'fr',
    );
    expect(find(accused, 'rwanda-defence-force', 'DEPLOYED_TO', 'north-kivu')).toHaveLength(1);
  });

  test('"the terrorist group" never refers back to a state\'s army', async () => {
    const batch = await extract(
      "L'armée nigériane a perdu un officier dans l'Etat de Borno. L'armée a lancé une opération pour éliminer le groupe terroriste dans la région de Borno.",
      'fr',
    );
    const losses = find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno');
    expect(losses.filter((c) => c.sentence.includes('groupe terroriste'))).toEqual([]);
  });

  test('a group noun with a modifier of its own does not refer back to the group named before', async () => {
    const batch = await extract(
      "Le Polisario a étendu sa guerre contre le Maroc. Au Mali, les hostilités ont repris entre l'armée malienne et les rebelles touaregs.",
      'fr',
    );
    expect(find(batch, 'malian-armed-forces', 'AT_WAR_WITH', 'polisario-front')).toEqual([]);
    expect(find(batch, 'polisario-front', 'AT_WAR_WITH', 'morocco')).toHaveLength(1);
  });

  test('"the rebels" never refer back to a state\'s command named before', async () => {
    const batch = await extract(
      'Le Commandement central des Etats-Unis a annoncé que le navire avait été touché. Les frappes menées par les Etats-Unis contre les rebelles se poursuivent.',
      'fr',
    );
    expect(find(batch, 'united-states', 'AT_WAR_WITH', 'united-states-central-command')).toEqual(
      [],
    );
  });

  test('a possessive opening the sentence is the actor the sentence before was about, unless a person', async () => {
    for (const [text, language, person, body] of [
      [
        'The West Papua National Liberation Army (TPNPB) took a pilot hostage. Its spokesman, Sebby Sambom, said on Thursday that the pilot was safe.',
        'en',
        'sebby-sambom',
        'west-papua-national-liberation-army',
      ],
      [
        "Le Front Polisario a attaqué Smara. Son porte-parole, Mohamed Salem, a revendiqué l'attaque.",
        'fr',
        'mohamed-salem',
        'polisario-front',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, person, 'SPOKESPERSON_OF', body).length]).toEqual([text, 1]);
    }
    const person = await extract(
      'Kagame visited Kinshasa. His spokesman, Yolande Makolo, said the talks went well.',
      'en',
    );
    expect(person.claims.filter((c) => c.predicate === 'SPOKESPERSON_OF')).toEqual([]);
  });

  test('"the militants" are the one armed group named acting in this sentence or the one before, else the one the story has shown acting at all, unless words say whose', async () => {
    const near = await extract(
      'Boko Haram fighters attacked a Chadian army base near Bouhama on Sunday. The army said it killed 63 jihadists near Bouhama.',
      'en',
    );
    expect(find(near, 'boko-haram', 'SUFFERED_LOSSES_IN', 'bouhama')).toHaveLength(1);
    // "L'intervention aérienne a neutralisé quatre terroristes", sentences after the one group's attack.
    const far = await extract(
      'Islamic State fighters attacked a checkpoint near Kirkuk on Friday. The wounded were taken to hospital. Reinforcements arrived later. Police said 12 militants were killed near Kirkuk.',
      'en',
    );
    expect(find(far, 'islamic-state', 'SUFFERED_LOSSES_IN', 'kirkuk')).toHaveLength(1);
    // Two groups shown acting before: the militants are neither.
    const two = await extract(
      'Islamic State fighters attacked a checkpoint near Kirkuk on Friday. Al-Shabaab fighters attacked a base in Somalia. Reinforcements arrived later. Police said 12 militants were killed near Kirkuk.',
      'en',
    );
    expect(two.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const backed = await extract(
      'Islamic State fighters returned to Kirkuk. Iraqi forces and Iranian-backed militias ousted the Peshmerga.',
      'en',
    );
    expect(find(backed, 'iran', 'SUPPORTS_MILITARILY', 'islamic-state')).toEqual([]);
  });

  test('a clause that names nobody leaves "the insurgents" the group in view; one naming a backer does not', async () => {
    await expectEachStates(
      [
        [
          'Boko Haram fighters entered Bama on Monday. The insurgents who came from the forest attacked a Nigerian army base.',
          'en',
        ],
        [
          "Des combattants de Boko Haram sont entrés à Bama lundi. Les insurgés venus de la forêt ont attaqué une base de l'armée nigériane.",
          'fr',
        ],
        [
          'Kämpfer von Boko Haram drangen am Montag in Bama ein. Die Aufständischen, die aus dem Wald kamen, griffen einen Stützpunkt der nigerianischen Armee an.',
          'de',
        ],
        [
          'Combatientes de Boko Haram entraron en Bama el lunes. Los insurgentes que llegaron del bosque atacaron una base del ejército nigeriano.',
          'es',
        ],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'nigerian-armed-forces',
    );
    await expectNoneStates(
      [
        [
          'Boko Haram fighters entered Bama on Monday. The militias backed by Chad attacked a Nigerian army base.',
          'en',
        ],
      ],
      'AT_WAR_WITH',
    );
  });

  test('"the rebels", "les rebelles", "die Rebellen", "los rebeldes" with no group acting in view are the one armed group the article names; not with two, none, no article or words of another body', async () => {
    for (const [text, language, group] of [
      [
        'The Free Delta Army was founded in 2019. Nigeria rejected talks. On Tuesday, the rebels attacked a Nigerian army base near Warri.',
        'en',
        'free-delta-army',
      ],
      [
        "L'Armée du Delta Libre a été fondée en 2019. Le Nigeria a rejeté les négociations. Mardi, les rebelles ont attaqué une base de l'armée nigériane près de Warri.",
        'fr',
        'armee-du-delta-libre',
      ],
      [
        'Die Freie Delta-Armee wurde 2019 gegründet. Nigeria lehnte Verhandlungen ab. Am Dienstag griffen die Rebellen einen Stützpunkt der nigerianischen Armee bei Warri an.',
        'de',
        'freie-delta-armee',
      ],
      [
        'El Ejército del Delta Libre fue fundado en 2019. Nigeria rechazó las negociaciones. El martes, los rebeldes atacaron una base del ejército nigeriano cerca de Warri.',
        'es',
        'ejercito-del-delta-libre',
      ],
    ] as const) {
      const found = find(
        await extract(text, language),
        group,
        'AT_WAR_WITH',
        'nigerian-armed-forces',
      );
      expect([text, found.length]).toEqual([text, 1]);
    }
    await expectNoneStates(
      [
        [
          'The Free Delta Army and the Ogoni Liberation Army were founded in 2019. Nigeria rejected talks. On Tuesday, the rebels attacked a Nigerian army base near Warri.',
          'en',
        ],
        [
          'The Free Delta Army was founded in 2019. Nigeria rejected talks. On Tuesday, rebels attacked a Nigerian army base near Warri.',
          'en',
        ],
        [
          "L'Armée du Delta Libre a été fondée en 2019. Le Nigeria a rejeté les négociations. Mardi, les milices locales ont attaqué une base de l'armée nigériane près de Warri.",
          'fr',
        ],
        [
          'Nigeria lehnte Verhandlungen ab. Am Dienstag griffen die Rebellen einen Stützpunkt der nigerianischen Armee bei Warri an.',
          'de',
        ],
      ],
      'AT_WAR_WITH',
    );
  });

  test('"the fighters", "les combattants", "die Kämpfer", "los guerrilleros" alone are the armed group shown acting, as "the militants" are; a demonym says whose', async () => {
    await expectEachStates(
      [
        [
          'The ELN operates in Arauca. The fighters attacked a Colombian army base in Arauca.',
          'en',
        ],
        [
          'El ELN opera en Arauca. Los guerrilleros atacaron una base del Ejército colombiano en Arauca.',
          'es',
        ],
        [
          "L'ELN opère en Arauca. Les combattants ont attaqué une base de l'armée colombienne en Arauca.",
          'fr',
        ],
      ],
      'national-liberation-army',
      'AT_WAR_WITH',
      'military-forces-of-colombia',
    );
    await expectEachStates(
      [
        [
          'Die Hisbollah operiert im Südlibanon. Die Kämpfer griffen einen israelischen Stützpunkt an.',
          'de',
        ],
      ],
      'hezbollah',
      'AT_WAR_WITH',
      'israel',
    );
    const ukrainian = await extract(
      'The ELN operates in Arauca. Ukrainian fighters attacked a Russian army base in Kursk.',
      'en',
    );
    expect(
      find(ukrainian, 'national-liberation-army', 'AT_WAR_WITH', 'russian-armed-forces'),
    ).toEqual([]);
  });

  test('"its fighters", "ses hommes", "seine Männer", "sus hombres" with no owner before them are the one armed group in view', async () => {
    await expectEachStates(
      [
        [
          'Al-Shabaab attacked Mandera on Friday. On Sunday its fighters ambushed Kenyan troops near Lamu.',
          'en',
        ],
        [
          'Al-Shabaab a attaqué Mandera vendredi. Dimanche, ses hommes ont tendu une embuscade aux troupes kényanes près de Lamu.',
          'fr',
        ],
        [
          'Al-Shabaab griff am Freitag Mandera an. Am Sonntag überfielen seine Männer kenianische Truppen bei Lamu.',
          'de',
        ],
        [
          'Al Shabab atacó Mandera el viernes. El domingo sus hombres atacaron al ejército keniano cerca de Lamu.',
          'es',
        ],
      ],
      'al-shabaab',
      'AT_WAR_WITH',
      'kenya-defence-forces',
    );
    // A state's troops the sentence before was about: "their men" are not the group's.
    const state = await extract(
      'Kenyan troops attacked Al-Shabaab near Lamu. On Sunday their men seized Mandera.',
      'en',
    );
    expect(find(state, 'al-shabaab', 'CONTROLS', 'mandera')).toEqual([]);
  });

  test('"his men", "ses hommes", "seine Männer", "sus hombres" of a group\'s leader are the group', async () => {
    await expectEachStates(
      [
        [
          'Boko Haram leader Abubakar Shekau said his men attacked the Nigerian army near Maiduguri.',
          'en',
        ],
        [
          "Le chef de Boko Haram, Abubakar Shekau, a affirmé que ses hommes avaient attaqué l'armée nigériane près de Maiduguri.",
          'fr',
        ],
        [
          'Boko-Haram-Anführer Abubakar Shekau sagte, seine Männer hätten die nigerianische Armee angegriffen.',
          'de',
        ],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'nigerian-armed-forces',
    );
    await expectEachStates(
      [
        [
          'El líder de Boko Haram, Abubakar Shekau, afirmó que sus hombres tomaron Maiduguri.',
          'es',
        ],
      ],
      'boko-haram',
      'CONTROLS',
      'maiduguri',
    );
    // Another person's men, or "his men" with no person named, are not the group in view.
    for (const text of [
      'Al-Shabaab attacked Mandera on Friday. Police commissioner John Okafor said his men seized Lamu.',
      'Al-Shabaab attacked Mandera on Friday. On Sunday his men seized Lamu.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, find(batch, 'al-shabaab', 'CONTROLS', 'lamu')]).toEqual([text, []]);
    }
  });

  test('"the jihadists" with two armed groups in view name neither, not even the one the sentence before was about', async () => {
    for (const [text, language] of [
      [
        'Al-Shabaab and Islamic State attacked Mandera on Friday. On Sunday the jihadists ambushed Kenyan troops near Lamu.',
        'en',
      ],
      [
        "Al-Shabaab et l'État islamique ont attaqué Mandera vendredi. Dimanche, les jihadistes ont attaqué les troupes kényanes près de Lamu.",
        'fr',
      ],
      [
        'Al-Shabaab und der IS griffen am Freitag Mandera an. Am Sonntag griffen die Dschihadisten kenianische Truppen bei Lamu an.',
        'de',
      ],
      [
        'Al Shabab y el Estado Islámico atacaron Mandera el viernes. El domingo los yihadistas atacaron al ejército keniano cerca de Lamu.',
        'es',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')]).toEqual([text, []]);
    }
    // A group named only as what another is tied to is no second side: "le groupe lié à Al-Qaïda".
    const tied = await extract(
      'Al-Shabaab a attaqué Mandera vendredi. Dimanche, le groupe lié à Al-Qaïda a attaqué les troupes kényanes près de Lamu.',
      'fr',
    );
    expect(find(tied, 'al-shabaab', 'AT_WAR_WITH', 'kenya-defence-forces')).toHaveLength(1);
  });

  test('"the police", "la police", "die Polizei", "la policía" alone are the one police force the article names', async () => {
    const en = await extract(
      'The Kosovo Police patrolled Banjska. On Sunday the police clashed with Serb gunmen in Zvecan.',
      'en',
    );
    expect(find(en, 'kosovo-police', 'AT_WAR_WITH', 'serb-gunmen')).toHaveLength(1);
    await expectEachStates(
      [
        [
          'La police du Kosovo patrouillait à Banjska. Dimanche, des hommes armés serbes ont attaqué la police à Zvecan.',
          'fr',
        ],
        [
          'La Policía de Kosovo patrullaba en Banjska. El domingo, hombres armados serbios atacaron a la policía en Zvecan.',
          'es',
        ],
        [
          'Die kosovarische Polizei patrouillierte in Banjska. Am Sonntag wurde die Polizei in Zvecan angegriffen.',
          'de',
        ],
      ],
      'kosovo-police',
      'DEPLOYED_TO',
      'zvecan',
    );
    // With no police force named, or another state's police, "the police" is not that one.
    const none = await extract(
      'Serb gunmen attacked Zvecan. On Sunday the police clashed with Serb gunmen in Zvecan.',
      'en',
    );
    expect(none.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const other = await extract(
      'The Kosovo Police patrolled Banjska. On Sunday the Serbian police clashed with Serb gunmen in Zvecan.',
      'en',
    );
    expect(find(other, 'kosovo-police', 'AT_WAR_WITH', 'serb-gunmen')).toEqual([]);
  });

  test('losses with no place of their own are where the story last put its fighting, never where the sentence names another place', async () => {
    const later = await extract(
      'Heavy fighting broke out near Kidal on Monday. Rebels attacked again the next day. Four soldiers of the Malian army were killed.',
      'en',
    );
    expect(find(later, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'kidal')).toHaveLength(1);
    const elsewhere = await extract(
      'Heavy fighting broke out near Kidal on Monday. Five soldiers of the Malian army have died since the operation in Timbuktu began.',
      'en',
    );
    expect(find(elsewhere, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'kidal')).toEqual([]);
  });

  test('a scene set farther back holds only for those named by then; a country that only comments owns no soldiers', async () => {
    const stranger = await extract(
      "Russian forces launched a major assault on Vovchansk. The Kremlin declined to comment. In a separate statement, Israel's army said two soldiers were killed.",
      'en',
    );
    expect(stranger.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const commenting = await extract(
      'Rwanda denies backing the M23. Government soldiers clashed with M23 rebels near Goma.',
      'en',
    );
    expect(commenting.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const condemning = await extract(
      'The United States condemned the attack, in which JNIM militants killed 15 soldiers near Mopti.',
      'en',
    );
    expect(condemning.claims.filter((c) => c.subjectId.includes('united-states'))).toEqual([]);
  });

  test('losses counted before the story places any fighting happened where the next sentence puts it', async () => {
    const lead = await extract(
      'Seis soldados colombianos murieron en una emboscada. El ELN reivindicó el ataque del martes en la región de Arauca.',
      'es',
    );
    expect(find(lead, 'military-forces-of-colombia', 'SUFFERED_LOSSES_IN', 'arauca')).toHaveLength(
      1,
    );
    const headline = await extract(
      'Five Malian soldiers killed in jihadist raid. The attack on an army post near Kidal began at dawn.',
      'en',
    );
    expect(find(headline, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'kidal')).toHaveLength(1);
    // Once the story has put its fighting somewhere, a later place is another scene's.
    const placed = await extract(
      'Fighting broke out near Mopti on Sunday. Five Malian soldiers were killed. Another attack hit a post near Kidal.',
      'en',
    );
    expect(find(placed, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'kidal')).toEqual([]);
    expect(find(placed, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'mopti')).toHaveLength(1);
  });

  test('a town a verb of fighting struck sets the scene: "Boko Haram attacked Kolofata"', async () => {
    const batch = await extract(
      'Boko Haram attacked Kolofata on Sunday. Four Cameroonian soldiers were killed.',
      'en',
    );
    expect(
      find(batch, 'cameroonian-armed-forces', 'SUFFERED_LOSSES_IN', 'kolofata').map(
        (c) => c.quantity?.min,
      ),
    ).toEqual([4]);
    // A country struck is no scene: the soldiers may have fallen anywhere in the war.
    const country = await extract(
      'Russia attacked Ukraine in 2022. Four Ukrainian soldiers were killed on Sunday.',
      'en',
    );
    expect(country.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test('a place the parser hangs on a day, an enclave, and fighting with no place of its own set the scene', async () => {
    const batch = await extract(
      "De violents affrontements entre rebelles et militaires ont fait plusieurs morts ce mardi dans l'enclave de Mbalu. Sept soldats angolais sont morts.",
      'fr',
    );
    expect(find(batch, 'angolan-armed-forces', 'SUFFERED_LOSSES_IN', 'mbalu')).toHaveLength(1);
    const inFighting = await extract(
      "Des affrontements ont eu lieu jeudi dans l'enclave de Mbalu. Sept soldats angolais ont été tués dans des combats.",
      'fr',
    );
    expect(find(inFighting, 'angolan-armed-forces', 'SUFFERED_LOSSES_IN', 'mbalu')).toHaveLength(1);
  });

  test('what a verb of fighting struck sets the scene where it stands, unless "these attacks" struck it', async () => {
    for (const [text, language] of [
      [
        'Boko Haram fighters attacked an army base in Borno on Sunday. Fifteen of the attackers were killed.',
        'en',
      ],
      [
        'Des combattants de Boko Haram ont attaqué une base militaire à Borno. Quinze assaillants ont été tués.',
        'fr',
      ],
      [
        'Kämpfer von Boko Haram griffen einen Stützpunkt in Borno an. 15 Angreifer wurden getötet.',
        'de',
      ],
    ] as const) {
      const batch = await extract(text, language);
      const lost = find(batch, 'boko-haram', 'SUFFERED_LOSSES_IN', 'borno');
      expect([text, lost.length, lost[0]?.quantity?.unit]).toEqual([text, 1, 'soldier']);
    }
    // "These attacks" are the fighting told before: a place on what they struck sets no new scene.
    const referred = await extract(
      'Boko Haram a revendiqué deux attaques dans la région de Borno. Ces assauts ont ciblé des positions militaires, dont une près de Maiduguri. Le groupe affirme avoir tué six soldats nigérians dans ces opérations.',
      'fr',
    );

    expect(
      referred.claims.filter(
        (c) => c.predicate === 'SUFFERED_LOSSES_IN' && c.objectId?.endsWith(':maiduguri'),
      ),
    ).toEqual([]);
  });
  test('"the country" is no country that only acts or speaks', async () => {
    const drones = await extract(
      'Ukrainian drones struck an oil refinery in Tuapse, in the south of the country, overnight.',
      'en',
    );
    expect(drones.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
    const condemning = await extract(
      'The United States condemned the attack, in which jihadists killed 12 soldiers in the north of the country.',
      'en',
    );
    expect(condemning.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test('"the country" is none where the article names another country, however', async () => {
    const speaking = await extract(
      "Mali's junta leader, speaking in Russia, said the army had recaptured Kidal in the north of the country.",
      'en',
    );
    expect(speaking.claims.filter((c) => c.objectId === 'country:russia')).toEqual([]);
    const label = await extract(
      "France : deux soldats burkinabè tués dans l'est du pays, selon Paris.",
      'fr',
    );
    expect(label.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });
});

describe('parse-v1 and "the city" alone', () => {
  test('"the city", "die Stadt", "la ciudad" alone is the one place this sentence or the one before named', async () => {
    const cases: [string, string][] = [
      ['The M23 entered Goma on Monday. The rebels now control the city.', 'en'],
      ['Die M23 rückte am Montag in Goma ein. Die Rebellen kontrollieren nun die Stadt.', 'de'],
      ['El M23 entró en Goma el lunes. Los rebeldes controlan ahora la ciudad.', 'es'],
      ['The M23 entered Goma on Monday and now controls the city.', 'en'],
    ];
    for (const [text, language] of cases) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'march-23-movement', 'CONTROLS', 'goma').length]).toEqual([
        text,
        1,
      ]);
    }
    // Two places named before, or "a city": which one is not said.
    for (const text of [
      'The M23 entered Goma and Bukavu on Monday. The rebels now control the city.',
      'The M23 entered Goma on Monday. The rebels now control a city.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'CONTROLS')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and a speaker told by a title alone', () => {
  const attack = (batch: Awaited<ReturnType<typeof extract>>, side: string) =>
    find(batch, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', side)[0];

  test('"the spokesman said", "selon le porte-parole" is the spokesperson the article named before, in the four languages', async () => {
    const named = {
      en: 'Malian army spokesman Colonel John Smith spoke on Friday.',
      fr: "Le porte-parole de l'armée malienne, le colonel Jean Dupont, a parlé vendredi.",
      de: 'Der Sprecher der malischen Armee, Oberst Hans Müller, sprach am Freitag.',
      es: 'El portavoz del Ejército de Malí, el coronel Juan Pérez, habló el viernes.',
    };
    const cases: [keyof typeof named, string, string][] = [
      ['en', 'JNIM attacked Malian soldiers in Kidal, the spokesman said.', 'person:john-smith'],
      [
        'en',
        'According to the spokesman, JNIM attacked Malian soldiers in Kidal.',
        'person:john-smith',
      ],
      [
        'fr',
        'Le JNIM a attaqué des soldats maliens à Kidal, a précisé le porte-parole.',
        'person:jean-dupont',
      ],
      [
        'fr',
        'Selon le porte-parole, le JNIM a attaqué des soldats maliens à Kidal.',
        'person:jean-dupont',
      ],
      [
        'de',
        'Die JNIM griff malische Soldaten in Kidal an, sagte der Sprecher.',
        'person:hans-muller',
      ],
      [
        'de',
        'Nach Angaben des Sprechers griff die JNIM malische Soldaten in Kidal an.',
        'person:hans-muller',
      ],
      ['es', 'El JNIM atacó a soldados malienses en Kidal, dijo el portavoz.', 'person:juan-perez'],
      [
        'es',
        'Según el portavoz, el JNIM atacó a soldados malienses en Kidal.',
        'person:juan-perez',
      ],
    ];
    for (const [language, sentence, speaker] of cases) {
      const batch = await extract(`${named[language]} ${sentence}`, language);
      expect([sentence, attack(batch, 'malian-armed-forces')?.attributedToId]).toEqual([
        sentence,
        speaker,
      ]);
    }
  });

  test('a leader\'s title alone is the leader named with that title; "a spokesman" or a title nobody held names nobody', async () => {
    const leader = await extract(
      'Le président tchadien Mahamat Déby a visité la base vendredi. Boko Haram a attaqué des soldats tchadiens à Bol, a déclaré le président.',
      'fr',
    );
    expect(
      find(leader, 'boko-haram', 'AT_WAR_WITH', 'chadian-national-army')[0]?.attributedToId,
    ).toBe('person:mahamat-deby');
    const cases = [
      // Another spokesperson is "a spokesman", not the one named before.
      'Malian army spokesman Colonel John Smith spoke on Friday. JNIM attacked Malian soldiers in Kidal, a spokesman said.',
      // A president is not a spokesperson.
      'Malian army spokesman Colonel John Smith spoke on Friday. JNIM attacked Malian soldiers in Kidal, the president said.',
    ];
    for (const text of cases) {
      const batch = await extract(text, 'en');
      expect([text, attack(batch, 'malian-armed-forces')?.attributedToId]).toEqual([text, null]);
    }
  });
});

describe('parse-v1 and the country of the article', () => {
  test('"the country" alone is the one country the article has named; with two named, none', async () => {
    const one = await extract(
      'In Mali kämpft die Armee gegen Dschihadisten. Zwölf malische Soldaten wurden im Norden des Landes getötet.',
      'de',
    );
    expect(find(one, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'mali')).toHaveLength(1);
    const two = await extract(
      "Au Niger et au Mali, les jihadistes frappent. Douze soldats nigériens ont été tués dans l'ouest du pays.",
      'fr',
    );
    expect(two.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test('a country named only after "the country" is not it', async () => {
    const batch = await extract(
      'Au Mali, les autorités démentent la présence du groupe Wagner dans le pays, et ne reconnaissent que celle de formateurs russes.',
      'fr',
    );
    const [denied] = find(batch, 'wagner-group', 'DEPLOYED_TO', 'mali');
    expect(denied?.modality).toBe('DENIED');
  });

  test('"the alliance", "la coalition" alone is the one alliance or coalition the article named, whatever the subject before', async () => {
    await expectEachStates(
      [
        [
          'The Kachin Rifles, part of the Northern Hills Alliance, seized a base. In May the alliance captured Lashio.',
          'en',
        ],
        [
          'Die Kachin Rifles gehören zur Northern Hills Alliance. Im Mai hat die Allianz die Stadt Lashio erobert.',
          'de',
        ],
        [
          'Los Kachin Rifles, parte de la Northern Hills Alliance, tomaron una base. En mayo la alianza tomó Lashio.',
          'es',
        ],
      ],
      'northern-hills-alliance',
      'CONTROLS',
      'lashio',
    );
    const inFrench = await extract(
      "Les Kachin Rifles, membres de la Northern Hills Alliance, ont pris une base. En mai, l'alliance a conquis Kyaukme.",
      'fr',
    );
    expect(find(inFrench, 'northern-hills-alliance', 'CONTROLS', 'kyaukme')).toHaveLength(1);
    // A coalition named "arabe" is "la coalition" and "la alianza árabe" of the next sentences.
    const french = await extract(
      'La coalition arabe a bombardé Marib. La coalition a affirmé avoir tué 30 Houthis à Marib.',
      'fr',
    );
    expect(find(french, 'saudi-led-coalition', 'AT_WAR_WITH', 'houthis')).toHaveLength(1);
    const spanish = await extract(
      'La coalición árabe bombardeó Marib. Según la alianza árabe, los aviones mataron a 30 hutíes en Marib.',
      'es',
    );
    const [loss] = find(spanish, 'houthis', 'SUFFERED_LOSSES_IN', 'ma-rib');
    expect(loss?.attributedToId).toBe('organization:saudi-led-coalition');
    // "a new alliance" is another one; two alliances named leave "the alliance" to none.
    const other = await extract(
      'The Kachin Rifles, part of the Northern Hills Alliance, seized a base. A new alliance captured Lashio.',
      'en',
    );
    expect(find(other, 'northern-hills-alliance', 'CONTROLS', 'lashio')).toEqual([]);
  });

  test('"government forces", "security forces" with no state beside them are the army of the one state the article names', async () => {
    await expectEachStates(
      [
        ['Fighting goes on in Nigeria. Government forces took control of Monguno on Monday.', 'en'],
        [
          'Les combats continuent au Nigeria. Les forces gouvernementales ont repris Monguno à Boko Haram lundi.',
          'fr',
        ],
        [
          'In Nigeria gehen die Kämpfe weiter. Die Regierungstruppen haben die Stadt Monguno von Boko Haram zurückerobert.',
          'de',
        ],
        [
          'Los combates continúan en Nigeria. Las fuerzas gubernamentales tomaron el control de Monguno el lunes.',
          'es',
        ],
        // Troops loyal to the government are its own.
        [
          'Fighting goes on in Nigeria. Pro-government forces took control of Monguno on Monday.',
          'en',
        ],
        [
          'In Nigeria gehen die Kämpfe weiter. Regierungstreue Truppen haben die Stadt Monguno erobert.',
          'de',
        ],
      ],
      'nigerian-armed-forces',
      'CONTROLS',
      'monguno',
    );
    await expectEachStates(
      [
        ['Fighting goes on in Nigeria. Boko Haram attacked security forces on Monday.', 'en'],
        [
          'Les combats continuent au Nigeria. Boko Haram a attaqué les forces de sécurité lundi.',
          'fr',
        ],
        [
          'In Nigeria gehen die Kämpfe weiter. Boko Haram hat am Montag die Sicherheitskräfte angegriffen.',
          'de',
        ],
        [
          'Los combates continúan en Nigeria. Boko Haram atacó a las fuerzas de seguridad el lunes.',
          'es',
        ],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'nigerian-armed-forces',
    );
    // A place of the sentence's own puts the troops there, whose state the text does not say
    // (armed-sides.test.ts: "Talks were held in Egypt. Hamas attacked government forces in Gaza").
    // Two states named, another state's army named, a word naming another body or an ally: nobody.
    await expectNoneStates(
      [
        [
          'Chad and Nigeria met in Abuja. Government forces took control of Monguno on Monday.',
          'en',
        ],
        [
          'Die tschadische Armee rückte nach Nigeria vor. Die Regierungstruppen haben die Stadt Monguno zurückerobert.',
          'de',
        ],
        [
          'Fighting goes on in Nigeria. Local security forces took control of Monguno on Monday.',
          'en',
        ],
        [
          'Les combats continuent au Nigeria. Les forces de sécurité régionales ont repris Monguno lundi.',
          'fr',
        ],
        [
          'Fighting goes on in Nigeria. Pro-government militias took control of Monguno on Monday.',
          'en',
        ],
        [
          'Los combates continúan en Nigeria. Las milicias progubernamentales tomaron el control de Monguno el lunes.',
          'es',
        ],
        [
          'In Nigeria gehen die Kämpfe weiter. Regierungsfeindliche Truppen haben die Stadt Monguno erobert.',
          'de',
        ],
      ],
      'CONTROLS',
    );
  });

  test('"los militares", "les militaires" alone are the army "the army" would mean; "unos militares" are not', async () => {
    await expectEachStates(
      [
        [
          'Los combates continúan en Nigeria. Los militares tomaron el control de Monguno el lunes.',
          'es',
        ],
        [
          'Les combats continuent au Nigeria. Les militaires ont repris Monguno à Boko Haram lundi.',
          'fr',
        ],
      ],
      'nigerian-armed-forces',
      'CONTROLS',
      'monguno',
    );
    await expectNoneStates(
      [
        [
          'Los combates continúan en Nigeria. Unos militares tomaron el control de Monguno el lunes.',
          'es',
        ],
      ],
      'CONTROLS',
    );
  });
});
