import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

const NIGERIAN_ARMY = 'nigerian-armed-forces';

describe('parse-v1 and losses: whose they are and where they fell', () => {
  test('one of a group\'s ranks killed is the group\'s loss; Spanish "resultó muerto" states the harm', async () => {
    await expectEachStates(
      [
        ['A Hezbollah commander was killed in an airstrike in Lebanon.', 'en'],
        ['Ein Kommandeur der Hisbollah wurde im Libanon getötet.', 'de'],
        ['El comandante de Hezbolá resultó muerto en un bombardeo en el Líbano.', 'es'],
        ['Dos combatientes de Hezbolá resultaron heridos en un ataque en el Líbano.', 'es'],
      ],
      'hezbollah',
      'SUFFERED_LOSSES_IN',
      'lebanon',
    );
    // A wounded commander nobody names the group of is nobody's loss.
    const unowned = await extract(
      'Un comandante resultó herido en un bombardeo en el Líbano.',
      'es',
    );
    expect(unowned.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test('losses in the surroundings of a place fall at that place; a place there is not in it', async () => {
    await expectEachStates(
      [
        ['Five Malian soldiers were killed in the vicinity of Kidal.', 'en'],
        ['Cinq soldats maliens ont été tués à proximité de Kidal.', 'fr'],
        ['Fünf malische Soldaten wurden in der Nähe von Kidal getötet.', 'de'],
        ['Cinco soldados malienses murieron en las cercanías de Kidal.', 'es'],
        // "nahe" taken for an adverb and the place for a second passive subject.
        ['Zwei malische Soldaten wurden nahe Kidal getötet.', 'de'],
      ],
      'malian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kidal',
    );
    const village = await extract(
      'Das Dorf Dai Tha in der Nähe von Minbya wurde beschossen.',
      'de',
    );
    expect(village.claims.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });

  test("a group's officials killed are the group's people", async () => {
    const fr = await extract(
      "L'armée israélienne a tué trois hauts responsables du Hamas à Gaza.",
      'fr',
    );
    expect(find(fr, 'israel-defense-forces', 'AT_WAR_WITH', 'hamas')).toHaveLength(1);
    expect(find(fr, 'hamas', 'SUFFERED_LOSSES_IN', 'gaza-strip')).toHaveLength(1);
    const en = await extract('Israeli jets killed three senior Hamas officials in Gaza.', 'en');
    expect(find(en, 'israel-defense-forces', 'AT_WAR_WITH', 'hamas')).toHaveLength(1);
    const de = await extract(
      'Israels Armee hat im Gazastreifen drei ranghohe Vertreter der Hamas getötet.',
      'de',
    );
    expect(find(de, 'hamas', 'SUFFERED_LOSSES_IN', 'gaza-strip')).toHaveLength(1);
    // Officials of a state are no group's people.
    const state = await extract('US officials said the strike hit Gaza.', 'en');
    expect(state.claims).toEqual([]);
  });

  test('clashes "with" a country name the enemy, not the place of the losses', async () => {
    const batch = await extract(
      'Au moins 49 soldats arméniens ont été tués dans des affrontements avec l’Azerbaïdjan.',
      'fr',
    );
    expect(batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test("speakers own the soldiers they count, unless they call them the enemy's", async () => {
    const batch = await extract(
      'Azerbaijan said seven soldiers were killed on the border with Armenia. Armenia said 70 enemy soldiers died on the border with Azerbaijan.',
      'en',
    );
    const [own] = find(batch, 'azerbaijani-armed-forces', 'SUFFERED_LOSSES_IN', 'armenia');
    expect([own?.quantity?.min, own?.attributedToId]).toEqual([7, 'country:azerbaijan']);
    expect(batch.claims.filter((c) => c.attributedToId === 'country:armenia')).toEqual([]);
  });

  test('"neutralised" fighters are a loss of their group; a gang\'s "cabecilla" leads it', async () => {
    await expectEachStates(
      [
        ['The army said 15 PKK militants were neutralised in Semdinli.', 'en'],
        ['El ejército informó que 20 terroristas del PKK fueron neutralizados en Semdinli.', 'es'],
      ],
      'kurdistan-workers-party',
      'SUFFERED_LOSSES_IN',
      'semdinli',
    );
    const bomb = await extract('Soldiers neutralised a roadside bomb in Semdinli.', 'en');
    expect(bomb.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const chief = await extract('Víctor Quispe Palomino es cabecilla de Sendero Luminoso.', 'es');
    expect(find(chief, 'victor-quispe-palomino', 'LEADER_OF', 'shining-path')).toHaveLength(1);
  });

  test('each conjunct owner of a loss noun is a loss with its own count', async () => {
    const batch = await extract(
      'En Tinzaouatène, el diario confirmó la muerte de 46 combatientes de Wagner y 24 soldados malienses.',
      'es',
    );
    const count = (subject: string) =>
      find(batch, subject, 'SUFFERED_LOSSES_IN', 'tinzaouatene').map((c) => c.quantity?.min);
    expect(count('wagner-group')).toEqual([46]);
    expect(count('malian-armed-forces')).toEqual([24]);
  });

  test('border clashes: the clash names the enemy, and the border with it is where the losses were', async () => {
    for (const [text, language] of [
      ['At least 12 Armenian soldiers were killed in border clashes with Azerbaijan.', 'en'],
      ['Al menos 12 soldados armenios murieron en combates fronterizos con Azerbaiyán.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      const [losses] = find(batch, 'armenian-armed-forces', 'SUFFERED_LOSSES_IN', 'azerbaijan');
      expect(losses?.quantity).toEqual({ min: 12, max: null, unit: 'soldier' });
      if (language === 'en')
        expect(find(batch, 'armenian-armed-forces', 'AT_WAR_WITH', 'azerbaijan')).toHaveLength(1);
    }
  });

  test('people taken prisoner are losses; a place may hang on the assault they fell in', async () => {
    const captured: [string, string][] = [
      ['Several Wagner fighters were captured in the Ségou region.', 'en'],
      ['Plusieurs combattants de Wagner ont été capturés dans la région de Ségou.', 'fr'],
      ['Ein Kämpfer der Gruppe Wagner wurde in der Region Ségou gefangen genommen.', 'de'],
      ['Varios combatientes de Wagner fueron capturados en la región de Ségou.', 'es'],
    ];
    await expectEachStates(captured, 'wagner-group', 'SUFFERED_LOSSES_IN', 'segou');
    // A captured town is no loss of people.
    const town = await extract('Wagner fighters captured the town of Ségou.', 'en');
    expect(town.claims.map((c) => c.predicate)).not.toContain('SUFFERED_LOSSES_IN');
    const assault = await extract(
      'More than 1,000 North Korean soldiers were killed during failed assaults in Kursk.',
      'en',
    );
    expect(
      find(assault, 'korean-people-s-army', 'SUFFERED_LOSSES_IN', 'kursk-oblast'),
    ).toHaveLength(1);
  });
  test('losses "in fighting on the border with" a neighbour, or "an der Grenze zu", were on that border', async () => {
    await expectEachStates(
      [
        [
          'Azerbaijan confirmed the deaths of seven soldiers in fighting on the border with Armenia.',
          'en',
        ],
        [
          'Aserbaidschan bestätigte den Tod von sieben Soldaten bei Kämpfen an der Grenze zu Armenien.',
          'de',
        ],
      ],
      'azerbaijani-armed-forces',
      'SUFFERED_LOSSES_IN',
      'armenia',
    );
  });
  test("a defence ministry's soldiers are its state's army's; a ministry named without its country is the one country's the article named", async () => {
    await expectEachStates(
      [
        [
          "Azerbaijan's defence ministry said seven soldiers were killed in Nagorno-Karabakh.",
          'en',
        ],
        [
          'Le ministère azerbaïdjanais de la Défense a annoncé que sept soldats avaient été tués au Haut-Karabakh.',
          'fr',
        ],
      ],
      'azerbaijani-armed-forces',
      'SUFFERED_LOSSES_IN',
      'nagorno-karabakh',
    );
    const alone = await extract(
      'Clashes erupted in Sweida, Syria. The Defence Ministry said 14 soldiers were killed in Sweida. Interior Ministry spokesperson Noureddine al-Baba said the forces had entered Sweida.',
      'en',
    );
    const [loss] = find(alone, 'syrian-armed-forces', 'SUFFERED_LOSSES_IN', 'sweida');
    expect(loss?.attributedToId).toBe('organization:ministry-of-defence-of-syria');
    expect(
      find(alone, 'noureddine-al-baba', 'SPOKESPERSON_OF', 'ministry-of-internal-affairs-of-syria'),
    ).toHaveLength(1);
    // A foreign ministry speaks for no army; with two countries named, a ministry is nobody's.
    const foreign = await extract(
      "Azerbaijan's foreign ministry said seven soldiers were killed in Lachin.",
      'en',
    );
    expect(foreign.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const two = await extract(
      'Israel struck Sweida, Syria. The Defence Ministry said 14 soldiers were killed in Sweida.',
      'en',
    );
    expect(two.entities.filter((e) => e.name.startsWith('Ministry'))).toEqual([]);
  });

  test('"its own" fighters are the subject\'s, not the nearest side named before them', async () => {
    const batch = await extract(
      'The Myanmar military attacked Arakan Army rebels in Minbya. The AA claimed to have killed 50 Myanmar military soldiers, while adding that three of its own fighters were killed.',
      'en',
    );
    const three = batch.claims.filter(
      (c) => c.predicate === 'SUFFERED_LOSSES_IN' && c.quantity?.min === 3,
    );
    expect(three.map((c) => c.subjectId)).toEqual(['armed_force:arakan-army']);
  });

  test('a compass part of a country is where losses were, and the side attacked', async () => {
    const killed = await extract(
      'Israel mató a un comandante de Hezbolá en el sur del Líbano.',
      'es',
    );
    expect(find(killed, 'israel', 'AT_WAR_WITH', 'hezbollah')).toHaveLength(1);
    expect(find(killed, 'hezbollah', 'SUFFERED_LOSSES_IN', 'lebanon')).toHaveLength(1);
    await expectEachStates(
      [
        ['Hamás disparó decenas de cohetes contra el sur de Israel.', 'es'],
        ['Hamas fired rockets at the south of Israel.', 'en'],
      ],
      'hamas',
      'AT_WAR_WITH',
      'israel',
    );
  });

  test('a side that lost people suffered the losses; a deployment sent to support a war backs it', async () => {
    const lost = await extract(
      'South Korean intelligence services reported that North Korean troops had lost over 1,000 personnel in the war against Ukraine.',
      'en',
    );
    const [losses] = find(
      lost,
      'korean-people-s-army',
      'SUFFERED_LOSSES_IN',
      'russo-ukrainian-war',
    );
    expect(losses?.quantity).toEqual({ min: 1000, max: null, unit: 'soldier' });
    await expectEachStates(
      [
        ["L'armée russe a perdu 12 soldats dans la région de Koursk.", 'fr'],
        ['Die russische Armee verlor in der Region Kursk zwölf Soldaten.', 'de'],
        ['El ejército ruso perdió 12 soldados en la región de Kursk.', 'es'],
      ],
      'russian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kursk-oblast',
    );
    await expectEachStates(
      [
        [
          "The Pentagon had reported North Korea's deployment of approximately 12,000 soldiers to support Russia's war against Ukraine.",
          'en',
        ],
      ],
      'north-korea',
      'SUPPORTS_MILITARILY',
      'russia',
    );
  });

  test('German "töteten" kills, and the place may hang on the victims', async () => {
    const batch = await extract(
      'Ukrainische Truppen töteten Dutzende nordkoreanische Soldaten in Kursk.',
      'de',
    );
    expect(find(batch, 'korean-people-s-army', 'SUFFERED_LOSSES_IN', 'kursk-oblast')).toHaveLength(
      1,
    );
    expect(
      find(batch, 'armed-forces-of-ukraine', 'AT_WAR_WITH', 'korean-people-s-army'),
    ).toHaveLength(1);
  });

  test('losses in days of fighting in a place are losses in that place', async () => {
    const batch = await extract(
      'Las tropas etíopes mataron a 317 combatientes de la milicia Fano en dos días de combates en la región de Amhara.',
      'es',
    );
    expect(find(batch, 'fano', 'SUFFERED_LOSSES_IN', 'amhara')).toHaveLength(1);
  });

  test('losses among a force are its losses, placed where the attack or the force was; hostages taken are losses', async () => {
    await expectEachStates(
      [
        ['The attack caused heavy losses among the Nigerian troops in Borno.', 'en'],
        ['El ataque causó grandes pérdidas entre las tropas nigerianas en Borno.', 'es'],
        [
          'Der Angriff verursachte schwere Verluste unter den nigerianischen Truppen in Borno.',
          'de',
        ],
        ['Une attaque dans l’Etat de Borno a causé des pertes parmi les troupes nigérianes.', 'fr'],
        ['Rund zwanzig nigerianische Soldaten wurden in Borno als Geiseln genommen.', 'de'],
        ['Una veintena de soldados nigerianos fueron tomados como rehenes en Borno.', 'es'],
        ['About twenty Nigerian soldiers were taken hostage in Borno.', 'en'],
      ],
      'nigerian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
  });

  test('soldiers who lost their lives are losses; troops put to flight are fought', async () => {
    await expectEachStates(
      [
        [
          'Bei einem Anschlag im Nordwesten Pakistans kommen neun pakistanische Soldaten ums Leben.',
          'de',
        ],
        ['Neuf soldats pakistanais ont perdu la vie dans le nord-ouest du Pakistan.', 'fr'],
        ['Nueve soldados paquistaníes perdieron la vida en el noroeste de Pakistán.', 'es'],
        ['Nine Pakistani soldiers lost their lives in northwestern Pakistan.', 'en'],
      ],
      'pakistan-armed-forces',
      'SUFFERED_LOSSES_IN',
      'pakistan',
    );
    await expectEachStates(
      [
        ["Les troupes rwandaises ont mis en fuite les combattants d'Al-Shabaab.", 'fr'],
        ['Las tropas ruandesas pusieron en fuga a los combatientes de Al-Shabaab.', 'es'],
        ['Rwandan troops routed the Al-Shabaab fighters.', 'en'],
      ],
      'rwanda-defence-force',
      'AT_WAR_WITH',
      'al-shabaab',
    );
    const storm = await extract('The storm put the tourists to flight.', 'en');
    expect(storm.claims).toEqual([]);
  });

  test("a named holder of a group's title killed is the group's loss", async () => {
    for (const [text, language, group, place] of [
      [
        "Ismail Haniyeh, the head of Hamas's political bureau, was killed in Tehran.",
        'en',
        'hamas',
        'tehran',
      ],
      [
        'Der Chef des Hamas-Politbüros, Ismail Haniyeh, wurde in Teheran getötet.',
        'de',
        'hamas',
        'tehran',
      ],
      [
        'El general Hosein Salami, jefe de la Guardia Revolucionaria, murió en un ataque en Teherán.',
        'es',
        'islamic-revolutionary-guard-corps',
        'tehran',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, group, 'SUFFERED_LOSSES_IN', place).length]).toEqual([text, 1]);
    }
  });

  test("a group's title before a name makes the man killed the group's: its loss, and its killers' war", async () => {
    const before = await extract(
      'Senior Hamas commander Mohammed Sinwar was killed in Rafah.',
      'en',
    );
    expect(find(before, 'hamas', 'SUFFERED_LOSSES_IN', 'rafah')).toHaveLength(1);
    const killed = await extract('Israel killed Hezbollah commander Ali Karaki in Rafah.', 'en');
    expect(find(killed, 'hezbollah', 'SUFFERED_LOSSES_IN', 'rafah')).toHaveLength(1);
    expect(find(killed, 'israel', 'AT_WAR_WITH', 'hezbollah')).toHaveLength(1);
    // A head of state is no state's troops, whoever killed him.
    const head = await extract('Gunmen killed Russian President Vladimir Putin in Rafah.', 'en');
    expect(head.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test("soldiers nobody owns, killed in an attack on one force's base, are that force's loss", async () => {
    for (const [text, language, place] of [
      [
        'Three soldiers were killed in an attack on a Nigerian Army base in Borno State.',
        'en',
        'borno',
      ],
      [
        "Trois soldats ont été tués lors d'une attaque contre une base de l'armée nigériane dans l'Etat de Borno.",
        'fr',
        'borno',
      ],
      // The participle on the attack verb, on what it struck, or conjoined to it; the place where
      // the target stands.
      [
        'Boko Haram fighters attacked a Nigerian Army base in Borno State, killing three soldiers.',
        'en',
        'borno',
      ],
      [
        'Boko Haram fighters attacked a Nigerian Army base in Borno State and killed three soldiers.',
        'en',
        'borno',
      ],
      [
        'Boko Haram insurgents launched a deadly assault on a Nigerian Army base in Borno State, killing three soldiers.',
        'en',
        'borno',
      ],
      [
        'Combatientes de Boko Haram atacaron una base del Ejército nigeriano en el estado de Borno, matando a diez soldados.',
        'es',
        'borno',
      ],
      // "in which": a relative clause of the attack, which the parser may hang on the clause's
      // verb or its place; where the clause above says.
      [
        'An attack on a Nigerian Army base took place in Monguno, in which three soldiers were killed.',
        'en',
        'monguno',
      ],
      [
        "Une attaque contre une base de l'armée nigériane s'était produite dans l'Etat de Borno, dans laquelle trois soldats avaient été tués.",
        'fr',
        'borno',
      ],
      [
        'En marzo hubo en el estado de Borno un ataque contra una base del Ejército nigeriano, en el que murieron tres soldados.',
        'es',
        'borno',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', place).length,
      ]).toEqual([text, 1]);
    }
    // The enemy's soldiers stay the enemy's.
    const enemy = await extract(
      'Three enemy soldiers were killed in an attack on a Nigerian Army base in Borno State.',
      'en',
    );
    expect(find(enemy, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toEqual([]);
    // What the attack struck is no army's: the soldiers stay nobody's.
    const village = await extract(
      'Boko Haram fighters attacked a village in Borno State, killing three soldiers.',
      'en',
    );
    expect(find(village, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toEqual([]);
  });

  test("the speaker's own soldiers, deaths by accident and heads of state: whose loss is whose", async () => {
    const own = await extract(
      'The Ukrainian army said three soldiers were killed in an assault on Russian positions near Kursk.',
      'en',
    );
    expect(find(own, 'armed-forces-of-ukraine', 'SUFFERED_LOSSES_IN', 'kursk-oblast')).toHaveLength(
      1,
    );
    expect(find(own, 'russian-armed-forces', 'SUFFERED_LOSSES_IN', 'kursk-oblast')).toEqual([]);
    for (const [text, language] of [
      ['Yevgeny Prigozhin, the head of Wagner, was killed in a plane crash in Tver region.', 'en'],
      ['El presidente de Haití, Jovenel Moïse, fue asesinado en Puerto Príncipe.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')]).toEqual([
        text,
        [],
      ]);
    }
  });

  test("soldiers dead in a clash between one state's army and a group are that army's loss", async () => {
    const batch = await extract(
      'Three soldiers died in a clash between the Nigerian army and Boko Haram near Maiduguri.',
      'en',
    );
    expect(find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'maiduguri')).toHaveLength(1);
    // Fighters are not soldiers: whose they are stays unsaid.
    const fighters = await extract(
      'Three fighters died in a clash between the Nigerian army and Boko Haram near Maiduguri.',
      'en',
    );
    expect(fighters.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test("soldiers an armed group speaks of are not its own; a state's are", async () => {
    const group = await extract('Boko Haram said three soldiers were killed near Maiduguri.', 'en');
    expect(find(group, 'boko-haram', 'SUFFERED_LOSSES_IN', 'maiduguri')).toEqual([]);
    const army = await extract(
      'The Nigerian army said three soldiers were killed near Maiduguri.',
      'en',
    );
    expect(find(army, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'maiduguri')).toHaveLength(1);
  });

  test("soldiers nobody owns, fallen in the one country named as the place, are that country's", async () => {
    for (const [text, language, force, place] of [
      [
        'Dans le nord du Mali, dans la région de Gao, douze soldats ont été tués mardi dans une embuscade du JNIM.',
        'fr',
        'malian-armed-forces',
        'gao',
      ],
      [
        'Rebels killed four soldiers in an ambush in eastern Chad.',
        'en',
        'chadian-national-army',
        'chad',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, force, 'SUFFERED_LOSSES_IN', place).length]).toEqual([text, 1]);
    }
    // Whoever killed them fights that army.
    const ambush = await extract(
      'Dans le nord du Mali, dans la région de Gao, douze soldats ont été tués mardi dans une embuscade du JNIM.',
      'fr',
    );
    expect(
      find(ambush, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'malian-armed-forces'),
    ).toHaveLength(1);
    // Peacekeepers serve abroad; an army does not kill its own; a border "with" a country is not in it.
    for (const [text, language] of [
      ['Three peacekeepers were killed in Mali.', 'en'],
      ['The Nigerian army killed three soldiers in Nigeria.', 'en'],
      ['Siete militares murieron en los enfrentamientos en la frontera con Armenia.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')]).toEqual([
        text,
        [],
      ]);
    }
  });

  test("soldiers are not the host country's when a state, its army or its mercenaries kill them, or another state speaks", async () => {
    for (const text of [
      'Wagner mercenaries killed twelve soldiers in Mali.',
      'Six soldiers were killed in Nigeria by Boko Haram, the Chadian army said.',
    ]) {
      const batch = await extract(text, 'en');
      expect([
        text,
        batch.claims.filter(
          (c) =>
            c.predicate === 'SUFFERED_LOSSES_IN' &&
            ['armed_force:malian-armed-forces', 'armed_force:nigerian-armed-forces'].includes(
              c.subjectId,
            ),
        ),
      ]).toEqual([text, []]);
    }
    const peace = await extract('Trois soldats de la paix ont été tués au Mali.', 'fr');
    expect(peace.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });

  test("an attack's target and place count wherever the parser hangs them: inside the attack, or on the verb beside it", async () => {
    const inside = await extract(
      'Tres militares murieron y dos resultaron heridos en un ataque con drones contra una patrulla del ejército colombiano en el departamento de Cauca.',
      'es',
    );
    expect(find(inside, 'military-forces-of-colombia', 'SUFFERED_LOSSES_IN', 'cauca')).toHaveLength(
      1,
    );
    const beside = await extract(
      "Un sergent de l'armée malienne a été tué lors d'une attaque mardi contre un poste militaire dans la région de Mopti.",
      'fr',
    );
    expect(find(beside, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'mopti')).toHaveLength(1);
  });

  test('a final "…, an officer said" does not take the event\'s phrases from it; a firefight is a clash', async () => {
    const batch = await extract(
      'Two Abu Sayyaf fighters were killed during a firefight in Basilan on Tuesday, an army officer said.',
      'en',
    );
    expect(find(batch, 'abu-sayyaf', 'SUFFERED_LOSSES_IN', 'basilan')).toHaveLength(1);
  });

  test('a headline states losses without an auxiliary: "Onze militaires maliens tués…", "Acht Soldaten in Mali … getötet"', async () => {
    const french = await extract(
      'Onze militaires maliens tués dans une embuscade près de Boni',
      'fr',
    );
    expect(find(french, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'boni')).toHaveLength(1);
    // "in Mali" says where the soldiers are, not whose they are.
    const german = await extract(
      'Acht Soldaten in Mali bei Hinterhalt von Dschihadisten getötet.',
      'de',
    );
    expect(find(german, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'mali')).toHaveLength(1);
  });

  test('a participle of harm after an attack happened where the attack did: "attacked an army checkpoint in Rafah, killing 12 soldiers"', async () => {
    await expectEachStates(
      [
        ['Gunmen attacked an army checkpoint in Rafah, killing 12 Egyptian soldiers.', 'en'],
        ['Des hommes armés ont attaqué un poste à Rafah, tuant douze soldats égyptiens.', 'fr'],
      ],
      'egyptian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'rafah',
    );
    // Not where the first clause was, when the participle's own words say where it was.
    const own = await extract(
      'Two civilians were killed in Rafah and two Egyptian soldiers injured in clashes at a disputed area of the border.',
      'en',
    );
    expect(find(own, 'egyptian-armed-forces', 'SUFFERED_LOSSES_IN', 'rafah')).toEqual([]);
  });

  test('losses in an attack on a camp happened where the camp is, named after "of" or in the clause aiming the attack', async () => {
    await expectEachStates(
      [
        [
          'Dix soldats maliens ont été tués dans une attaque contre le camp militaire de Tessit.',
          'fr',
        ],
        [
          'Diez soldados malienses murieron en un ataque contra el campamento militar de Tessit.',
          'es',
        ],
        [
          'Dix soldats maliens ont été tués à la suite de l’attaque qui a visé le camp de Tessit.',
          'fr',
        ],
        [
          'Ten Malian soldiers were killed in the attack, which targeted the army camp of Tessit.',
          'en',
        ],
      ],
      'malian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'tessit',
    );
    // Fighters "of" a place are from there; the attack they made may have been anywhere.
    const from = await extract(
      'Dix soldats maliens ont été tués dans une attaque des combattants de Tessit.',
      'fr',
    );
    expect(find(from, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'tessit')).toEqual([]);
  });

  test('losses an event placed as the subject caused, in lives it cost or people it left dead', async () => {
    await expectEachStates(
      [
        ['The attack in Borno killed 12 Nigerian soldiers.', 'en'],
        ['Une attaque à Borno a tué douze soldats nigérians.', 'fr'],
        ['Ein Angriff in Borno tötete zwölf nigerianische Soldaten.', 'de'],
        ['Un ataque en Borno mató a doce soldados nigerianos.', 'es'],
        ['The attack in Borno claimed the lives of 12 Nigerian soldiers.', 'en'],
        ["L'attaque à Borno a coûté la vie à 12 soldats nigérians.", 'fr'],
        ['Der Angriff in Borno kostete zwölf nigerianische Soldaten das Leben.', 'de'],
        ['El ataque en Borno costó la vida a 12 soldados nigerianos.', 'es'],
        ['The attack in Borno left 12 Nigerian soldiers dead.', 'en'],
        ['El ataque en Borno dejó 12 soldados nigerianos muertos.', 'es'],
      ],
      'nigerian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
    for (const text of [
      'The attack left 12 Nigerian soldiers without food in Borno.',
      'The war in Borno cost Nigeria billions.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')]).toEqual([
        text,
        [],
      ]);
    }
  });

  test('the words of killing and dying beyond "kill" and "die", in the four languages', async () => {
    await expectEachStates(
      [
        ['Twelve Nigerian soldiers were slain by Boko Haram in Borno.', 'en'],
        ['Boko Haram gunned down twelve Nigerian soldiers in Borno.', 'en'],
        ['The clash left four Nigerian soldiers dead in Borno.', 'en'],
        ["Trois soldats nigérians sont décédés dans l'attaque à Borno.", 'fr'],
        ['Trois soldats nigérians ont succombé à leurs blessures à Borno.', 'fr'],
        ['Les jihadistes ont massacré douze soldats nigérians à Borno.', 'fr'],
        ['Zwölf nigerianische Soldaten wurden in Borno erschossen.', 'de'],
        ['Der Angriff forderte zwölf Todesopfer unter den nigerianischen Soldaten in Borno.', 'de'],
        ['Doce soldados nigerianos fueron ultimados por Boko Haram en Borno.', 'es'],
        ['El ataque dejó doce soldados nigerianos lesionados en Borno.', 'es'],
      ],
      'nigerian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
    const dead = await extract(
      'Der Angriff forderte zwölf Todesopfer unter den nigerianischen Soldaten in Borno.',
      'de',
    );
    expect(dead.claims.find((c) => c.predicate === 'SUFFERED_LOSSES_IN')?.quantity?.unit).toBe(
      'death',
    );
  });

  test("losses in a side's ranks, or inflicted on it, are its own; who inflicts them fights it", async () => {
    await expectEachStates(
      [
        ['The operation caused heavy losses in the ranks of Boko Haram in Borno.', 'en'],
        ["L'armée a infligé de lourdes pertes dans les rangs de Boko Haram à Borno.", 'fr'],
        ['Die Armee meldete schwere Verluste in den Reihen von Boko Haram in Borno.', 'de'],
        ['La operación se saldó con bajas en las filas de Boko Haram en Borno.', 'es'],
        ['The Nigerian army inflicted heavy losses on Boko Haram in Borno.', 'en'],
        ['El Ejército nigeriano infligió numerosas bajas a Boko Haram en Borno.', 'es'],
      ],
      'boko-haram',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
    await expectEachStates(
      [
        ['The Nigerian army inflicted heavy losses on Boko Haram in Borno.', 'en'],
        ['El Ejército nigeriano infligió numerosas bajas a Boko Haram en Borno.', 'es'],
        ['Die nigerianische Armee fügte Boko Haram in Borno schwere Verluste zu.', 'de'],
      ],
      'nigerian-armed-forces',
      'AT_WAR_WITH',
      'boko-haram',
    );
    // Losses the army suffered itself are no war on anyone.
    const own = await extract('The Nigerian army suffered heavy losses in Borno.', 'en');
    expect(own.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('soldiers who perished, or fell in the battle of a place, are losses there', async () => {
    await expectEachStates(
      [
        ['Douze soldats russes ont péri à Bakhmout.', 'fr'],
        ['Doce soldados rusos perecieron en Bajmut.', 'es'],
        ['Twelve Russian soldiers perished in Bakhmut.', 'en'],
        ['Douze soldats russes ont été tués dans la bataille de Bakhmout.', 'fr'],
        ['Doce soldados rusos murieron en la batalla de Bajmut.', 'es'],
        ['Twelve Russian soldiers died in the battle of Bakhmut.', 'en'],
      ],
      'russian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'bakhmut',
    );
  });

  test('soldiers dying in an offensive against a group are not its; civilians by nationality set no state at war; a verbal skirmish is no fight; a charity is no army', async () => {
    const offensive = await extract(
      'Cinco militares murieron en una ofensiva contra las FARC en el Guaviare.',
      'es',
    );
    expect(
      find(offensive, 'revolutionary-armed-forces-of-colombia', 'SUFFERED_LOSSES_IN', 'guaviare'),
    ).toEqual([]);
    const civilians = await extract(
      'Three Britons died in an attack by al-Shabaab in Mogadishu.',
      'en',
    );
    expect(civilians.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const verbal = await extract(
      'Una refriega verbal entre México y Ecuador marcó la cumbre.',
      'es',
    );
    expect(verbal.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const charity = await extract('The Salvation Army handed out food in Kharkiv.', 'en');
    expect(charity.entities.filter((e) => e.kind === 'ARMED_FORCE')).toEqual([]);
  });

  test('a name before "town" is a place; fighters name an armed group; each conjunct victim is a loss, placed beside the sides', async () => {
    const town = await extract(
      'Ten members of the Bangsamoro Islamic Freedom Fighters were killed in a gun battle in Shariff Aguak town.',
      'en',
    );
    expect(
      find(town, 'bangsamoro-islamic-freedom-fighters', 'SUFFERED_LOSSES_IN', 'shariff-aguak'),
    ).toHaveLength(1);
    expect(town.entities.find((e) => e.name === 'Bangsamoro Islamic Freedom Fighters')?.kind).toBe(
      'ARMED_FORCE',
    );
    const both = await extract(
      'Four Israeli soldiers and eight Hamas fighters died in a gun battle between the two sides in Jenin.',
      'en',
    );
    expect(find(both, 'israel-defense-forces', 'SUFFERED_LOSSES_IN', 'jenin')).toHaveLength(1);
    expect(find(both, 'hamas', 'SUFFERED_LOSSES_IN', 'jenin')).toHaveLength(1);
  });

  test("aid agents, relatives of a group's members and a charity's members listed after soldiers are no force's losses", async () => {
    const agents = await extract('Two agents of the Red Cross were killed in Gaza.', 'en');
    expect(agents.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const relatives = await extract(
      'Family members of Hamas leaders were killed in an Israeli strike in Gaza.',
      'en',
    );
    expect(relatives.claims.filter((c) => c.subjectId.includes('hamas'))).toEqual([]);
    const charity = await extract(
      'Deux soldats et trois membres de la Croix-Rouge ont été tués à Bunia, en RDC.',
      'fr',
    );
    expect(
      charity.claims.filter(
        (c) => c.predicate === 'SUFFERED_LOSSES_IN' && c.subjectId.includes('croix'),
      ),
    ).toEqual([]);
  });

  test("soldiers nobody owns who fall in a town of the one country the article places things in are its army's", async () => {
    await expectEachStates(
      [
        [
          "Les rebelles ont attaqué deux positions dans la région de Buringa, à l'ouest du Burundi. Le groupe a affirmé avoir tué six soldats dans ces opérations.",
          'fr',
        ],
        ['Fighting broke out in Buringa, in western Burundi. Six soldiers were killed.', 'en'],
        [
          'Los combates estallaron en Buringa, en el oeste de Burundi. Seis soldados murieron.',
          'es',
        ],
      ],
      'burundian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'buringa',
    );
    // Not while another state's army is in the story, nor losses of the whole war.
    for (const [text, language] of [
      [
        'In Burundi, the army of Rwanda crossed the border on Monday. Fighting broke out in Buringa, in western Burundi. Six soldiers were killed.',
        'en',
      ],
      ['Fighting broke out in Buringa, in western Burundi. Six soldiers died in the war.', 'en'],
      [
        'Los combates estallaron en Buringa, en el oeste de Burundi. Seis soldados murieron en el conflicto.',
        'es',
      ],
    ] as const) {
      const losses = (await extract(text, language)).claims.filter(
        (c) => c.predicate === 'SUFFERED_LOSSES_IN',
      );
      expect([text, losses]).toEqual([text, []]);
    }
  });

  test("a police officer killed is his state's loss, where the town names the place", async () => {
    await expectEachStates(
      [
        ['Un policier camerounais a été tué à Kengwo.', 'fr'],
        ['A Cameroonian policeman was killed in Kengwo.', 'en'],
        ['Un policía camerunés murió en Kengwo.', 'es'],
        ['Au Cameroun, deux policiers ont été tués à Kengwo.', 'fr'],
        ['A police officer was killed in Kengwo, in western Cameroon.', 'en'],
        ['Dos agentes de policía murieron en Kengwo, en el oeste de Camerún.', 'es'],
      ],
      'cameroon',
      'SUFFERED_LOSSES_IN',
      'kengwo',
    );
    await expectEachStates(
      [['Ein kenianischer Polizist wurde in Pont-Sondé getötet.', 'de']],
      'kenya',
      'SUFFERED_LOSSES_IN',
      'pont-sonde',
    );
    // Spanish "policía" is the force and its officer alike: one officer counted is his state's
    // loss, though the words also name the force ("policía kosovar"), which stays itself.
    await expectEachStates(
      [
        ['Un policía kosovar murió en Banjska.', 'es'],
        ['Un policier kosovar a été tué à Banjska.', 'fr'],
        ['A Kosovar police officer was killed in Banjska.', 'en'],
        ['Ein kosovarischer Polizist wurde in Banjska getötet.', 'de'],
      ],
      'kosovo',
      'SUFFERED_LOSSES_IN',
      'banjska',
    );
    // The German parser may hang the place on the attack's author, a genitive on the attack.
    await expectEachStates(
      [
        [
          'Bei einem Angriff serbischer Bewaffneter in Banjska wurde ein kosovarischer Polizist getötet.',
          'de',
        ],
        ['Un policía kosovar murió en un ataque de hombres armados serbios en Banjska.', 'es'],
        ['A Kosovar police officer was killed in an attack by Serb gunmen in Banjska.', 'en'],
      ],
      'kosovo',
      'SUFFERED_LOSSES_IN',
      'banjska',
    );
    await expectEachStates(
      [
        [
          'Bei einem Angriff bewaffneter Separatisten in Bamenda wurden zwei kamerunische Soldaten getötet.',
          'de',
        ],
      ],
      'cameroonian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'bamenda',
    );
    // A police station attacked, policemen killed, in the country the story is in.
    await expectEachStates(
      [
        [
          'Fighting continues in Cameroon. Separatists attacked a police station in Bamenda, killing two policemen.',
          'en',
        ],
        [
          'Les combats continuent au Cameroun. Des séparatistes ont attaqué un commissariat à Bamenda, tuant deux policiers.',
          'fr',
        ],
        [
          'Die Kämpfe in Kamerun gehen weiter. Separatisten griffen eine Polizeiwache in Bamenda an und töteten zwei Polizisten.',
          'de',
        ],
        [
          'Los combates continúan en Camerún. Separatistas atacaron una comisaría en Bamenda y mataron a dos policías.',
          'es',
        ],
      ],
      'cameroon',
      'SUFFERED_LOSSES_IN',
      'bamenda',
    );
    const ethnic = await extract('An ethnic Albanian policeman was killed in Banjska.', 'en');
    expect(find(ethnic, 'albania', 'SUFFERED_LOSSES_IN', 'banjska')).toEqual([]);
    const force = await extract('La policía kosovar rodeó Banjska.', 'es');
    expect(find(force, 'kosovo-police', 'PART_OF', 'kosovo')).toHaveLength(1);
    // A police officer killed with a soldier in an attack on the army is the army's state's loss.
    const attack = await extract(
      'Fighting continues in Cameroon. Boko Haram attacked an army base in Kolofata and killed a soldier and a policeman.',
      'en',
    );
    expect(find(attack, 'cameroon', 'SUFFERED_LOSSES_IN', 'kolofata')).toHaveLength(1);
    expect(find(attack, 'cameroonian-armed-forces', 'SUFFERED_LOSSES_IN', 'kolofata')).toHaveLength(
      1,
    );
    // Soldiers are their army's, in the town rather than the country named beside it.
    await expectEachStates(
      [['Au Cameroun, deux soldats ont été tués à Kengwo.', 'fr']],
      'cameroonian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'kengwo',
    );
  });

  test('a camp is a place named by its noun, like a town or a region; soldiers with a demonym beside them are its army', async () => {
    await expectEachStates(
      [['Dos soldados libaneses murieron en el campo de refugiados de Ain al Helu.', 'es']],
      'lebanese-armed-forces',
      'SUFFERED_LOSSES_IN',
      'ain-al-helu',
    );
    await expectEachStates(
      [['Quatre soldats libanais ont été tués dans le camp de Jénine.', 'fr']],
      'lebanese-armed-forces',
      'SUFFERED_LOSSES_IN',
      'jenin',
    );
  });
});

describe('parse-v1 and losses in clashes with a named side', () => {
  test('losses in clashes with a side are placed where that side is, and announcing them announces no plan', async () => {
    await expectEachStates(
      [
        [
          'Las Fuerzas Armadas peruanas han informado de la muerte de dos militares en enfrentamientos con la guerrilla de Sendero Luminoso en Vizcatán.',
          'es',
        ],
        [
          "L'armée péruvienne a annoncé la mort de deux soldats dans des affrontements avec la guérilla du Sentier lumineux à Vizcatán.",
          'fr',
        ],
      ],
      'peruvian-armed-forces',
      'SUFFERED_LOSSES_IN',
      'vizcatan',
    );
    const announced = await extract(
      "L'armée péruvienne a annoncé la mort de deux soldats dans des affrontements avec la guérilla du Sentier lumineux à Vizcatán.",
      'fr',
    );
    const war = find(announced, 'peruvian-armed-forces', 'AT_WAR_WITH', 'shining-path');
    expect(war.map((c) => c.modality)).toEqual(['ASSERTED']);
    // The side the soldiers fought owns none of their deaths, though a "de" be missing.
    const typo = await extract(
      'Las Fuerzas Armadas peruanas han informado de la muerte dos militares en enfrentamientos con la guerrilla de Sendero Luminoso en Vizcatán.',
      'es',
    );
    expect(find(typo, 'shining-path', 'SUFFERED_LOSSES_IN', 'vizcatan')).toEqual([]);
    expect(find(typo, 'peruvian-armed-forces', 'SUFFERED_LOSSES_IN', 'vizcatan')).toHaveLength(1);
  });
});

describe('parse-v1 and losses in an attack on a place', () => {
  test('losses in an attack on a place fell there; a fight against a country is not in it', async () => {
    await expectEachStates(
      [
        ['Israel mata al jefe de la Guardia Revolucionaria en un ataque masivo sobre Irán', 'es'],
        ['Israel killed the head of the Revolutionary Guards in a massive attack on Iran.', 'en'],
      ],
      'islamic-revolutionary-guard-corps',
      'SUFFERED_LOSSES_IN',
      'iran',
    );
    // The French tagger reads "lors d'une frappe" as a clause of the verb "frapper".
    await expectEachStates(
      [
        ["Trois soldats ukrainiens ont été tués lors d'une frappe russe sur Kharkiv.", 'fr'],
        ['Trois soldats ukrainiens ont été tués dans une frappe russe sur Kharkiv.', 'fr'],
      ],
      'armed-forces-of-ukraine',
      'SUFFERED_LOSSES_IN',
      'kharkiv-oblast',
    );
    const fight = await extract(
      'Nordkoreanische Truppen erlitten bei Kämpfen gegen die Ukraine schwere Verluste.',
      'de',
    );
    expect(find(fight, 'korean-people-s-army', 'SUFFERED_LOSSES_IN', 'ukraine')).toEqual([]);
  });
});

describe('parse-v1 and the dead a report counts', () => {
  test('"confirma siete militares muertos": the dead a reporting verb counts are a loss it reports', async () => {
    await expectEachStates(
      [
        [
          'Azerbaiyán confirma siete militares muertos en los enfrentamientos en Nagorno Karabaj',
          'es',
        ],
        ['Azerbaijan confirms seven soldiers dead in clashes in Nagorno-Karabakh', 'en'],
      ],
      'azerbaijani-armed-forces',
      'SUFFERED_LOSSES_IN',
      'nagorno-karabakh',
    );
    // What is done to the dead says nothing of where they fell.
    const buried = await extract(
      'El ejército azerbaiyano enterró a los militares muertos en Bakú.',
      'es',
    );
    expect(buried.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });
});

describe('parse-v1 and losses in a relative clause of place', () => {
  test('"Kidal, où des soldats ont été tués": the losses fell in the place the clause describes', async () => {
    for (const [text, language] of [
      ["L'armée a bombardé Kidal, où des soldats maliens ont été tués.", 'fr'],
      ['El ejército bombardeó Kidal, donde murieron doce soldados malienses.', 'es'],
      ['The rebels attacked Kidal, where twelve Malian soldiers were killed.', 'en'],
    ] as const) {
      const found = find(
        await extract(text, language),
        'malian-armed-forces',
        'SUFFERED_LOSSES_IN',
        'kidal',
      );
      expect([text, found.length]).toEqual([text, 1]);
    }
  });
});

describe("parse-v1 and a group's members the English tagger reads as a verb", () => {
  test('"killed fourteen Boko Haram insurgents in Borno": the insurgents are the killed, counted, where they fell', async () => {
    const batch = await extract(
      'Nigerian troops killed fourteen Boko Haram insurgents in Borno.',
      'en',
    );
    expect(find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram')).toHaveLength(1);
    expect(find(batch, 'boko-haram', 'SUFFERED_LOSSES_IN', 'borno').map((c) => c.quantity)).toEqual(
      [{ min: 14, max: 14, unit: 'soldier' }],
    );
  });
});

describe('parse-v1 and losses placed by the fighting of their adverbial clause', () => {
  test('"killed three US soldiers after its fighters fired … at a US base in Balidogle": the losses fell there', async () => {
    await expectEachStates(
      [
        [
          'Al-Shabaab killed three US soldiers after its fighters fired mortar rounds at a US air base in Balidogle.',
          'en',
        ],
        [
          'Al-Shabaab tötete drei amerikanische Soldaten, als die Kämpfer einen Stützpunkt in Balidogle angriffen.',
          'de',
        ],
        [
          'Al-Shabab mató a tres soldados estadounidenses cuando atacó una base en Balidogle.',
          'es',
        ],
      ],
      'united-states-armed-forces',
      'SUFFERED_LOSSES_IN',
      'balidogle',
    );
    // A clause that is no fighting places nothing, nor does the other side's fighting before.
    for (const text of [
      'Al-Shabaab killed three US soldiers after its leaders met in Balidogle.',
      'Ukrainian drones killed three Russian soldiers after Russia shelled a village in Sumy.',
      'A US drone strike killed a Kataib Hezbollah commander, days after the group attacked a US base in Jordan.',
    ]) {
      const batch = await extract(text, 'en');
      const placed = batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN');
      expect([text, placed]).toEqual([text, []]);
    }
  });

  test('"after the group\'s fighters fired", "nachdem die Gruppe … angegriffen hatte": the group with no name of its own is the killers', async () => {
    await expectEachStates(
      [
        [
          "Boko Haram claimed to have killed three Nigerian soldiers after the group's fighters fired mortar rounds at an army base in Maiduguri.",
          'en',
        ],
        [
          "Boko Haram a affirmé avoir tué trois soldats nigérians après que le groupe a attaqué une base de l'armée à Maiduguri.",
          'fr',
        ],
        [
          'Boko Haram tötete drei nigerianische Soldaten, nachdem die Gruppe einen Stützpunkt der Armee in Maiduguri angegriffen hatte.',
          'de',
        ],
        [
          'Boko Haram mató a tres soldados nigerianos después de que el grupo atacara una base del ejército en Maiduguri.',
          'es',
        ],
      ],
      NIGERIAN_ARMY,
      'SUFFERED_LOSSES_IN',
      'maiduguri',
    );
    // Another side named by its role is no group: "after the army attacked" tells their fighting.
    const other = await extract(
      'Boko Haram killed three Nigerian soldiers after the army attacked a rebel camp in Maiduguri.',
      'en',
    );
    expect(other.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
  });
});

/** Each sentence gives the Nigerian army's loss in Maiduguri once, counted 16. */
async function expectSixteenSoldiersLost(
  sentences: readonly (readonly [string, string])[],
): Promise<void> {
  for (const [text, language] of sentences) {
    const found = find(
      await extract(text, language),
      NIGERIAN_ARMY,
      'SUFFERED_LOSSES_IN',
      'maiduguri',
    );
    expect([text, found.map((c) => [c.quantity?.min, c.quantity?.max])]).toEqual([
      text,
      [[16, 16]],
    ]);
  }
}

describe('parse-v1 reads the soldiers singled out among the dead', () => {
  test("soldiers counted among people of no side are their force's loss, counted apart", async () => {
    await expectSixteenSoldiersLost([
      ['In Maiduguri, 47 people died, including 16 Nigerian soldiers.', 'en'],
      ['At least 47 people were killed in Maiduguri, among them 16 Nigerian soldiers.', 'en'],
      ['À Maiduguri, 47 personnes ont été tuées, dont 16 soldats nigérians.', 'fr'],
      ['47 personnes ont été tuées à Maiduguri, parmi lesquelles 16 soldats nigérians.', 'fr'],
      ['En Maiduguri murieron 47 personas, entre ellas 16 soldados nigerianos.', 'es'],
      ['En Maiduguri murieron 47 personas, incluidos 16 soldados nigerianos.', 'es'],
      ['In Maiduguri starben 47 Menschen, darunter 16 nigerianische Soldaten.', 'de'],
      ['In Maiduguri wurden 47 Menschen getötet, unter ihnen 16 nigerianische Soldaten.', 'de'],
    ]);
  });

  test('"left 47 dead, including 16 soldiers": the soldiers singled out among the dead left are the loss', async () => {
    await expectSixteenSoldiersLost([
      ['The attack in Maiduguri left 47 dead, including 16 Nigerian soldiers.', 'en'],
      ["L'attaque à Maiduguri a laissé 47 morts, dont 16 soldats nigérians.", 'fr'],
      ['El ataque en Maiduguri dejó 47 muertos, entre ellos 16 soldados nigerianos.', 'es'],
    ]);
    await expectNoneStates(
      [
        ['The attack in Maiduguri left 47 dead, including 16 children.', 'en'],
        ['El ataque en Maiduguri dejó 47 muertos, entre ellos 16 niños.', 'es'],
      ],
      'SUFFERED_LOSSES_IN',
    );
  });

  test('children singled out among the dead are no loss of any side', async () => {
    await expectNoneStates(
      [
        ['In Maiduguri, 47 people died, including 16 children.', 'en'],
        ['À Maiduguri, 47 personnes ont été tuées, dont 16 enfants.', 'fr'],
      ],
      'SUFFERED_LOSSES_IN',
    );
  });
});

describe('parse-v1 and losses a speaker adds to a statement', () => {
  test('"…," the spokesman said, adding that 63 terrorists were killed: they fell where the statement put the attack', async () => {
    const sentences: [string, string][] = [
      [
        'Boko Haram attacked Chadian soldiers. "The terrorists attacked our forces in Bouhama at midnight," the spokesman said, adding that 63 terrorists were killed.',
        'en',
      ],
      [
        'Des éléments de Boko Haram ont attaqué des soldats tchadiens. "Les terroristes ont attaqué nos forces à minuit dans la localité de Bouhama", a indiqué le porte-parole, ajoutant que "63 terroristes ont été tués".',
        'fr',
      ],
      [
        'Boko Haram griff tschadische Soldaten an. "Die Terroristen haben unsere Truppen in Bouhama angegriffen", sagte der Sprecher und fügte hinzu, dass 63 Terroristen getötet worden seien.',
        'de',
      ],
      [
        'Boko Haram atacó a soldados chadianos. "Los terroristas atacaron nuestras fuerzas en Bouhama a medianoche", dijo el portavoz, añadiendo que 63 terroristas murieron.',
        'es',
      ],
    ];
    await expectEachStates(sentences, 'boko-haram', 'SUFFERED_LOSSES_IN', 'bouhama');
  });

  test('a loss the speaker places himself stays where he puts it', async () => {
    const batch = await extract(
      'Boko Haram attacked Chadian soldiers. "The terrorists attacked our forces in Bouhama at midnight," the spokesman said, adding that 63 terrorists were killed in Dangdala.',
      'en',
    );
    expect(find(batch, 'boko-haram', 'SUFFERED_LOSSES_IN', 'dangdala')).toHaveLength(1);
    expect(find(batch, 'boko-haram', 'SUFFERED_LOSSES_IN', 'bouhama')).toEqual([]);
  });
});

describe('parse-v1 and the place of losses a sentence does not give', () => {
  test("a side's ranks are no place: losses in them fall where the story's fighting was", async () => {
    await expectEachStates(
      [
        [
          'Soldiers fought Boko Haram in Borno. The operation caused heavy losses in the ranks of Boko Haram.',
          'en',
        ],
        [
          "L'armée a combattu Boko Haram à Borno. Cette opération a fait de lourdes pertes dans les rangs de Boko Haram.",
          'fr',
        ],
        [
          'Los militares combatieron contra Boko Haram en Borno. Esta operación se saldó con numerosas bajas en las filas de Boko Haram.',
          'es',
        ],
      ],
      'boko-haram',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
    await expectEachStates(
      [
        [
          'Die Armee kämpfte in Borno gegen die Taliban. Der Einsatz forderte schwere Verluste in den Reihen der Taliban.',
          'de',
        ],
      ],
      'taliban',
      'SUFFERED_LOSSES_IN',
      'borno',
    );
  });

  test('losses fell where the fighting their clause of time tells broke out', async () => {
    await expectEachStates(
      [
        [
          'At least 191 Boko Haram fighters have been killed since the battle in Marawi erupted.',
          'en',
        ],
        [
          'At least 191 Boko Haram fighters have been killed since fighting broke out in Marawi.',
          'en',
        ],
        [
          'Au moins 191 combattants de Boko Haram ont été tués depuis que les combats ont éclaté à Marawi.',
          'fr',
        ],
        [
          'Mindestens 191 Kämpfer von Boko Haram wurden getötet, seit die Kämpfe in Marawi ausbrachen.',
          'de',
        ],
        [
          'Al menos 191 combatientes de Boko Haram han muerto desde que estallaron los combates en Marawi.',
          'es',
        ],
      ],
      'boko-haram',
      'SUFFERED_LOSSES_IN',
      'marawi',
    );
  });

  test('a battle for a town, or for control of it, is fought there; a war for a country is no place', async () => {
    await expectEachStates(
      [
        ['Twelve Boko Haram fighters were killed in the battle for Kidal.', 'en'],
        ['Twelve Boko Haram fighters were killed in the battle for control of Kidal.', 'en'],
        ['Douze combattants de Boko Haram ont été tués dans la bataille pour Kidal.', 'fr'],
        [
          'Douze combattants de Boko Haram ont été tués dans la bataille pour le contrôle de Kidal.',
          'fr',
        ],
        ['Zwölf Kämpfer von Boko Haram wurden im Kampf um Kidal getötet.', 'de'],
        ['Zwölf Kämpfer von Boko Haram wurden im Kampf um die Kontrolle über Kidal getötet.', 'de'],
        ['Doce combatientes de Boko Haram murieron en la batalla por Kidal.', 'es'],
        ['Doce combatientes de Boko Haram murieron en la batalla por el control de Kidal.', 'es'],
      ],
      'boko-haram',
      'SUFFERED_LOSSES_IN',
      'kidal',
    );
    await expectNoneStates(
      [['Twelve Boko Haram fighters were killed in the war for Mali.', 'en']],
      'SUFFERED_LOSSES_IN',
    );
  });
});
