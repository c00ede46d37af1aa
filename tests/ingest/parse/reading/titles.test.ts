import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and titles: leaders, spokespeople and members', () => {
  test('a German hyphened title, "Kreml-Sprecher Dmitri Peskow", names its holder, who speaks', async () => {
    const sentences = [
      'Kreml-Sprecher Dmitri Peskow sagte, Russland habe Truppen nach Belarus verlegt.',
      'Pentagon-Sprecher Pat Ryder sagte, Russland habe Truppen nach Belarus verlegt.',
    ];
    const found = [];
    for (const text of sentences) {
      const batch = await extract(text, 'de');
      const [title] = batch.claims.filter((c) => c.predicate === 'SPOKESPERSON_OF');
      const [deployed] = find(batch, 'russian-armed-forces', 'DEPLOYED_TO', 'belarus');
      found.push([title?.subjectId, title?.objectId, deployed?.attributedToId]);
    }
    expect(found).toEqual([
      ['person:dmitry-peskov', 'organization:kremlin', 'person:dmitry-peskov'],
      ['person:pat-ryder', 'organization:pentagon', 'person:pat-ryder'],
    ]);
  });

  test('a German compound title names its holder; a military chief belongs to the group he does not lead', async () => {
    const spokesman = await extract(
      'Der Hamas-Militärsprecher Abu Obeida kündigte weitere Angriffe an.',
      'de',
    );
    expect(find(spokesman, 'abu-obeida', 'SPOKESPERSON_OF', 'hamas')).toHaveLength(1);
    await expectEachStates(
      [
        ['Hamas-Militärchef Mohammed Deif wurde bei einem Luftangriff getötet.', 'de'],
        ['Le chef militaire du Hamas, Mohammed Deif, a été tué.', 'fr'],
        ["Hamas's military leader Mohammed Deif was killed in July.", 'en'],
      ],
      'mohammed-deif',
      'MEMBER_OF',
      'hamas',
    );
    const deputy = await extract('Der Hamas-Vizechef Saleh al-Aruri wurde getötet.', 'de');
    expect(deputy.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });

  test("a title over a group's unit or office makes its holder a member of the group", async () => {
    const sentences: [string, string][] = [
      ['Mohammed Deif, a member of the political office of Hamas, accused Israel.', 'en'],
      ["The strike killed Mohammed Deif, commander of Hamas' Khan Younis brigade.", 'en'],
      ['Mohammed Deif, le chef de la police du mouvement islamiste Hamas, a été tué.', 'fr'],
      ['Mohammed Deif, Chef des militärischen Flügels der Hamas, wurde getötet.', 'de'],
      ['Mohammed Deif, jefe de la oficina política de Hamás, murió.', 'es'],
    ];
    await expectEachStates(sentences, 'mohammed-deif', 'MEMBER_OF', 'hamas');
    // Leading a unit is not leading the group.
    const police = await extract(sentences[2]![0], 'fr');
    expect(find(police, 'mohammed-deif', 'LEADER_OF', 'hamas')).toEqual([]);
    // Nor is heading one of its offices.
    const headed: [string, string][] = [
      ['Mohammed Deif headed the Hamas internal security agency.', 'en'],
      ['Mohammed Deif leitete die Hamas-Behörde für innere Sicherheit.', 'de'],
    ];
    for (const [text, language] of headed) {
      const batch = await extract(text, language);
      expect([text, batch.claims.map((c) => c.predicate)]).toEqual([text, ['MEMBER_OF']]);
    }
  });

  test('German titles split at the hyphen: "EU-Außenbeauftragte Kaja Kallas", "US-Präsident Joe Biden"', async () => {
    const batch = await extract(
      'Das sagte die EU-Außenbeauftragte Kaja Kallas am Montag. Man stehe mit US-Präsident Joe Biden in Kontakt.',
      'de',
    );
    expect(find(batch, 'kaja-kallas', 'MEMBER_OF', 'european-union')).toHaveLength(1);
    expect(find(batch, 'joe-biden', 'LEADER_OF', 'united-states')).toHaveLength(1);
  });

  test('English title chains: the body may qualify a word of the title, or own the name', async () => {
    const batch = await extract(
      "Deputy Pentagon Press Secretary Sabrina Singh spoke on Tuesday. Losses are heavy, according to the Pentagon's Press Secretary John Doe.",
      'en',
    );
    expect(find(batch, 'sabrina-singh', 'SPOKESPERSON_OF', 'pentagon')).toHaveLength(1);
    expect(find(batch, 'john-doe', 'SPOKESPERSON_OF', 'pentagon')).toHaveLength(1);
    expect(batch.claims.filter((c) => c.predicate === 'MEMBER_OF')).toEqual([]);
  });

  test('"X, led by Y": a participle with its agent is a passive, and describes its own conjunct only', async () => {
    const batch = await extract(
      'The Wagner Group, led by Yevgeny Prigozhin, and the Malian army fought the rebels near Kidal.',
      'en',
    );
    expect(find(batch, 'yevgeny-prigozhin', 'LEADER_OF', 'wagner-group')).toHaveLength(1);
    expect(find(batch, 'yevgeny-prigozhin', 'LEADER_OF', 'malian-armed-forces')).toHaveLength(0);
    // They fought someone unnamed together, not each other.
    expect(find(batch, 'wagner-group', 'AT_WAR_WITH', 'malian-armed-forces')).toHaveLength(0);
  });

  test('"the members of X led by Y": the group is led, where the parser hangs the participle on its members', async () => {
    const batch = await extract(
      'Troops clashed on Monday with the members of the Maute Group led by Abdullah Maute near Marawi.',
      'en',
    );
    expect(batch.claims.filter((c) => c.predicate === 'LEADER_OF')).toHaveLength(1);
    expect(find(batch, 'abdullah-maute', 'LEADER_OF', 'maute-group')).toHaveLength(1);
  });

  test('a title the parser makes a conjunct beside the name before its comma describes that name', async () => {
    // The parser joins both the name and "chef" to "20 Minutes" as conjuncts.
    const batch = await extract(
      'Dans des propos rapportés traduits par 20 Minutes, Sami Khoury, chef du Hezbollah, indique qu’il s’agit de l’attaque la plus meurtrière.',
      'fr',
    );
    expect(find(batch, 'sami-khoury', 'LEADER_OF', 'hezbollah')).toHaveLength(1);
  });

  test('the commander of a unit of a group is a member of the group, not its leader', async () => {
    for (const [text, language] of [
      ['Karim Haddad, commander of Hezbollah’s rocket unit, was killed on Sunday.', 'en'],
      ['Le commandant Karim Haddad, chef d’une unité du Hezbollah, a été tué dimanche.', 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect(find(batch, 'karim-haddad', 'MEMBER_OF', 'hezbollah')).toHaveLength(1);
      expect(find(batch, 'karim-haddad', 'LEADER_OF', 'hezbollah')).toHaveLength(0);
    }
  });

  test('a name set off by commas after a title holds it, also when the parser made it a conjunct', async () => {
    const sentences: [string, string][] = [
      ['Among the dead was an RSF commander, Ali Yagoub Gibril, and the attackers fled.', 'en'],
      [
        'Parmi les morts figure un commandant des RSF, Ali Yagoub Gibril, et les assaillants ont fui.',
        'fr',
      ],
      [
        'Entre los muertos figura un comandante de las RSF, Ali Yagoub Gibril, y los atacantes huyeron.',
        'es',
      ],
    ];
    await expectEachStates(sentences, 'ali-yagoub-gibril', 'MEMBER_OF', 'rapid-support-forces');
    // Joined by "and", the name is someone else beside the commander.
    const pair = await extract('An RSF commander and Ali Yagoub Gibril were killed.', 'en');
    expect(pair.claims.map((c) => c.predicate)).not.toContain('MEMBER_OF');
  });

  test("a minister with a portfolio and a country leads that country's ministry, not the country", async () => {
    const defence: [string, string][] = [
      ['Israeli Defence Minister Israel Katz visited Gaza.', 'en'],
      [
        "Mercredi, le ministre israélien de la Défense, Israel Katz, a menacé d'intensifier ses frappes.",
        'fr',
      ],
    ];
    await expectEachStates(defence, 'israel-katz', 'LEADER_OF', 'ministry-of-defence-of-israel');
    const foreign: [string, string][] = [
      ["Ukraine's foreign minister Dmytro Kuleba said the drones came from Iran.", 'en'],
      ['Nach Angaben des ukrainischen Außenministers Dmytro Kuleba gab es Angriffe.', 'de'],
    ];
    await expectEachStates(
      foreign,
      'dmytro-kuleba',
      'LEADER_OF',
      'ministry-of-foreign-affairs-of-ukraine',
    );
    // "Wagner" in a person's name is no armed group; "the" comes before a republic's name.
    await expectEachStates(
      [['La ministra de Exteriores de la RDC, Thérèse Kayikwamba Wagner, habló.', 'es']],
      'therese-kayikwamba-wagner',
      'LEADER_OF',
      'ministry-of-foreign-affairs-of-the-democratic-republic-of-the-congo',
    );
    const katz = await extract('Israeli Defence Minister Israel Katz visited Gaza.', 'en');
    expect(find(katz, 'israel-katz', 'LEADER_OF', 'israel')).toEqual([]);
  });

  test("a minister with no country beside is the article's one country's, not a territory's", async () => {
    await expectEachStates(
      [
        [
          'En El Salvador, tres pandilleros murieron en un tiroteo, según informó el ministro de Defensa, René Merino.',
          'es',
        ],
      ],
      'rene-merino',
      'LEADER_OF',
      'ministry-of-defence-of-el-salvador',
    );
    const territory = await extract(
      "En Nouvelle-Calédonie, un gendarme a été tué, a détaillé le ministre de l'Intérieur Gérald Darmanin.",
      'fr',
    );
    expect(territory.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });

  test('a capital named as a place names its country for a minister named later without one', async () => {
    await expectEachStates(
      [
        [
          'El choque ocurrió a 376 kilómetros al norte de Asunción. El ministro del Interior, Francisco de Vargas, dijo que dos rebeldes murieron.',
          'es',
        ],
      ],
      'francisco-de-vargas',
      'LEADER_OF',
      'ministry-of-internal-affairs-of-paraguay',
    );
    // A colonist's nationality is his own, not the story's: the minister is still the capital's.
    const colonist = await extract(
      'El choque ocurrió en la finca de un colono brasileño, a 376 kilómetros al norte de Asunción. El ministro del Interior, Francisco de Vargas, dijo que dos rebeldes murieron.',
      'es',
    );
    expect(
      colonist.claims.filter((c) => c.predicate === 'LEADER_OF').map((c) => c.objectId),
    ).toEqual(['organization:ministry-of-internal-affairs-of-paraguay']);
  });

  test("a nationality on a civilian's noun is not the country of a minister named later", async () => {
    const civilians: [string, string][] = [
      [
        'A Brazilian tourist was killed on Monday in an attack. Interior Minister John Smith condemned the attack.',
        'en',
      ],
      [
        "Un touriste brésilien a été tué lundi dans une attaque. Le ministre de l'Intérieur, Jean Dupont, a condamné l'attaque.",
        'fr',
      ],
      [
        'Un turista brasileño murió el lunes en un ataque. El ministro del Interior, Juan Pérez, condenó el ataque.',
        'es',
      ],
    ];
    for (const [text, language] of civilians) {
      const leads = (await extract(text, language)).claims.filter(
        (c) => c.predicate === 'LEADER_OF',
      );
      expect([text, leads]).toEqual([text, []]);
    }
    // A soldier's is his army's country, which the story is about.
    await expectEachStates(
      [
        [
          'A Brazilian soldier was killed on Monday in an attack. Interior Minister John Smith condemned the attack.',
          'en',
        ],
      ],
      'john-smith',
      'LEADER_OF',
      'ministry-of-internal-affairs-of-brazil',
    );
  });

  test('the holder of a title may hang on the body the title serves', async () => {
    await expectEachStates(
      [
        [
          'Der Sprecher des Weißen Hauses, John Kirby, sagte am Montag, dass die Zahl bei mehreren Dutzend liege.',
          'de',
        ],
      ],
      'john-kirby',
      'SPOKESPERSON_OF',
      'white-house',
    );
    // Who heads a group's politburo belongs to the group.
    await expectEachStates(
      [['The head of the Hamas politburo, Ismail Haniyeh, was killed.', 'en']],
      'ismail-haniyeh',
      'MEMBER_OF',
      'hamas',
    );
  });

  test('a relative clause of leading names the leader, with the German separable verb kept whole', async () => {
    await expectEachStates(
      [
        ['Yahya Sinwar, who led Hamas, was killed in Rafah.', 'en'],
        ['Yahya Sinwar, qui dirigeait le Hamas, a été tué à Rafah.', 'fr'],
        ['Yahya Sinwar, der die Hamas anführte, wurde in Rafah getötet.', 'de'],
        ['Yahya Sinwar, que dirigía Hamás, murió en Rafah.', 'es'],
      ],
      'yahya-sinwar',
      'LEADER_OF',
      'hamas',
    );
  });

  test("a name in apposition with a person's title is a person's, whatever the analyser tagged", async () => {
    await expectEachStates(
      [
        [
          'El portavoz del Pentágono, Pat Ryder, dijo que las tropas norcoreanas sufrieron cientos de bajas.',
          'es',
        ],
      ],
      'pat-ryder',
      'SPOKESPERSON_OF',
      'pentagon',
    );
    // The German parser hangs a hyphenated compound's title on its first part.
    await expectEachStates(
      [
        [
          'Außerdem seien der Kommandant Sami Oudeh und das Hamas-Politbüro-Mitglied Sameh al-Siraj getötet worden.',
          'de',
        ],
      ],
      'sameh-al-siraj',
      'MEMBER_OF',
      'hamas',
    );
  });
  test('who rules in a country leads it; who commands troops there does not', async () => {
    await expectEachStates(
      [
        ['In Mali regiert General Assimi Goïta.', 'de'],
        ['Au Mali, le général Assimi Goïta gouverne depuis 2021.', 'fr'],
        ['En Malí gobierna el general Assimi Goïta.', 'es'],
      ],
      'assimi-goita',
      'LEADER_OF',
      'mali',
    );
    const commanded = await extract('Assimi Goïta commanded troops in Mali.', 'en');
    expect(find(commanded, 'assimi-goita', 'LEADER_OF', 'mali')).toEqual([]);
  });
  test('a plural title\'s further "of" conjuncts give each its holder', async () => {
    for (const [text, language] of [
      [
        'Mientras tanto, los mandatarios de RDC, Felix Tshisekedi, y de Ruanda, Paul Kagame, han prometido reunirse próximamente.',
        'es',
      ],
      [
        'Les présidents de la RDC, Félix Tshisekedi, et du Rwanda, Paul Kagame, ont promis de se rencontrer.',
        'fr',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'felix-tshisekedi', 'LEADER_OF', 'democratic-republic-of-the-congo').length,
        find(batch, 'paul-kagame', 'LEADER_OF', 'rwanda').length,
        find(batch, 'paul-kagame', 'LEADER_OF', 'democratic-republic-of-the-congo').length,
      ]).toEqual([text, 1, 1, 0]);
    }
  });
  test('a lawmaker belongs to the party named with the title, also a party named after a region', async () => {
    for (const [text, language, person, party] of [
      [
        'John Smith, a Labour Party lawmaker, said the strikes must stop.',
        'en',
        'john-smith',
        'labour-party',
      ],
      [
        'Jean Dupont, député du Parti socialiste, a déclaré que les frappes devaient cesser.',
        'fr',
        'jean-dupont',
        'parti-socialiste',
      ],
      [
        'Juan Pérez, diputado del Partido Popular, dijo que los ataques deben parar.',
        'es',
        'juan-perez',
        'partido-popular',
      ],
      [
        'Hla Thein Aung, an Arakan National Party lawmaker, said the fighting lasted all day.',
        'en',
        'hla-thein-aung',
        'arakan-national-party',
      ],
    ] as const) {
      const found = find(await extract(text, language), person, 'MEMBER_OF', party);
      expect([text, found.length]).toEqual([text, 1]);
    }
  });

  test("a title's field the parser hung elsewhere still leaves the name beside it the title's holder", async () => {
    const batch = await extract(
      'Unterdessen sagte der Sprecher des Weißen Hauses für nationale Sicherheit, John Kirby, am Montag, dass die Zahl der Opfer bei mehreren Dutzend liege.',
      'de',
    );
    expect(find(batch, 'john-kirby', 'SPOKESPERSON_OF', 'white-house')).toHaveLength(1);
  });

  test("an officer of a state's rank is a member of its armed force; an attorney general is no officer", async () => {
    await expectEachStates(
      [
        ['Der ruandische Brigadegeneral Pascal Muhizi sprach von einem Erfolg.', 'de'],
        ['Rwandan Brigadier General Pascal Muhizi spoke of a success.', 'en'],
        ['El general de brigada ruandés Pascal Muhizi habló de un éxito.', 'es'],
        ["Le général rwandais Pascal Muhizi a parlé d'un succès.", 'fr'],
      ],
      'pascal-muhizi',
      'MEMBER_OF',
      'rwanda-defence-force',
    );
    await expectEachStates(
      [
        ['A Rwandan officer, Pascal Muhizi, spoke of a success.', 'en'],
        ["Un officier rwandais, Pascal Muhizi, a parlé d'un succès.", 'fr'],
        ['Ein ruandischer Offizier, Pascal Muhizi, sprach von einem Erfolg.', 'de'],
      ],
      'pascal-muhizi',
      'MEMBER_OF',
      'rwanda-defence-force',
    );
    await expectNoneStates(
      [
        ['US Attorney General Merrick Garland spoke.', 'en'],
        ['Le capitaine français Kylian Mbappé a marqué deux buts.', 'fr'],
        ['A Rwandan police officer, Pascal Muhizi, spoke of a success.', 'en'],
      ],
      'MEMBER_OF',
    );
  });

  test("a body's secretary is one of its members, its press secretary its spokesperson", async () => {
    await expectEachStates(
      [
        ['Hezbollah secretary Ali Ahmad said the talks failed.', 'en'],
        ['Le secrétaire du Hezbollah, Ali Ahmad, a parlé.', 'fr'],
        ['El secretario de Hezbolá, Ali Ahmad, habló.', 'es'],
      ],
      'ali-ahmad',
      'MEMBER_OF',
      'hezbollah',
    );
    const press = await extract(
      'White House Press Secretary Karine Jean-Pierre said the talks failed.',
      'en',
    );
    expect(press.claims.map((c) => c.predicate)).toEqual(['SPOKESPERSON_OF']);
  });

  test('a secretary-general leads the body whose secretariat he heads', async () => {
    await expectEachStates(
      [
        ['NATO Secretary General Mark Rutte arrived in Kyiv.', 'en'],
        ["Le secrétaire général de l'Otan, Mark Rutte, est arrivé à Kiev.", 'fr'],
        ['El secretario general de la OTAN, Mark Rutte, llegó a Kiev.', 'es'],
        ['NATO-Generalsekretär Mark Rutte kam nach Kiew.', 'de'],
      ],
      'mark-rutte',
      'LEADER_OF',
      'nato',
    );
  });

  test('a German genitive before its title, and a possessive on the title, name the body served', async () => {
    const flat = await extract(
      'Syriens Machthaber Bashar al-Assad kündigte eine Gegenoffensive an.',
      'de',
    );
    expect(find(flat, 'bashar-al-assad', 'LEADER_OF', 'syria')).toHaveLength(1);
    const minister = await extract(
      'Irans Außenminister Abbas Araghtschi reiste nach Moskau.',
      'de',
    );
    expect(
      find(minister, 'abbas-araghchi', 'LEADER_OF', 'ministry-of-foreign-affairs-of-iran'),
    ).toHaveLength(1);
    await expectEachStates(
      [
        ['Der Binnenstaat Ruanda und dessen Präsident Paul Kagame feierten den Erfolg.', 'de'],
        ['Le Rwanda et son président Paul Kagame ont célébré la victoire.', 'fr'],
        ['Ruanda y su presidente Paul Kagame celebraron la victoria.', 'es'],
      ],
      'paul-kagame',
      'LEADER_OF',
      'rwanda',
    );
    // A possessive names only the state the title is joined to, and a former holder holds nothing.
    for (const text of [
      'Ukraine asked Germany for tanks, and its president Volodymyr Zelensky thanked Berlin.',
      'Ukraine and its former president Petro Poroshenko clashed over the war.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'LEADER_OF')]).toEqual([text, []]);
    }
  });

  test("a spokesperson's title after a speaker named after the verb describes that speaker", async () => {
    await expectEachStates(
      [
        // The parser takes the title for the verb's complement, then for a second subject.
        ["Un officier a été tué, a déclaré Musa Bello, porte-parole de l'armée nigériane.", 'fr'],
        [
          "L'armée nigériane a perdu un officier. Un officier a été tué, a déclaré Musa Bello, porte-parole de l'armée.",
          'fr',
        ],
      ],
      'musa-bello',
      'SPOKESPERSON_OF',
      'nigerian-armed-forces',
    );
  });

  test('"Hezbollah chief Hassan Nasrallah": the English tagger\'s adjective "chief" is the title', async () => {
    for (const [text, person, body] of [
      ['Hezbollah chief Hassan Nasrallah warned Israel.', 'hassan-nasrallah', 'hezbollah'],
      [
        'Wagner chief Yevgeny Prigozhin said his men had taken Bakhmut.',
        'yevgeny-prigozhin',
        'wagner-group',
      ],
    ] as const) {
      const batch = await extract(text, 'en');
      expect([text, find(batch, person, 'LEADER_OF', body).length]).toEqual([text, 1]);
    }
    // "The chief executive" is no title before a name of a body.
    const executive = await extract('The chief executive Tim Cook spoke in Cupertino.', 'en');
    expect(executive.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });

  test('a place after a title ("members at Sitio Sangay") names where, not who', async () => {
    const batch = await extract('About 70 Abu Sayyaf members at Sitio Sangay fled.', 'en');
    expect(
      batch.claims.filter(
        (c) => c.predicate === 'MEMBER_OF' && c.objectId === 'organization:abu-sayyaf',
      ),
    ).toEqual([]);
  });

  test('a possessive title serves the one actor named before it', async () => {
    for (const [text, language, person, body] of [
      [
        'The Taliban, through their spokesman Zabihullah Mujahid, rejected the claim.',
        'en',
        'zabihullah-mujahid',
        'taliban',
      ],
      [
        'Le Hezbollah, par la voix de son porte-parole Mohammed Afif, a démenti.',
        'fr',
        'mohammed-afif',
        'hezbollah',
      ],
      ['Die Hamas wies das über ihren Sprecher Abu Obeida zurück.', 'de', 'abu-obeida', 'hamas'],
      [
        'El ELN, a través de su portavoz Antonio García, negó el ataque.',
        'es',
        'antonio-garcia',
        'national-liberation-army',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, person, 'SPOKESPERSON_OF', body).length]).toEqual([text, 1]);
    }
    // With two actors before it, "its" is ambiguous: no claim.
    const two = await extract(
      'Ukraine asked Germany for tanks, and its spokesman Oleg Nikolenko thanked Berlin.',
      'en',
    );
    expect(two.claims.filter((c) => c.predicate === 'SPOKESPERSON_OF')).toEqual([]);
  });

  test('"le porte-parole des Forces armées du Kivu" speaks for those forces, an armed force by its name', async () => {
    const batch = await extract(
      'Jean Mbala, le porte-parole des Forces armées du Kivu, a déclaré que la ville était calme.',
      'fr',
    );
    const spoken = batch.claims.filter(
      (c) => c.subjectId === 'person:jean-mbala' && c.predicate === 'SPOKESPERSON_OF',
    );
    expect(spoken.map((c) => c.objectId)).toEqual([
      batch.entities.find((e) => e.name === 'Forces armées du Kivu')?.id,
    ]);
    expect(batch.entities.find((e) => e.name === 'Forces armées du Kivu')?.kind).toBe(
      'ARMED_FORCE',
    );
  });

  test('a name the parser joins to the body\'s name, after a comma, holds the title: "der Anführer der Gruppe TTP, Noor Wali Mehsud"', async () => {
    const batch = await extract(
      'Am Donnerstag war der Anführer der militanten Gruppe TTP, Noor Wali Mehsud, in Kabul ins Visier genommen worden.',
      'de',
    );
    expect(find(batch, 'noor-wali-mehsud', 'LEADER_OF', 'tehrik-i-taliban-pakistan')).toHaveLength(
      1,
    );
  });

  test('the chief of a state agency nobody names leads no state; the head of its government does', async () => {
    const agency = await extract(
      'Chief of Afghan Intelligence Agency, Rahmatullah Nabil expressed his concern.',
      'en',
    );
    // He leads no state; the agency, when it is recognised as a name, he does lead.
    expect(
      agency.claims.filter(
        (c) => c.predicate === 'LEADER_OF' && c.objectId?.startsWith('country:'),
      ),
    ).toEqual([]);
    const government = await extract(
      'The head of the Afghan government, Ashraf Ghani, said so.',
      'en',
    );
    expect(find(government, 'ashraf-ghani', 'LEADER_OF', 'afghanistan')).toHaveLength(1);
  });

  test('"one of the commanders of" a group, named beside "one", is a member of it', async () => {
    await expectEachStates(
      [
        ["L'un des commandants du M23, Willy Ngoma, a démenti.", 'fr'],
        ['Uno de los comandantes del M23, Willy Ngoma, lo desmintió.', 'es'],
        ['One of the commanders of the M23, Willy Ngoma, denied it.', 'en'],
      ],
      'willy-ngoma',
      'MEMBER_OF',
      'march-23-movement',
    );
  });

  test("a military spokesperson speaks for the one army the article names, unless somebody's own", async () => {
    await expectEachStates(
      [
        [
          'The Armed Forces of the Philippines said 191 militants died. Marawi-based military spokesman Lieutenant Colonel Jo-ar Herrera said the fighting went on.',
          'en',
        ],
      ],
      'jo-ar-herrera',
      'SPOKESPERSON_OF',
      'armed-forces-of-the-philippines',
    );
    const own = await extract(
      "Israel's army struck Gaza. The group's military spokesman Abu Obeida said the fighting continued.",
      'en',
    );
    expect(own.claims.filter((c) => c.predicate === 'SPOKESPERSON_OF')).toEqual([]);
  });

  test("the chief of a force's general staff leads the force", async () => {
    await expectEachStates(
      [
        [
          "Le communiqué est signé du général Lassina Doumbia, chef d'état-major général des armées ivoiriennes.",
          'fr',
        ],
        ['The Chief of Staff of the Ivorian Armed Forces, Lassina Doumbia, spoke.', 'en'],
        ['Der Generalstabschef der ivorischen Armee, Lassina Doumbia, sprach.', 'de'],
        ['Der Chef des Generalstabs der ivorischen Armee, Lassina Doumbia, sprach.', 'de'],
      ],
      'lassina-doumbia',
      'LEADER_OF',
      'ivorian-armed-forces',
    );
    // Spanish "Estado Mayor", two words, is read as one, not as a body of its own.
    await expectEachStates(
      [['El jefe del Estado Mayor del Ejército colombiano, Luis Ospina, habló.', 'es']],
      'luis-ospina',
      'LEADER_OF',
      'military-forces-of-colombia',
    );
  });

  test("a state's army chief or army spokesman serves its army, not the state", async () => {
    await expectEachStates(
      [
        ['Indiens Armeechef Manoj Mukund Naravane erklärte, die Lage sei unter Kontrolle.', 'de'],
        ["India's army chief Manoj Mukund Naravane said the situation was under control.", 'en'],
      ],
      'manoj-mukund-naravane',
      'LEADER_OF',
      'indian-armed-forces',
    );
    await expectEachStates(
      [
        [
          'Etwa 70 Aufständische seien getötet worden, teilte der ruandische Armeesprecher Ronald Rwivanga mit.',
          'de',
        ],
      ],
      'ronald-rwivanga',
      'SPOKESPERSON_OF',
      'rwanda-defence-force',
    );
  });

  test("a title the Spanish parser tagged an adjective of the name before it is the name's title", async () => {
    const batch = await extract(
      'Ilaria Allegrozzi, investigadora de Human Rights Watch, dijo que la guerra era terrible.',
      'es',
    );
    expect(find(batch, 'ilaria-allegrozzi', 'MEMBER_OF', 'human-rights-watch')).toHaveLength(1);
  });
});

describe('parse-v1 and the army spokesperson of an article naming no army', () => {
  test('"army spokesperson" speaks for the army "the army" would mean', async () => {
    const one = await extract(
      'Bandits attacked troops in Katsina, Nigeria. When contacted, army spokesperson, Sagir Musa, said he could not comment.',
      'en',
    );
    expect(find(one, 'sagir-musa', 'SPOKESPERSON_OF', 'nigerian-armed-forces')).toHaveLength(1);
    // With two countries named, whose army it is is not said.
    const two = await extract(
      'Bandits from Niger attacked troops in Katsina, Nigeria. When contacted, army spokesperson, Sagir Musa, said he could not comment.',
      'en',
    );
    expect(two.claims.filter((c) => c.predicate === 'SPOKESPERSON_OF')).toEqual([]);
  });
});

describe('parse-v1 and a German compound title of the army', () => {
  test('"Militärsprecher", "Armeesprecher": the spokesperson of the army the article names', async () => {
    for (const title of ['Militärsprecher', 'Armeesprecher']) {
      const text = `Die südsudanesische Armee wurde bei Juba angegriffen. Das erklärte ${title} Lul Ruai Koang am Montag.`;
      const found = find(
        await extract(text, 'de'),
        'lul-ruai-koang',
        'SPOKESPERSON_OF',
        'south-sudan-people-s-defence-forces',
      );
      expect([title, found.length]).toEqual([title, 1]);
    }
  });
});

describe('parse-v1 and a group under the command of a person', () => {
  test('"under the command of", "sous le commandement de", "unter dem Kommando von": the commander leads the group', async () => {
    for (const [text, language, leader, group] of [
      [
        'Al-Shabaab, under the command of Ahmed Diriye, attacked the base.',
        'en',
        'ahmed-diriye',
        'al-shabaab',
      ],
      [
        'Le Hezbollah, sous le commandement de Hassan Nasrallah, a riposté.',
        'fr',
        'hassan-nasrallah',
        'hezbollah',
      ],
      [
        'Die Hamas unter dem Kommando von Jahja Sinwar griff Israel an.',
        'de',
        'jahja-sinwar',
        'hamas',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, leader, 'LEADER_OF', group).length]).toEqual([text, 1]);
    }
    // Under a group's control is no person's command.
    const held = await extract('The city fell under the control of the RSF.', 'en');
    expect(held.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });
});

describe('parse-v1 and a body hung on an adjective of a title', () => {
  test('"chercheuse senior à Human Rights Watch": the researcher works there; a country a president is exiled in is not his', async () => {
    const batch = await extract(
      'Ilaria Allegrozzi, chercheuse senior à Human Rights Watch, a publié un rapport.',
      'fr',
    );
    expect(find(batch, 'ilaria-allegrozzi', 'MEMBER_OF', 'human-rights-watch')).toHaveLength(1);
    const exiled = await extract(
      'Marib está controlada por las tropas del Gobierno del presidente Abed Rabu Mansur Hadi, exiliado en Arabia Saudí.',
      'es',
    );
    expect(exiled.claims.filter((c) => c.predicate === 'LEADER_OF')).toEqual([]);
  });
});

describe('parse-v1 and the commander of a force', () => {
  test("the one commander of a named force or unit leads it; a group's commander, or one of several, is a member", async () => {
    for (const [text, language, leader, force] of [
      [
        'The commander of the Nigerian Army, Major General John Okafor, visited the base.',
        'en',
        'john-okafor',
        'nigerian-armed-forces',
      ],
      [
        "Le commandant de l'armée malienne, le général Jean Dupont, a visité la base.",
        'fr',
        'jean-dupont',
        'malian-armed-forces',
      ],
      [
        'Der Kommandant der ruandischen Armee, General Hans Müller, besuchte den Stützpunkt.',
        'de',
        'hans-muller',
        'rwanda-defence-force',
      ],
      [
        'El comandante de la Segunda División del Ejército, general Juan Pérez, visitó la base.',
        'es',
        'juan-perez',
        '2nd-division',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, leader, 'LEADER_OF', force).length]).toEqual([text, 1]);
    }
    for (const [text, language, member, body] of [
      [
        'A senior commander of the Nigerian Army, John Okafor, was killed.',
        'en',
        'john-okafor',
        'nigerian-armed-forces',
      ],
      [
        "Un commandant de l'armée malienne, Jean Dupont, a été tué.",
        'fr',
        'jean-dupont',
        'malian-armed-forces',
      ],
      [
        'Der Kommandeur der Hamas-Brigaden, Hans Müller, wurde getötet.',
        'de',
        'hans-muller',
        'hamas',
      ],
      ['El comandante del grupo islamista Hamás, Juan Pérez, murió.', 'es', 'juan-perez', 'hamas'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, member, 'MEMBER_OF', body).length]).toEqual([text, 1]);
      expect([text, batch.claims.filter((c) => c.predicate === 'LEADER_OF')]).toEqual([text, []]);
    }
  });

  test('a spokesperson named under a rank of his own set off after the title', async () => {
    const batch = await extract(
      'Colombia desplegó tropas. Los rebeldes atacaron las líneas del Ejército, según un portavoz militar, el general de brigada Juan Pérez.',
      'es',
    );
    expect(
      find(batch, 'juan-perez', 'SPOKESPERSON_OF', 'military-forces-of-colombia'),
    ).toHaveLength(1);
  });

  test('a title closing the sentence that the parser hung on the comma describes the name before it', async () => {
    const batch = await extract(
      "« Trois soldats ont été blessés », a indiqué à l'AFP Paul Martin, le porte-parole des Forces démocratiques syriennes (FDS).",
      'fr',
    );
    expect(find(batch, 'paul-martin', 'SPOKESPERSON_OF', 'syrian-democratic-forces')).toHaveLength(
      1,
    );
  });
});
