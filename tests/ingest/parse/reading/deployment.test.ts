import {
  expectEachStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and forces deployed, sent or present somewhere', () => {
  test('an armed group is deployed where its people are, or where a noun of deployment puts them', async () => {
    const english = await extract('Wagner personnel are in Mali.', 'en');
    expect(find(english, 'wagner-group', 'DEPLOYED_TO', 'mali')).toHaveLength(1);
    const german = await extract('Der Einsatz der Wagner-Söldner in Libyen wurde bestätigt.', 'de');
    expect(find(german, 'wagner-group', 'DEPLOYED_TO', 'libya')).toHaveLength(1);
    // The Spanish parser takes an Arabic "Al" opening a name for "a + el".
    const article = await extract('Al Shabab atacó a las tropas kenianas.', 'es');
    expect(find(article, 'al-shabaab', 'AT_WAR_WITH', 'kenya-defence-forces')).toHaveLength(1);
    // The Spanish parser heads "estar en" with the verb, not with the place.
    const spanish = await extract('Las tropas rusas están en Malí.', 'es');
    expect(find(spanish, 'russian-armed-forces', 'DEPLOYED_TO', 'mali')).toHaveLength(1);
    const visit = await extract('El presidente de Francia está en Malí.', 'es');
    expect(visit.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test("troops said to be in a place are deployed there, but not a state's army at home nor a people's fighters", async () => {
    await expectEachStates(
      [
        ['Russian troops in Syria came under fire.', 'en'],
        ['Les soldats russes en Syrie ont été attaqués.', 'fr'],
        ['Die russischen Soldaten in Syrien wurden angegriffen.', 'de'],
        ['Los soldados rusos en Siria fueron atacados.', 'es'],
        ['Russia has about 2,000 troops in Syria.', 'en'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'syria',
    );
    for (const text of [
      'Ukrainian soldiers in Ukraine are tired.',
      'Ethnic Armenian forces in Nagorno-Karabakh agreed to a ceasefire.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
    // A state backs no army of its own: such a reading joined two phrases by mistake.
    const own = await extract('Washington backs US troops and Kurdish fighters in Syria.', 'en');
    expect(
      own.claims.filter(
        (c) =>
          c.predicate === 'SUPPORTS_MILITARILY' &&
          c.objectId === 'armed_force:united-states-armed-forces',
      ),
    ).toEqual([]);
    // "US-Soldaten": the tokenizer splits the compound at its hyphen.
    const hyphen = await extract('Rund 900 US-Soldaten bleiben in Syrien.', 'de');
    expect(find(hyphen, 'united-states-armed-forces', 'DEPLOYED_TO', 'syria')).toHaveLength(1);
    const ethnic = await extract(
      'Ethnic Armenian forces in Nagorno-Karabakh agreed to a ceasefire.',
      'en',
    );
    expect(
      ethnic.claims.filter((c) => c.subjectId === 'armed_force:armenian-armed-forces'),
    ).toEqual([]);
  });

  test('a force that withdraws from a place was deployed there, as sure as its speaker makes it', async () => {
    await expectEachStates(
      [
        ['Wagner se retire du Mali.', 'fr'],
        ['Wagner-Söldner wollen aus Mali abziehen.', 'de'],
        ['Wagner mercenaries will withdraw from Mali.', 'en'],
        ['Los mercenarios de Wagner se retiraron de Malí.', 'es'],
      ],
      'wagner-group',
      'DEPLOYED_TO',
      'mali',
    );
    // A withdrawal refused or planned leaves the presence it takes for granted as it was.
    const refused = await extract('Russia will not withdraw its troops from Ukraine.', 'en');
    const [present] = find(refused, 'russian-armed-forces', 'DEPLOYED_TO', 'ukraine');
    expect(present?.modality).toBe('ASSERTED');
    const reported = await extract(
      'According to Interfax, the remaining units of the Armenian army would be withdrawn from Nagorno-Karabakh.',
      'en',
    );
    const [units] = find(reported, 'armenian-armed-forces', 'DEPLOYED_TO', 'nagorno-karabakh');
    expect(units?.modality).toBe('REPORTED');
    // Neither an envoy, a deal nor a lesson is a force.
    for (const [text, language] of [
      ['La France a retiré son ambassadeur du Mali.', 'fr'],
      ['Russia withdrew from the grain deal.', 'en'],
      ['Russland zog Lehren aus Mali.', 'de'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });

  test("a force's presence somewhere is its deployment, denied when its presence is denied", async () => {
    const denied = await extract(
      'Les autorités maliennes démentent toujours la présence du groupe Wagner au Mali.',
      'fr',
    );
    expect(find(denied, 'wagner-group', 'DEPLOYED_TO', 'mali').map((c) => c.modality)).toEqual([
      'DENIED',
    ]);
    const owned = await extract("Wagner's presence in Mali worries Paris.", 'en');
    expect(find(owned, 'wagner-group', 'DEPLOYED_TO', 'mali')).toHaveLength(1);
    // A state's presence is no deployment of a force.
    const state = await extract('The presence of Russia in Mali worries Paris.', 'en');
    expect(state.claims.map((c) => c.predicate)).not.toContain('DEPLOYED_TO');
  });

  test("an incursion into a place deploys its author's forces there", async () => {
    const sentences: [string, string][] = [
      ["Ukraine launched a surprise incursion into Russia's Kursk region in August.", 'en'],
      ["L'Ukraine a lancé en août une incursion dans la région russe de Koursk.", 'fr'],
      ['Der ukrainische Vorstoß in die Region Kursk überraschte Moskau.', 'de'],
      ['Ucrania lanzó en agosto una incursión en la región rusa de Kursk.', 'es'],
    ];
    await expectEachStates(sentences, 'armed-forces-of-ukraine', 'DEPLOYED_TO', 'kursk-oblast');
    // An advance with no place it goes into deploys nobody.
    const talks = await extract('Ukraine welcomed the advance of the talks in Geneva.', 'en');
    expect(talks.claims.map((c) => c.predicate)).not.toContain('DEPLOYED_TO');
  });

  test('a force based or stationed in a place is deployed there; a place is never "based"', async () => {
    await expectEachStates(
      [
        ['Russian troops are stationed in Kaliningrad.', 'en'],
        ['Des soldats russes sont stationnés à Kaliningrad.', 'fr'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'kaliningrad',
    );
    const place = await extract('Goma is based in North Kivu.', 'en');
    expect(place.claims.map((c) => c.predicate)).not.toContain('LOCATED_IN');
  });

  test('a force stationed "where" a clause says is deployed in the place the clause modifies', async () => {
    await expectEachStates(
      [["L'armée a bombardé Kidal, où sont stationnés des mercenaires de Wagner.", 'fr']],
      'wagner-group',
      'DEPLOYED_TO',
      'kidal',
    );
  });
  test('a force seen somewhere in the passive is there; an active "a signalé" places nobody', async () => {
    await expectEachStates(
      [
        ['M23 rebels have also been spotted in Goma.', 'en'],
        ['Des rebelles du M23 sont également signalés à Goma, à quelque 30 km de Kigali.', 'fr'],
      ],
      'march-23-movement',
      'DEPLOYED_TO',
      'goma',
    );
    const reported = await extract("L'armée russe a signalé des combats à Koursk.", 'fr');
    expect(reported.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test("a force's base in a place, owned or had, deploys the force there", async () => {
    await expectEachStates(
      [
        ['The Russian army has a large base at Kursk.', 'en'],
        ["The Russian army's base in Kursk was attacked.", 'en'],
        ["La base de l'armée russe à Koursk a été attaquée.", 'fr'],
        ['Der Stützpunkt der russischen Armee in Kursk wurde angegriffen.', 'de'],
        ['La base del ejército ruso en Kursk fue atacada.', 'es'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'kursk-oblast',
    );
  });

  test('a force that has, holds or keeps positions somewhere is deployed there', async () => {
    await expectEachStates(
      [
        ['The Ivorian army held positions at Kafolo.', 'en'],
        ["L'armée ivoirienne dispose d'une position à Kafolo.", 'fr'],
        ["L'armée ivoirienne tient des positions à Kafolo.", 'fr'],
        ['Die ivorische Armee hält Stellungen in Kafolo.', 'de'],
        ['El ejército marfileño mantiene posiciones en Kafolo.', 'es'],
      ],
      'ivorian-armed-forces',
      'DEPLOYED_TO',
      'kafolo',
    );
  });
  test("a military base a country's adjective describes is its army's, where a place holds it", async () => {
    await expectEachStates(
      [
        ['Kursk is home to a Russian military base.', 'en'],
        ['There is a Russian military base in Kursk.', 'en'],
        ['Il y a une base militaire russe à Koursk.', 'fr'],
        ['In Kursk gibt es eine russische Militärbasis.', 'de'],
        ['La ciudad de Kursk alberga una base militar rusa.', 'es'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'kursk-oblast',
    );
    // A base that is not called military may be any body's: an embassy's, a company's.
    const base = await extract('Kursk is home to a Russian base.', 'en');
    expect(base.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('a force active or on a mission somewhere is deployed there', async () => {
    await expectEachStates(
      [
        ['Die Wagner-Gruppe ist seit 2021 in Mali aktiv.', 'de'],
        ['The Wagner Group has been active in Mali since 2021.', 'en'],
        ['Le groupe Wagner est actif au Mali depuis 2021.', 'fr'],
        ['El Grupo Wagner está activo en Malí desde 2021.', 'es'],
      ],
      'wagner-group',
      'DEPLOYED_TO',
      'mali',
    );
    await expectEachStates(
      [['Wie das Pentagon mitteilte, sind nordkoreanische Truppen in Kursk im Einsatz.', 'de']],
      'korean-people-s-army',
      'DEPLOYED_TO',
      'kursk-oblast',
    );
  });
  test('forces fighting inside a place are there; a denial of it is a denied presence', async () => {
    await expectEachStates(
      [
        ['North Korean soldiers are fighting in the Kursk region.', 'en'],
        ['Des soldats nord-coréens combattent dans la région de Koursk.', 'fr'],
        ['Nordkoreanische Soldaten kämpfen in der Region Kursk.', 'de'],
        ['Soldados norcoreanos combaten en la región de Kursk.', 'es'],
      ],
      'korean-people-s-army',
      'DEPLOYED_TO',
      'kursk-oblast',
    );
    const denied = find(
      await extract(
        'Der Kreml bestritt, dass nordkoreanische Soldaten in der Ukraine kämpfen.',
        'de',
      ),
      'korean-people-s-army',
      'DEPLOYED_TO',
      'ukraine',
    );
    expect(denied.map((c) => c.modality)).toEqual(['DENIED']);
    // Striking targets in a city is no presence in it.
    const struck = await extract('Russian forces struck targets in Kharkiv.', 'en');
    expect(struck.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test("a group's fighters, or the group by its name, sent or deployed somewhere are deployed there", async () => {
    await expectEachStates(
      [
        ['Wagner mercenaries are deployed in Mali.', 'en'],
        ['Russia sent the Wagner Group to Mali in 2021.', 'en'],
        ['Les mercenaires de Wagner sont déployés au Mali depuis 2021.', 'fr'],
        ['Le groupe Wagner est déployé au Mali depuis 2021.', 'fr'],
      ],
      'wagner-group',
      'DEPLOYED_TO',
      'mali',
    );
    const envoy = await extract('The Kremlin sent its envoy to Mali.', 'en');
    expect(envoy.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('"its soil" is the land of the sentence\'s subject, where troops are denied or sent', async () => {
    const denied = await extract(
      'Moscow denies the presence of North Korean troops on its soil.',
      'en',
    );
    expect(
      find(denied, 'korean-people-s-army', 'DEPLOYED_TO', 'russia').map((c) => c.modality),
    ).toEqual(['DENIED']);
    const accused = await extract(
      'Kinshasa accuse Kigali de déployer des soldats sur son territoire.',
      'fr',
    );
    expect(
      find(accused, 'rwanda-defence-force', 'DEPLOYED_TO', 'democratic-republic-of-the-congo'),
    ).toHaveLength(1);
    expect(find(accused, 'rwanda-defence-force', 'DEPLOYED_TO', 'rwanda')).toEqual([]);
  });

  test("an offensive launched in a place takes its author's forces there", async () => {
    await expectEachStates(
      [
        ['Azerbaijan launched a military offensive in Nagorno-Karabakh on Tuesday.', 'en'],
        ["L'Azerbaïdjan a lancé une offensive militaire au Haut-Karabakh mardi.", 'fr'],
        ['Aserbaidschan hat eine Offensive in Berg-Karabach gestartet.', 'de'],
        ['Azerbaiyán lanzó una ofensiva en Nagorno Karabaj.', 'es'],
      ],
      'azerbaijani-armed-forces',
      'DEPLOYED_TO',
      'nagorno-karabakh',
    );
    const charm = await extract('Russia launched a charm offensive in Africa last year.', 'en');
    const diplomacy = await extract('La Chine mène une offensive diplomatique en Afrique.', 'fr');
    for (const batch of [charm, diplomacy])
      expect(batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('troops that exist in a place are deployed there: there are, il y a, es gibt, hay', async () => {
    await expectEachStates(
      [
        ['There are North Korean troops in Russia.', 'en'],
        ['Il y a des soldats nord-coréens en Russie.', 'fr'],
        ['Es gibt nordkoreanische Soldaten in Russland.', 'de'],
        ['El Kremlin negó que hubiera soldados norcoreanos en Rusia.', 'es'],
      ],
      'korean-people-s-army',
      'DEPLOYED_TO',
      'russia',
    );
  });

  test('where troops are sent is not whose they are', async () => {
    const batch = await extract('Il y a deux ans, la Russie a envoyé des troupes au Mali.', 'fr');
    expect(find(batch, 'russian-armed-forces', 'DEPLOYED_TO', 'mali')).toHaveLength(1);
    expect(find(batch, 'malian-armed-forces', 'DEPLOYED_TO', 'mali')).toEqual([]);
  });

  test('troops sent to reinforce or secure a place are deployed there', async () => {
    for (const [text, language, force, place] of [
      [
        'El Ejército colombiano envió 300 militares para reforzar la zona del Catatumbo.',
        'es',
        'military-forces-of-colombia',
        'catatumbo',
      ],
      [
        'La France a envoyé 500 soldats pour renforcer la sécurité à Gao.',
        'fr',
        'french-armed-forces',
        'gao',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, force, 'DEPLOYED_TO', place).length]).toEqual([text, 1]);
    }
    // Aid sent to protect civilians sends no troops.
    const aid = await extract('The government sent aid to protect civilians in Gao.', 'en');
    expect(aid.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test("an army's attacked position or post is where that army is", async () => {
    for (const [text, language, force, place] of [
      [
        "Les jihadistes ont attaqué une position de l'armée malienne près de Gao.",
        'fr',
        'malian-armed-forces',
        'gao',
      ],
      [
        'Die ukrainischen Truppen griffen eine Stellung der russischen Armee bei Kursk an.',
        'de',
        'russian-armed-forces',
        'kursk-oblast',
      ],
      [
        'Los rebeldes atacaron una posición del ejército sudanés en Jartum.',
        'es',
        'sudanese-armed-forces',
        'khartoum',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, force, 'DEPLOYED_TO', place).length]).toEqual([text, 1]);
    }
    const stance = await extract("Russia's position on the talks in Geneva did not change.", 'en');
    expect(stance.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('the sides of a fight on the ground are where it is fought; not near it, nor in a war at large', async () => {
    const inside = await extract(
      'Los enfrentamientos entre el ejército mexicano y el CJNG en el estado de Michoacán dejaron diez muertos.',
      'es',
    );
    expect(find(inside, 'mexican-armed-forces', 'DEPLOYED_TO', 'michoacan')).toHaveLength(1);
    const near = await extract(
      'Los enfrentamientos entre las fuerzas armenias y azerbaiyanas cerca de Nagorno-Karabakh dejaron diez muertos.',
      'es',
    );
    expect(near.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
    const war = await extract('The war between Israel and Iran in the Middle East goes on.', 'en');
    expect(war.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });
  test('no deployment from a parade, from entering talks, from heading somewhere, or from what troops may do', async () => {
    for (const [text, language] of [
      ['Chinese troops marched in the Victory Day parade in Moscow on Thursday.', 'en'],
      ["L'armée soudanaise est entrée en négociations avec les FSR à Djeddah.", 'fr'],
      ['Die russischen Truppen sind in Richtung Pokrowsk vorgerückt.', 'de'],
      ['Belarusian troops may enter the Volyn region, Ukrainian officials fear.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });

  test('a force present in places listed, or in a part of a country, is present in each', async () => {
    const listed = await extract('Boko Haram operates in Nigeria and Niger.', 'en');
    expect(find(listed, 'boko-haram', 'DEPLOYED_TO', 'nigeria')).toHaveLength(1);
    expect(find(listed, 'boko-haram', 'DEPLOYED_TO', 'niger')).toHaveLength(1);
    await expectEachStates(
      [
        ['Boko Haram operates in the north of Nigeria.', 'en'],
        ['Boko Haram opera en el norte de Nigeria.', 'es'],
      ],
      'boko-haram',
      'DEPLOYED_TO',
      'nigeria',
    );
  });

  test('a known armed group named alone is present where it is active, or where it keeps its camps', async () => {
    await expectEachStates(
      [
        ['The PKK is active in Iraq.', 'en'],
        ['Die PKK ist im Irak aktiv.', 'de'],
        ['The PKK has camps in Iraq.', 'en'],
      ],
      'kurdistan-workers-party',
      'DEPLOYED_TO',
      'iraq',
    );
    await expectEachStates(
      [['Boko Haram has its headquarters in Niger.', 'en']],
      'boko-haram',
      'DEPLOYED_TO',
      'niger',
    );
    // An organisation no list knows as armed is present through its people only.
    const party = await extract('The Workers Party of Brazil is active in Paraguay.', 'en');
    expect(party.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('a group described as active somewhere, in a predicate or beside its name, is present there', async () => {
    await expectEachStates(
      [
        ['Boko Haram is an insurgent group active in Borno.', 'en'],
        ['Boko Haram, an insurgent group active in Borno, attacked the army.', 'en'],
        ['Boko Haram est un groupe insurgé actif à Borno.', 'fr'],
        ["Boko Haram, un groupe actif dans l'État de Borno, a attaqué l'armée.", 'fr'],
        ['Boko Haram ist eine in Borno aktive Rebellengruppe.', 'de'],
        ['Die in Borno aktive Gruppe Boko Haram griff die Armee an.', 'de'],
        ['Boko Haram es un grupo insurgente activo en Borno.', 'es'],
      ],
      'boko-haram',
      'DEPLOYED_TO',
      'borno',
    );
    // A person described so is nobody's force.
    const lawyer = await extract('Musa is a lawyer active in Borno.', 'en');
    expect(lawyer.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('a list whose items repeat their preposition is one list, each item a place of the verb', async () => {
    for (const country of ['nigeria', 'chad', 'cameroon'])
      await expectEachStates(
        [
          ['Boko Haram opère au Nigeria, au Tchad et au Cameroun.', 'fr'],
          ['Boko Haram opera en Nigeria, en Chad y en Camerún.', 'es'],
        ],
        'boko-haram',
        'DEPLOYED_TO',
        country,
      );
  });

  test('"pulled out of" a country: the force had been there', async () => {
    const batch = await extract('French troops pulled out of Mali in 2022.', 'en');
    expect(find(batch, 'french-armed-forces', 'DEPLOYED_TO', 'mali')).toHaveLength(1);
    // The parser may make "out of" one marker of the place.
    const gaza = await extract('Israel pulled out of Gaza in 2005.', 'en');
    expect(find(gaza, 'israel-defense-forces', 'DEPLOYED_TO', 'gaza-strip')).toHaveLength(1);
    const niger = await extract('The United States will pull its troops out of Niger.', 'en');
    expect(find(niger, 'united-states-armed-forces', 'DEPLOYED_TO', 'niger')).toHaveLength(1);
    const talks = await extract('France pulled out of the talks on Mali.', 'en');
    expect(talks.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });
});

describe('parse-v1 and forces moving into a place', () => {
  test('troops entering or pushing into a place are deployed there; not advancing towards it, nor entering a war', async () => {
    await expectEachStates(
      [
        ['Russian troops advanced into Georgia.', 'en'],
        ['Tropas rusas entraron en Georgia.', 'es'],
        ['Russische Truppen marschierten in Georgien ein.', 'de'],
        ['Mit dem Einmarsch russischer Truppen in Georgien wachsen die Sorgen.', 'de'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'georgia',
    );
    const towards = await extract('Russian troops advanced towards Kyiv.', 'en');
    expect(towards.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
    const war = await extract('North Korean troops entered the war in Ukraine.', 'en');
    expect(war.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });
});

describe('parse-v1 and forces patrolling or intervening in a place', () => {
  test('a force that patrols or intervenes somewhere is deployed there', async () => {
    for (const [text, language, force, place] of [
      [
        'Des soldats français patrouillent au Mali depuis 2013.',
        'fr',
        'french-armed-forces',
        'mali',
      ],
      ['Russische Soldaten patrouillieren in Syrien.', 'de', 'russian-armed-forces', 'syria'],
      ['Soldados rusos patrullan en Siria.', 'es', 'russian-armed-forces', 'syria'],
      [
        'The Rwandan army intervened in Mozambique in 2021.',
        'en',
        'rwanda-defence-force',
        'mozambique',
      ],
    ] as const) {
      const found = find(await extract(text, language), force, 'DEPLOYED_TO', place);
      expect([text, found.length]).toEqual([text, 1]);
    }
  });

  test('a force is deployed in the place it patrols, named as the object, unless it only could', async () => {
    await expectEachStates(
      [
        ['Rwandan troops patrol Cabo Delgado.', 'en'],
        ['Les soldats rwandais patrouillent la province du Cabo Delgado.', 'fr'],
        ['Los soldados ruandeses patrullan la provincia de Cabo Delgado.', 'es'],
      ],
      'rwanda-defence-force',
      'DEPLOYED_TO',
      'cabo-delgado',
    );
    const could = await extract('Rwandan troops could patrol Cabo Delgado.', 'en');
    expect(find(could, 'rwanda-defence-force', 'DEPLOYED_TO', 'cabo-delgado')).toEqual([]);
  });
});

describe('parse-v1 and troops based in a place', () => {
  test('troops "based in" a place are deployed there, though the parser makes "based in" one marker', async () => {
    await expectEachStates(
      [
        ['Russia has troops based in Syria.', 'en'],
        ['Russian troops based in Syria withdrew.', 'en'],
        ['Les troupes russes basées en Syrie se sont retirées.', 'fr'],
        ['Die in Syrien stationierten russischen Truppen zogen ab.', 'de'],
        ['Las tropas rusas basadas en Siria se retiraron.', 'es'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'syria',
    );
    // Where troops are based is not whose they are.
    const based = await extract('Russia has troops based in Syria.', 'en');
    expect(based.claims.filter((c) => c.subjectId?.endsWith(':syrian-armed-forces'))).toEqual([]);
  });
});

describe('parse-v1 and the fallen, present where they fell', () => {
  test('a force that lost men in a place the sentence names was deployed there', async () => {
    for (const [text, language, force, place] of [
      [
        'Seven Chadian soldiers were killed in an attack in Bol.',
        'en',
        'chadian-national-army',
        'bol',
      ],
      ['Sechs Wagner-Söldner wurden in der Region Ségou getötet.', 'de', 'wagner-group', 'segou'],
      [
        'Cuatro militares mexicanos murieron en un ataque en Aguililla.',
        'es',
        'mexican-armed-forces',
        'aguililla',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, force, 'DEPLOYED_TO', place).length]).toEqual([text, 1]);
    }
  });

  test('not near the place, not a state at home, not where one person fell', async () => {
    for (const [text, language] of [
      ['Cinq soldats maliens ont été tués près de Gao.', 'fr'],
      ['Twelve Nigerian soldiers were killed in Nigeria.', 'en'],
      ['Le chef du Hamas, Ismaïl Haniyeh, a été tué à Téhéran.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN').length,
      ]).toEqual([text, 1]);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and forces attacked in a place', () => {
  test('a force an attack hits inside a place was there, whoever attacked it', async () => {
    for (const [text, language] of [
      ['Militants attacked Malian soldiers in Timbuktu on Monday.', 'en'],
      ['An attack on the Malian army in Timbuktu killed five people.', 'en'],
      ["L'armée malienne a été attaquée à Tombouctou.", 'fr'],
      ['Yihadistas atacaron a soldados malienses en Tombuctú.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'malian-armed-forces', 'DEPLOYED_TO', 'timbuktu').length]).toEqual([
        text,
        1,
      ]);
    }
  });

  test('"an army post" with no country beside it is the army the article means', async () => {
    const batch = await extract(
      'The Malian army has fought jihadists for years. On Monday, jihadists attacked an army post in Timbuktu.',
      'en',
    );
    expect(find(batch, 'malian-armed-forces', 'DEPLOYED_TO', 'timbuktu')).toHaveLength(1);
    const struck = await extract("Israel's army said it struck military targets in Iran.", 'en');
    expect(struck.claims.filter((c) => c.predicate === 'DEPLOYED_TO')).toEqual([]);
  });

  test('not a place the attack was near, nor a state hit, nor an army at home', async () => {
    for (const [text, language] of [
      ['Jihadists ambushed a Malian army patrol near Timbuktu.', 'en'],
      ['Russia attacked Ukraine in Kharkiv.', 'en'],
      ['Rebels attacked the Malian army in Mali.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and a place after the second side of "between"', () => {
  test('"clashes between Philippine troops and the Maute Group in Marawi": both sides fought there', async () => {
    for (const [text, language, sides, place] of [
      [
        'Clashes between Philippine troops and the Maute Group in Marawi killed dozens.',
        'en',
        ['armed-forces-of-the-philippines', 'maute-group'],
        'marawi',
      ],
      [
        'Los combates entre el ejército colombiano y el ELN en Catatumbo dejaron 30 muertos.',
        'es',
        ['military-forces-of-colombia', 'national-liberation-army'],
        'catatumbo',
      ],
      // The gerund subject of "broke out" is the fight's noun.
      [
        'Fighting broke out between Philippine troops and the Maute Group in Marawi.',
        'en',
        ['armed-forces-of-the-philippines', 'maute-group'],
        'marawi',
      ],
    ] as const) {
      const batch = await extract(text, language);
      for (const side of sides)
        expect([text, side, find(batch, side, 'DEPLOYED_TO', place).length]).toEqual([
          text,
          side,
          1,
        ]);
    }
  });
});

describe('parse-v1 and a force operating from a place', () => {
  test('"operates from Afghan territory", "opère depuis", "von … aus", "opera desde": the force is there', async () => {
    await expectEachStates(
      [
        ['The Pakistani Taliban operate from Afghan territory.', 'en'],
        ['The Pakistani Taliban operate from Afghanistan.', 'en'],
        ["Les talibans pakistanais opèrent depuis l'Afghanistan.", 'fr'],
        ['Die pakistanischen Taliban operieren von afghanischem Territorium aus.', 'de'],
        ['Los talibanes paquistaníes operan desde Afganistán.', 'es'],
      ],
      'tehrik-i-taliban-pakistan',
      'DEPLOYED_TO',
      'afghanistan',
    );
    // A date it operates from, a state operating, a distance from a place, or operating that has
    // stopped or may come place nothing.
    for (const [text, language] of [
      ['The Pakistani Taliban have operated since 2007.', 'en'],
      ['Los talibanes paquistaníes operan desde 2007.', 'es'],
      ['Pakistan operates from Afghan territory.', 'en'],
      ['Russian troops operate 30 kilometres from Kherson.', 'en'],
      ['The Wagner group operates independently from Moscow.', 'en'],
      ["L'armée russe opère loin de Kherson.", 'fr'],
      ['Die russische Armee operiert weit von Cherson entfernt.', 'de'],
      ['Russian troops stopped operating from Belarus.', 'en'],
      ['Russian troops could operate from Belarus.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and forces round a place', () => {
  test('"encircled Avdiivka", "ont encerclé", "umzingelten", "rodearon": the forces are there', async () => {
    await expectEachStates(
      [
        ['Russian troops encircled Avdiivka.', 'en'],
        ['Avdiivka was encircled by Russian troops.', 'en'],
        ['Les troupes russes ont encerclé Avdiïvka.', 'fr'],
        ['Russische Truppen umzingelten Awdijiwka.', 'de'],
        ['Awdijiwka wurde von russischen Truppen eingekesselt.', 'de'],
        ['Las tropas rusas rodearon Avdiivka.', 'es'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'avdiivka',
    );
    // Forces encircled inside a place are there as well.
    await expectEachStates(
      [
        ['Ukrainian troops were encircled in Avdiivka.', 'en'],
        ['Des soldats ukrainiens ont été encerclés à Avdiïvka.', 'fr'],
        ['Ukrainische Soldaten sind in Awdijiwka eingekesselt.', 'de'],
      ],
      'armed-forces-of-ukraine',
      'DEPLOYED_TO',
      'avdiivka',
    );
    // A police force is its officers: it is where they close round a town.
    await expectEachStates(
      [
        ['Kosovo police surrounded Mitrovica.', 'en'],
        ['La police kosovare a encerclé Mitrovica.', 'fr'],
      ],
      'kosovo-police',
      'DEPLOYED_TO',
      'mitrovica',
    );
    // What they may yet do, a whole country, people round a town, a figure of speech, another
    // German verb ("stellt … um" converts), or a police force anywhere but where it patrols or
    // closes in, place no force.
    for (const [text, language] of [
      ['Russian troops could encircle Avdiivka.', 'en'],
      ['Russian troops nearly encircled Avdiivka.', 'en'],
      ['Les troupes russes veulent encercler Avdiïvka.', 'fr'],
      ['Russian troops encircled Ukraine.', 'en'],
      ['Protesters surrounded Avdiivka.', 'en'],
      ['Ukrainian soldiers were surrounded by reporters in Berlin.', 'en'],
      ['Die Wagner-Gruppe wird in Frankreich von Kritikern umzingelt.', 'de'],
      ['El grupo Wagner está rodeado de polémica en Francia.', 'es'],
      ['Die russische Armee stellt Belgorod auf Kriegswirtschaft um.', 'de'],
      ['Kosovo Police remained popular in Mitrovica.', 'en'],
      ['Die kosovarische Polizei präsentierte in Mitrovica die Waffen.', 'de'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and what a force stays', () => {
  test('"remains popular in Belgrade" places no force; "remained active", "trapped" in Libya does', async () => {
    for (const [text, language] of [
      ['The Russian army remains popular in Belgrade.', 'en'],
      ["L'armée russe reste populaire à Belgrade.", 'fr'],
      ['Die russische Armee bleibt in Serbien beliebt.', 'de'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'DEPLOYED_TO')]).toEqual([text, []]);
    }
    await expectEachStates(
      [
        ['Wagner remained active in Libya.', 'en'],
        ['Wagner reste actif en Libye.', 'fr'],
        ['Wagner fighters remained trapped in Libya.', 'en'],
        ['Wagner fighters remained entrenched in Libya.', 'en'],
      ],
      'wagner-group',
      'DEPLOYED_TO',
      'libya',
    );
  });
});
