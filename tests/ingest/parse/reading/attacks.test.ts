import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

const ELN = 'national-liberation-army';
const COLOMBIAN_ARMY = 'military-forces-of-colombia';
const BOKO_HARAM = 'boko-haram';
const NIGERIAN_ARMY = 'nigerian-armed-forces';

describe('parse-v1 and attacks: who made them and on whom', () => {
  test('killing a group\'s commanders is fighting it; "it" in the reported clause is whoever said it', async () => {
    const batch = await extract(
      'The Lebanese army said on Monday that it killed three Hezbollah commanders. Two Red Cross nurses were killed in Beirut.',
      'en',
    );
    const [killed] = find(batch, 'lebanese-armed-forces', 'AT_WAR_WITH', 'hezbollah');
    expect(killed?.attributedToId).toBe('armed_force:lebanese-armed-forces');
    expect(batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toHaveLength(1);
  });

  test('blows traded both ways and a passive "shot down by" give each side its enemy', async () => {
    const batch = await extract(
      'Armenia and Azerbaijan have been trading attacks since May. Dozens of Houthi drones were shot down by British jets.',
      'en',
    );
    expect(find(batch, 'armenia', 'AT_WAR_WITH', 'azerbaijan')).toHaveLength(1);
    expect(find(batch, 'azerbaijan', 'AT_WAR_WITH', 'armenia')).toHaveLength(1);
    expect(find(batch, 'british-armed-forces', 'AT_WAR_WITH', 'houthis')).toHaveLength(1);
  });

  test("a country's adjective on a weapon says where it was made, not who fights", async () => {
    const batch = await extract("Les FSR ont abattu un drone turc près d'El Fasher.", 'fr');
    expect(batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test("an attack's target on a participle, its nearest owner, and a subject behind a dateline", async () => {
    const helicopters = await extract(
      'The Myanmar military conducted air strikes using two attack helicopters against Arakan Army rebels.',
      'en',
    );
    expect(find(helicopters, 'burmese-armed-forces', 'AT_WAR_WITH', 'arakan-army')).toHaveLength(1);
    const owned = await extract("Somalia's Al Shabaab attacks on African Union troops' base", 'en');
    expect(owned.claims.map((c) => [c.subjectId, c.predicate, c.objectId])).toEqual([
      ['organization:al-shabaab', 'AT_WAR_WITH', 'organization:african-union'],
    ]);
    const dateline = await extract(
      "MOGADISHU, Somalia – Somali armed group Al Shabaab claims to have carried out a mortar attack on African Union troops' base.",
      'en',
    );
    expect(find(dateline, 'al-shabaab', 'AT_WAR_WITH', 'african-union')).toHaveLength(1);
    expect(find(dateline, 'somalia', 'AT_WAR_WITH', 'african-union')).toEqual([]);
  });

  test('a name given by a participle of naming, and an act claimed by "responsibility for" it', async () => {
    const fr = await extract(
      'Le groupe armé, connu sous le nom de JNIM, a revendiqué l’embuscade contre un convoi de mercenaires de Wagner.',
      'fr',
    );
    expect(
      find(fr, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'wagner-group'),
    ).toHaveLength(1);
    const en = await extract(
      'Hezbollah claimed responsibility for the attack on an Israeli army base.',
      'en',
    );
    // The base is the Israeli army's: its army's noun stands beside it.
    expect(find(en, 'hezbollah', 'AT_WAR_WITH', 'israel-defense-forces')).toHaveLength(1);
  });

  test('a verb of waging strikes fights the target the parser hung on the verb; a threat does not', async () => {
    await expectEachStates(
      [['Les Etats-Unis mènent depuis janvier des frappes contre les Houthis au Yémen.', 'fr']],
      'united-states',
      'AT_WAR_WITH',
      'houthis',
    );
    const threat = await extract('Israël menace de frappes contre le Hezbollah.', 'fr');
    expect(find(threat, 'israel', 'AT_WAR_WITH', 'hezbollah').map((c) => c.modality)).not.toContain(
      'ASSERTED',
    );
  });

  test('gains or strikes made against a side, with the target on the light verb, fight that side', async () => {
    await expectEachStates(
      [
        ['The Arakan Army made major gains against the Myanmar military.', 'en'],
        ["L'Armée d'Arakan a réalisé d'importantes avancées contre l'armée birmane.", 'fr'],
        ['Die Arakan Army hat große Geländegewinne gegen das myanmarische Militär erzielt.', 'de'],
        ['El Ejército de Arakan logró grandes avances contra el ejército birmano.', 'es'],
      ],
      'arakan-army',
      'AT_WAR_WITH',
      'burmese-armed-forces',
    );
    // An advance with no side against it fights nobody.
    const advance = await extract('The advance of Russian troops on Pokrovsk continued.', 'en');
    expect(advance.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });
  test('rockets fired "at" a side fight it, and so do strikes on targets a German genitive owns', async () => {
    await expectEachStates(
      [
        ['Die Hamas feuerte Raketen auf Israel ab.', 'de'],
        ['Hamas fired rockets at Israel.', 'en'],
      ],
      'hamas',
      'AT_WAR_WITH',
      'israel',
    );
    await expectEachStates(
      [['Israel hat am Dienstag Stellungen der Hisbollah angegriffen.', 'de']],
      'israel',
      'AT_WAR_WITH',
      'hezbollah',
    );
  });

  test('German: "angreifen" attacks, and a genitive before a title names what the title serves', async () => {
    const batch = await extract(
      'Russlands Präsident Wladimir Putin sagte am Donnerstag, Russland werde die Ukraine weiter angreifen.',
      'de',
    );
    expect(find(batch, 'vladimir-putin', 'LEADER_OF', 'russia')).toHaveLength(1);
    expect(find(batch, 'russia', 'AT_WAR_WITH', 'ukraine')).toHaveLength(1);
  });

  test('a weapon aimed "towards" a side, or used "against" it, attacks that side', async () => {
    await expectEachStates(
      [
        ['The Houthis fired a ballistic missile towards Israel.', 'en'],
        ['Les Houthis ont tiré un missile balistique vers Israël.', 'fr'],
        ['Los hutíes lanzaron un misil hacia Israel.', 'es'],
      ],
      'houthis',
      'AT_WAR_WITH',
      'israel',
    );
    await expectEachStates(
      [['Rusia ha lanzado un ataque masivo con drones contra Ucrania.', 'es']],
      'russia',
      'AT_WAR_WITH',
      'ukraine',
    );
  });

  test('strikes a demonym or a "by" phrase owns fight their target', async () => {
    await expectEachStates(
      [
        ['Israeli strikes on Hezbollah continued overnight.', 'en'],
        ['Les frappes israéliennes contre les positions du Hezbollah se sont poursuivies.', 'fr'],
        ['Die israelischen Angriffe auf Stellungen der Hisbollah gingen weiter.', 'de'],
        ['Los ataques israelíes contra posiciones de Hezbolá continuaron.', 'es'],
      ],
      'israel',
      'AT_WAR_WITH',
      'hezbollah',
    );
  });

  test('a target that is only a place a side holds stands for that side', async () => {
    for (const [text, language] of [
      ['Russian troops shelled a village controlled by the Ukrainian army.', 'en'],
      ['Russia bombed a village in an area controlled by the Ukrainian army.', 'en'],
      ["L'aviation russe a bombardé un hôpital contrôlé par l'armée ukrainienne.", 'fr'],
      [
        'Die russische Luftwaffe bombardierte ein Dorf, das in einem von der ukrainischen Armee kontrollierten Gebiet liegt.',
        'de',
      ],
      ['La aviación rusa bombardeó zonas controladas por el ejército ucraniano.', 'es'],
    ] as const) {
      const wars = (await extract(text, language)).claims.filter(
        (c) => c.predicate === 'AT_WAR_WITH' && c.objectId?.endsWith('armed-forces-of-ukraine'),
      );
      expect([text, wars.length]).toEqual([text, 1]);
    }
    // The parser may hang the relative clause saying where the target lies on the verb of a
    // clause after "als": it still describes the target.
    await expectEachStates(
      [
        [
          'Am Montag wurden zwei Kinder verletzt, als die myanmarische Luftwaffe eine Schule bombardierte, die sich in einem von der Arakan Army kontrollierten Gebiet befand.',
          'de',
        ],
        [
          'Drei Zivilisten starben, als die myanmarische Armee ein Dorf beschoss, das in einem von der Arakan Army kontrollierten Gebiet liegt.',
          'de',
        ],
      ],
      'burmese-armed-forces',
      'AT_WAR_WITH',
      'arakan-army',
    );
    // Fighting in a place a side holds, beside that side, is not fighting it.
    const beside = await extract(
      'Wagner fought in a Russian-controlled area alongside Russian troops.',
      'en',
    );
    expect(beside.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('whoever helps an attack ("with the help of", "con la ayuda de") attacks too', async () => {
    await expectEachStates(
      [
        [
          'Les Etats-Unis mènent des frappes contre les Houthis, parfois avec l’aide du Royaume-Uni.',
          'fr',
        ],
        [
          'The United States has carried out strikes on the Houthis with the help of Britain.',
          'en',
        ],
        ['Estados Unidos atacó a los hutíes con la ayuda del Reino Unido.', 'es'],
      ],
      'united-kingdom',
      'AT_WAR_WITH',
      'houthis',
    );
    // A helper of rebels who attack "the army" is not at war with its own army.
    const own = await extract('Die Rebellen griffen mit Unterstützung der USA die Armee an.', 'de');
    expect(own.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test("killing a militia's commander fights the militia, not the country of his demonym", async () => {
    await expectNoneStates(
      [
        ['The US military killed an Iraqi militia commander.', 'en'],
        ['Das US-Militär tötete einen irakischen Milizkommandeur.', 'de'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('an attack\'s author may be named after "by" on its participle of launching, never of backing', async () => {
    for (const [text, language, author, target] of [
      [
        "Une attaque lancée par des militants Boko Haram contre l'armée nigériane a échoué.",
        'fr',
        'boko-haram',
        'nigerian-armed-forces',
      ],
      [
        'La ofensiva emprendida por el ELN contra las FARC sorprendió a los habitantes.',
        'es',
        'national-liberation-army',
        'revolutionary-armed-forces-of-colombia',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, author, 'AT_WAR_WITH', target).length]).toEqual([text, 1]);
    }
    // "backed by Russia and Iran" names the target's allies, not the offensive's authors.
    const backed = await extract(
      'La ofensiva contra las fuerzas del régimen sirio, respaldado por Rusia e Irán, continúa.',
      'es',
    );
    expect(find(backed, 'russia', 'AT_WAR_WITH', 'syrian-armed-forces')).toEqual([]);
    expect(find(backed, 'iran', 'AT_WAR_WITH', 'syrian-armed-forces')).toEqual([]);
  });

  test('an author after two conjoined participles launched the attack too', async () => {
    for (const [text, language] of [
      [
        'Douze soldats nigérians ont été tués dans une attaque préparée et menée par Boko Haram.',
        'fr',
      ],
      [
        'Doce soldados nigerianos murieron en un ataque planeado y perpetrado por Boko Haram.',
        'es',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces').length,
      ]).toEqual([text, 1]);
    }
    // A "by" before the second participle is the first one's alone.
    const backed = await extract(
      'Douze soldats nigérians ont été tués dans une attaque soutenue par le Niger et menée hier.',
      'fr',
    );
    expect(find(backed, 'niger', 'AT_WAR_WITH', 'nigerian-armed-forces')).toEqual([]);
  });

  test("a unit attacked stands for its force; an attack's target may hang on the verb it is the object of", async () => {
    const text =
      "Ses troupes repoussaient une attaque lancée par des militants Boko Haram contre le 119e Bataillon de l'armée nigériane.";
    expect(
      find(await extract(text, 'fr'), 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces'),
    ).toHaveLength(1);
    // "on" after a verb of blaming names who is blamed, not a target.
    const blamed = await extract('The United States blamed the attack on Iran.', 'en');
    expect(find(blamed, 'united-states', 'AT_WAR_WITH', 'iran')).toEqual([]);
  });

  test('bombings and clashes under their German, French and Spanish names are attacks', async () => {
    for (const [text, language, author, target] of [
      [
        'Ein Selbstmordanschlag der TTP auf einen Konvoi der pakistanischen Armee hat neun Soldaten getötet.',
        'de',
        'tehrik-i-taliban-pakistan',
        'pakistan-armed-forces',
      ],
      [
        "Un attentat des Shebab contre l'armée somalienne a fait dix morts.",
        'fr',
        'al-shabaab',
        'somali-armed-forces',
      ],
      [
        'Un atentado de Al Shabab contra el ejército somalí dejó diez muertos.',
        'es',
        'al-shabaab',
        'somali-armed-forces',
      ],
      [
        'Seit Monaten kommt es zu schweren Auseinandersetzungen zwischen dem äthiopischen Militär und der TPLF.',
        'de',
        'ethiopian-national-defense-force',
        'tigray-people-s-liberation-front',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, author, 'AT_WAR_WITH', target).length]).toEqual([text, 1]);
    }
  });

  test('soldiers killed in an attack were killed by its author, even where the French parser takes "Huit" for a name', async () => {
    for (const [text, language, author, victims] of [
      [
        'Huit militaires camerounais ont été tués dans une attaque perpétrée samedi par des éléments de Boko Haram contre un poste militaire.',
        'fr',
        'boko-haram',
        'cameroonian-armed-forces',
      ],
      [
        'Quinze militaires béninois ont été tués dans une attaque du JNIM contre une position militaire.',
        'fr',
        'jama-at-nusrat-al-islam-wal-muslimin',
        'beninese-armed-forces',
      ],
      [
        'Eight Cameroonian soldiers were killed in an attack by Boko Haram on a military post.',
        'en',
        'boko-haram',
        'cameroonian-armed-forces',
      ],
      [
        'Des terroristes de Boko Haram ont tué huit militaires camerounais.',
        'fr',
        'boko-haram',
        'cameroonian-armed-forces',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, author, 'AT_WAR_WITH', victims).length]).toEqual([text, 1]);
    }
  });

  test('German attacks flown "auf" a side\'s facilities, and moving "gegen" a side ("vorgehen"), fight it', async () => {
    await expectEachStates(
      [
        [
          'Die türkische Luftwaffe hat Angriffe auf Einrichtungen der PKK nahe der irakischen Grenze geflogen.',
          'de',
        ],
        [
          'Seit 2015 geht das türkische Militär wieder gegen die PKK in der Südosttürkei vor.',
          'de',
        ],
      ],
      'turkish-armed-forces',
      'AT_WAR_WITH',
      'kurdistan-workers-party',
    );
    // Moving against people who are no side is no war.
    const police = await extract('Die türkische Polizei ging gegen Demonstranten vor.', 'de');
    expect(police.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('the name right after a participle of claiming and its "by" is who claimed the attack', async () => {
    await expectEachStates(
      [
        [
          'Seis soldados tunecinos mueren en un ataque reivindicado por al Qaeda en Kasserine.',
          'es',
        ],
      ],
      'al-qaeda',
      'AT_WAR_WITH',
      'tunisian-armed-forces',
    );
  });

  test('attacks a participle gives to a noun are not the attacks of a verb further up', async () => {
    const batch = await extract(
      "Islamabad accuse régulièrement Kaboul d'abriter les talibans pakistanais (TTP), auteurs présumés de nombreuses attaques meurtrières contre ses forces armées.",
      'fr',
    );
    expect(find(batch, 'afghanistan', 'AT_WAR_WITH', 'tehrik-i-taliban-pakistan')).toEqual([]);
  });

  test('a group that only speaks of an attack is not "the attackers"; a war that prevented something was fought; a spokesman after a person met is still the body\'s', async () => {
    const speaker = await extract(
      'Hezbollah said Israeli drones struck a car near Tyre. The attackers killed three Lebanese soldiers near Tyre.',
      'en',
    );
    expect(find(speaker, 'hezbollah', 'AT_WAR_WITH', 'lebanese-armed-forces')).toEqual([]);
    const war = await extract("Russia's war against Ukraine has prevented grain exports.", 'en');
    expect(find(war, 'russia', 'AT_WAR_WITH', 'ukraine')).toHaveLength(1);
    const met = await extract(
      'After talks with Antony Blinken, Hamas said through its spokesman Abdel Latif al-Qanoua that it would respond.',
      'en',
    );
    expect(find(met, 'abdel-latif-al-qanoua', 'SPOKESPERSON_OF', 'hamas')).toHaveLength(1);
    const border = await extract(
      "Dans le sud-ouest du Niger, près de la frontière avec le Mali et le Burkina Faso, 27 soldats ont été tués dans une attaque de l'État islamique au Sahel.",
      'fr',
    );
    expect(find(border, 'nigerien-armed-forces', 'SUFFERED_LOSSES_IN', 'niger')).toHaveLength(1);
  });

  test('who dies "au cours d\'une attaque", or dies in one, falls to its author', async () => {
    const french = await extract(
      "Six militaires burkinabè ont été tués au cours d'une attaque du JNIM près de Djibo.",
      'fr',
    );
    expect(
      find(french, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'burkinabe-armed-forces'),
    ).toHaveLength(1);
    const died = await extract('Five Colombian soldiers died in an ELN attack in Arauca.', 'en');
    expect(
      find(died, 'national-liberation-army', 'AT_WAR_WITH', 'military-forces-of-colombia'),
    ).toHaveLength(1);
  });

  test('the side that claims an attack made it, and an attack by a side that kills is its killing', async () => {
    await expectEachStates(
      [
        ['Nine Algerian soldiers died in an attack claimed by Boko Haram.', 'en'],
        ['Neuf soldats algériens sont morts dans une attaque revendiquée par Boko Haram.', 'fr'],
        ['Neun algerische Soldaten starben bei einem von Boko Haram reklamierten Anschlag.', 'de'],
        ['An attack by Boko Haram killed nine Algerian soldiers.', 'en'],
        ['Un ataque de Boko Haram mató a nueve soldados argelinos.', 'es'],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'algerian-armed-forces',
    );
    // Reporting an attack is no claim of it, and nobody is named as killer by an attack on them.
    for (const text of [
      'Nine Algerian soldiers died in an attack reported by Reuters.',
      'An attack on Boko Haram killed nine Algerian soldiers.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')]).toEqual([text, []]);
    }
  });

  test('who killed, at the hands of whom people died, fighters included', async () => {
    for (const [text, language] of [
      ['Cien combatientes del ELN han muerto a manos del Ejército de Colombia.', 'es'],
      [
        'Cien combatientes del ELN murieron a manos del Ejército de Colombia en el Catatumbo.',
        'es',
      ],
      ['A hundred ELN fighters died at the hands of the Colombian army.', 'en'],
      ["Cent combattants de l'ELN sont morts aux mains de l'armée colombienne.", 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'military-forces-of-colombia', 'AT_WAR_WITH', 'national-liberation-army'),
      ]).toEqual([text, [expect.anything()]]);
      // The killers lost nobody.
      expect([
        text,
        find(batch, 'military-forces-of-colombia', 'SUFFERED_LOSSES_IN', 'catatumbo'),
      ]).toEqual([text, []]);
    }
    const losses = await extract(
      'Cien combatientes del ELN murieron a manos del Ejército de Colombia en el Catatumbo.',
      'es',
    );
    expect(
      find(losses, 'national-liberation-army', 'SUFFERED_LOSSES_IN', 'catatumbo'),
    ).toHaveLength(1);
  });

  test('a warship of a state attacked is that state fought, also when a participle on the weapons aims them', async () => {
    for (const [text, language] of [
      ['The Houthis attacked the American aircraft carrier USS Harry S. Truman.', 'en'],
      ['Les Houthis ont attaqué une frégate américaine en mer Rouge.', 'fr'],
      ['Die Huthi griffen einen amerikanischen Zerstörer im Roten Meer an.', 'de'],
      ['Los rebeldes hutíes lanzaron un ataque contra el portaaviones estadounidense.', 'es'],
      [
        'Los hutíes lanzaron un ataque con misiles dirigido contra el portaaviones estadounidense.',
        'es',
      ],
    ] as const) {
      const batch = await extract(text, language);
      const fought = batch.claims.filter(
        (c) =>
          c.predicate === 'AT_WAR_WITH' &&
          c.subjectId.endsWith(':houthis') &&
          /:(?:united-states|united-states-armed-forces|french-armed-forces)$/u.test(
            c.objectId ?? '',
          ),
      );
      expect([text, fought.length]).toEqual([text, 1]);
    }
    // Another participle the parser hangs on the weapons names no target.
    const controlled = await extract(
      'India disparó misiles contra territorio controlado por Pakistán, matando a 31 personas.',
      'es',
    );
    expect(find(controlled, 'india', 'AT_WAR_WITH', 'pakistan')).toHaveLength(1);
  });

  test("a side claiming a force's dead fights it; a place hung on the killers is where they killed", async () => {
    await expectEachStates(
      [
        ["Les FLEC revendiquent régulièrement la mort de soldats de l'armée angolaise.", 'fr'],
        ['El FLEC reivindicó la muerte de cinco soldados angoleños.', 'es'],
      ],
      'flec',
      'AT_WAR_WITH',
      'angolan-armed-forces',
    );
    const civilians = await extract('Hamas claimed the deaths of 20 Palestinian civilians.', 'en');
    expect(civilians.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const place = await extract(
      '23 soldats tchadiens ont été tués par des éléments de Boko Haram à Dangdala, dans le sud-ouest du Tchad.',
      'fr',
    );
    expect(
      place.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN').map((c) => c.objectId),
    ).toEqual(['location:dangdala']);
  });
  test('troops that open fire on a side fight it', async () => {
    await expectEachStates(
      [
        ['Afghan troops opened fire on Pakistani soldiers on Saturday.', 'en'],
        ['Les soldats afghans ont ouvert le feu sur des soldats pakistanais.', 'fr'],
        ['Afghanische Truppen hatten das Feuer auf pakistanische Soldaten eröffnet.', 'de'],
        ['Soldados afganos abrieron fuego contra soldados paquistaníes.', 'es'],
      ],
      'afghan-armed-forces',
      'AT_WAR_WITH',
      'pakistan-armed-forces',
    );
  });

  test("a side's military post or checkpoint stands for its army, stormed or attacked", async () => {
    await expectEachStates(
      [
        ['Taliban fighters attacked a Pakistani military post near the border.', 'en'],
        ['Taliban fighters stormed a checkpoint of the Pakistani army.', 'en'],
        ["Les talibans ont attaqué un poste de l'armée pakistanaise.", 'fr'],
        ['Die Taliban griffen einen Kontrollpunkt der pakistanischen Armee an.', 'de'],
        ['Los talibanes atacaron un puesto del ejército paquistaní.', 'es'],
      ],
      'taliban',
      'AT_WAR_WITH',
      'pakistan-armed-forces',
    );
    await expectEachStates(
      [['Afghanische Truppen griffen pakistanische Grenzposten an.', 'de']],
      'afghan-armed-forces',
      'AT_WAR_WITH',
      'pakistan',
    );
    const post = await extract('Hamas shared a post on Telegram about Israel.', 'en');
    expect(post.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('a police officer killed stands for his state, as a side as he is as its loss', async () => {
    await expectEachStates(
      [
        ['Boko Haram killed a Cameroonian police officer.', 'en'],
        ['Boko Haram a tué un policier camerounais.', 'fr'],
        ['Boko Haram tötete einen kamerunischen Polizisten.', 'de'],
        ['Boko Haram mató a un policía camerunés.', 'es'],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'cameroon',
    );
    await expectEachStates(
      [['Boko Haram mató a un policía kosovar.', 'es']],
      'boko-haram',
      'AT_WAR_WITH',
      'kosovo',
    );
    // No state named, or only a people: "ethnic Albanian" is no Albania.
    await expectNoneStates(
      [
        ['Boko Haram killed a police officer.', 'en'],
        ['Serb gunmen killed an ethnic Albanian policeman.', 'en'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('a police station attacked stands for the state whose police it is', async () => {
    await expectEachStates(
      [
        ['Boko Haram attacked a Cameroonian police station in Kolofata.', 'en'],
        ['Boko Haram a attaqué un commissariat camerounais à Kolofata.', 'fr'],
        ['Boko Haram griff eine kamerunische Polizeiwache in Kolofata an.', 'de'],
        ['Boko Haram atacó una comisaría camerunesa en Kolofata.', 'es'],
        ['Boko Haram attacked a police post in Kolofata, in northern Cameroon.', 'en'],
        ['Boko Haram atacó un puesto policial en Kolofata, en el norte de Camerún.', 'es'],
        // With no country beside it, the one country the article has named.
        [
          'Les combats continuent au Cameroun. Boko Haram a attaqué un poste de police à Kolofata.',
          'fr',
        ],
        [
          'Die Kämpfe in Kamerun gehen weiter. Boko Haram griff einen Polizeiposten in Kolofata an.',
          'de',
        ],
      ],
      'boko-haram',
      'AT_WAR_WITH',
      'cameroon',
    );
    // No state named, or two: whose police it is is not stated; a train station is no police's.
    await expectNoneStates(
      [
        ['Boko Haram attacked a police station in Kolofata.', 'en'],
        [
          'Nigeria and Cameroon met in Abuja. Boko Haram attacked a police station in Kolofata.',
          'en',
        ],
        ['Fighting continues in Cameroon. Boko Haram attacked a train station in Kolofata.', 'en'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('strikes launched or rockets fired into a country are aimed at it', async () => {
    await expectEachStates(
      [
        ['Pakistan launched retaliatory missile strikes into Iran.', 'en'],
        ['Pakistan fired missiles into Iran on Thursday.', 'en'],
      ],
      'pakistan',
      'AT_WAR_WITH',
      'iran',
    );
    const fled = await extract('Refugees fled into Chad after the RSF attacks.', 'en');
    expect(fled.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('who fights off an attack fights its author, not the side it was aimed at', async () => {
    const batch = await extract(
      "Un commandant du 272 bataillon de chars a été tué lorsque ses troupes repoussaient une attaque lancée par des militants Boko Haram contre le 119e Bataillon de l'armée nigériane.",
      'fr',
    );
    expect(find(batch, '272nd-tank-battalion', 'AT_WAR_WITH', 'boko-haram')).toHaveLength(1);
    expect(find(batch, '272nd-tank-battalion', 'AT_WAR_WITH', '119th-battalion')).toEqual([]);
    await expectEachStates(
      [['The Nigerian army repelled an attack by Boko Haram on its base.', 'en']],
      'nigerian-armed-forces',
      'AT_WAR_WITH',
      'boko-haram',
    );
  });

  test('fire a side opens is its attack: who falls in it was fought by that side', async () => {
    await expectEachStates(
      [
        ['Four Pakistani soldiers were killed in Indian fire in Kashmir.', 'en'],
        ['Quatre soldats pakistanais ont été tués dans des tirs indiens au Cachemire.', 'fr'],
        ['Cuatro soldados paquistaníes murieron por disparos indios en Cachemira.', 'es'],
      ],
      'india',
      'AT_WAR_WITH',
      'pakistan-armed-forces',
    );
    const accident = await extract(
      'Two Russian soldiers died in a fire at their base in Crimea.',
      'en',
    );
    expect(accident.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('"attacked Maiduguri, killing ten soldiers": the attacker killed them, in the place attacked', async () => {
    const batch = await extract(
      'Boko Haram attacked Maiduguri, killing ten Nigerian soldiers.',
      'en',
    );
    expect(find(batch, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces')).toHaveLength(1);
    const [loss] = find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'maiduguri');
    expect(loss?.quantity).toMatchObject({ min: 10, max: 10 });
  });
});

describe('parse-v1 and an attack named by a gerund', () => {
  test('"killed on Sunday in shelling by Russian forces": the shelling is the attack, its "by" its author', async () => {
    const batch = await extract(
      'Three Ukrainian soldiers were killed on Sunday in shelling by Russian forces in the Kursk region.',
      'en',
    );
    expect(
      find(batch, 'russian-armed-forces', 'AT_WAR_WITH', 'armed-forces-of-ukraine'),
    ).toHaveLength(1);
  });
});

describe('parse-v1 and attacks fought off', () => {
  test('"repelled a wave of attacks by Russian forces": each side fought the other', async () => {
    for (const [text, language] of [
      ['Ukrainian troops repelled a wave of attacks by Russian forces in the Kursk region.', 'en'],
      [
        "Les troupes ukrainiennes ont repoussé une série d'attaques des forces russes dans la région de Koursk.",
        'fr',
      ],
      [
        'Die ukrainischen Truppen wehrten eine Reihe von Angriffen der russischen Armee in der Region Kursk ab.',
        'de',
      ],
    ] as const) {
      const batch = await extract(text, language);
      const ways = [
        find(batch, 'armed-forces-of-ukraine', 'AT_WAR_WITH', 'russian-armed-forces').length,
        find(batch, 'russian-armed-forces', 'AT_WAR_WITH', 'armed-forces-of-ukraine').length,
      ];
      expect([text, ways]).toEqual([text, [1, 1]]);
    }
  });

  test('English phrasal verbs with their particle: "beat back" an attack, "fended off" fighters', async () => {
    for (const text of [
      'The Nigerian army beat back a Boko Haram attack near Maiduguri.',
      'The Nigerian army had beaten back the Boko Haram assault on Maiduguri.',
      'Nigerian troops fended off Boko Haram fighters near Maiduguri.',
    ]) {
      const batch = await extract(text, 'en');
      const found = find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram').length;
      expect([text, found]).toEqual([text, 1]);
    }
    // The particle alone is no verb of fighting, and a rival beaten back at sport is no enemy.
    for (const text of [
      'The Nigerian army held back its reserves near Maiduguri.',
      'Nigeria beat back Cameroon 2-1 in the final.',
      'India held off Pakistan to win the match.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')]).toEqual([text, []]);
    }
  });

  test('"repelled an Israeli incursion": an incursion is an attack, its author fought', async () => {
    for (const [text, language] of [
      ['Hezbollah fighters beat back an Israeli incursion near Aitaroun.', 'en'],
      [
        "Les combattants du Hezbollah ont repoussé une incursion israélienne près d'Aitaroun.",
        'fr',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, 'israel', 'AT_WAR_WITH', 'hezbollah').length]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and German relative clauses', () => {
  test('"griffen einen Stützpunkt an, der von kenianischen Soldaten besetzt war": the post held is the target', async () => {
    for (const [text, attacker, held] of [
      [
        'Boko Haram griff einen Kontrollpunkt an, der von nigerianischen Soldaten gehalten wurde.',
        'boko-haram',
        'nigerian-armed-forces',
      ],
      [
        'Die Al-Shabaab-Kämpfer griffen einen Stützpunkt an, der von kenianischen Soldaten besetzt war.',
        'al-shabaab',
        'kenya-defence-forces',
      ],
    ] as const) {
      const batch = await extract(text, 'de');
      expect([text, find(batch, attacker, 'AT_WAR_WITH', held).length]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and a participle set off by a comma after the object', () => {
  test('"ont attaqué une base …, tuant trois Américains": the attackers killed, not the base', async () => {
    const batch = await extract(
      'Les combattants du groupe islamiste somalien des shebab ont attaqué dimanche une base militaire américano-kenyane à Lamu, tuant trois Américains.',
      'fr',
    );
    expect(find(batch, 'kenya', 'AT_WAR_WITH', 'united-states')).toEqual([]);
    expect(find(batch, 'united-states', 'SUFFERED_LOSSES_IN', 'lamu')).toHaveLength(1);
  });
});

describe('parse-v1 and strikes aimed at a side', () => {
  test('"visaient", "zielten auf": strikes aimed at a side fight it; sanctions or a state\'s measures aimed at a state do not', async () => {
    await expectEachStates(
      [
        ['Les frappes israéliennes visaient le Hezbollah.', 'fr'],
        ['Die israelischen Angriffe zielten auf die Hisbollah.', 'de'],
      ],
      'israel',
      'AT_WAR_WITH',
      'hezbollah',
    );
    await expectNoneStates(
      [
        ["Les nouvelles sanctions de l'UE visent la Russie.", 'fr'],
        ['Die Sanktionen der EU zielen auf Russland.', 'de'],
        ['La France vise la Russie avec de nouvelles mesures.', 'fr'],
      ],
      'AT_WAR_WITH',
    );
  });
});

describe('parse-v1 and attackers named with their group', () => {
  test('"quatre assaillants du JNIM", "four JNIM attackers": killing a group\'s attackers fights the group', async () => {
    await expectEachStates(
      [
        ["L'armée béninoise a tué quatre assaillants du JNIM.", 'fr'],
        ['El ejército de Benín mató a cuatro atacantes del JNIM.', 'es'],
      ],
      'beninese-armed-forces',
      'AT_WAR_WITH',
      'jama-at-nusrat-al-islam-wal-muslimin',
    );
  });
});

describe('parse-v1 and strikes aimed at a side in the passive', () => {
  test("strikes aimed at a side in the passive are their authors' fight against it; aimed words are not", async () => {
    await expectEachStates(
      [
        ['The Israeli strikes were aimed at Hezbollah.', 'en'],
        ['Les frappes israéliennes étaient dirigées contre le Hezbollah.', 'fr'],
        ['Die israelischen Angriffe waren gegen die Hisbollah gerichtet.', 'de'],
        ['Los ataques israelíes estaban dirigidos contra Hezbolá.', 'es'],
      ],
      'israel',
      'AT_WAR_WITH',
      'hezbollah',
    );
    await expectNoneStates(
      [
        ['The sanctions were aimed at Russia.', 'en'],
        ['Die Kritik war gegen Russland gerichtet.', 'de'],
        ['The Iranian strikes were aimed at defending Hezbollah.', 'en'],
      ],
      'AT_WAR_WITH',
    );
    const spared = await extract(
      'The Turkish strikes were aimed at the PKK and not at Syria.',
      'en',
    );
    expect(find(spared, 'kurdistan-workers-party', 'AT_WAR_WITH', 'syria')).toEqual([]);
    expect(find(spared, 'turkey', 'AT_WAR_WITH', 'syria')).toEqual([]);
    expect(find(spared, 'turkey', 'AT_WAR_WITH', 'kurdistan-workers-party')).toHaveLength(1);
  });
});

describe('parse-v1 reads who ambushes whom', () => {
  test('whom an ambush is laid for, after "tendre/tender une embuscade à", is fought', async () => {
    await expectEachStates(
      [
        [
          "Les rebelles de l'ELN ont tendu une embuscade à une patrouille de l'armée colombienne.",
          'fr',
        ],
        [
          'Los rebeldes del ELN tendieron una emboscada a una patrulla del ejército colombiano.',
          'es',
        ],
      ],
      ELN,
      'AT_WAR_WITH',
      COLOMBIAN_ARMY,
    );
  });

  test('an ambush laid at a place or in a country names no enemy', async () => {
    await expectNoneStates(
      [
        ["Les rebelles de l'ELN ont tendu une embuscade en Colombie.", 'fr'],
        ['Los rebeldes del ELN tendieron una emboscada a Colombia.', 'es'],
        ['La ONU tendió la mano a Colombia.', 'es'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('the verbs of ambushing in German and Spanish, whatever their form, fight their object', async () => {
    await expectEachStates(
      [
        ['Kämpfer der ELN überfielen einen Konvoi der kolumbianischen Armee.', 'de'],
        ['Los separatistas del ELN emboscaron a un convoy del ejército colombiano.', 'es'],
      ],
      ELN,
      'AT_WAR_WITH',
      COLOMBIAN_ARMY,
    );
  });

  test('whoever falls into an ambush its author is named for, or is lured into one, is fought', async () => {
    await expectEachStates(
      [
        ['A Nigerian army convoy fell into an ambush laid by Boko Haram.', 'en'],
        [
          "Une patrouille de l'armée nigériane est tombée dans une embuscade tendue par Boko Haram.",
          'fr',
        ],
        ['Una patrulla del ejército nigeriano cayó en una emboscada tendida por Boko Haram.', 'es'],
        [
          'Eine Patrouille der nigerianischen Armee geriet in einen Hinterhalt von Boko Haram.',
          'de',
        ],
        ['Boko Haram fighters lured a Nigerian army patrol into an ambush.', 'en'],
        [
          "Les combattants de Boko Haram ont attiré une patrouille de l'armée nigériane dans une embuscade.",
          'fr',
        ],
        [
          'Kämpfer von Boko Haram lockten eine Patrouille der nigerianischen Armee in einen Hinterhalt.',
          'de',
        ],
      ],
      BOKO_HARAM,
      'AT_WAR_WITH',
      NIGERIAN_ARMY,
    );
  });

  test('an ambush with no author named makes nobody fight those who fell into it', async () => {
    await expectNoneStates(
      [
        ['A Nigerian army convoy fell into an ambush near Maiduguri.', 'en'],
        ['Cameroonian troops and a Nigerian army convoy fell into an ambush.', 'en'],
        [
          'Eine Patrouille der nigerianischen Armee geriet in einen Hinterhalt bei Maiduguri.',
          'de',
        ],
      ],
      'AT_WAR_WITH',
    );
  });

  test("falling into someone's ambush is the clause's statement, which a denial above denies", async () => {
    const batch = await extract(
      'Russland bestreitet, dass ukrainische Soldaten in einen Hinterhalt der russischen Armee geraten seien.',
      'de',
    );
    const found = find(batch, 'russian-armed-forces', 'AT_WAR_WITH', 'armed-forces-of-ukraine');
    expect(found.map((c) => c.modality)).toEqual(['DENIED']);
  });
});

describe('parse-v1 reads the target of an attack people died in', () => {
  test("the target the parser hangs on the verb of dying is the attack author's enemy", async () => {
    await expectEachStates(
      [
        [
          "Quinze soldats sont morts dans une attaque du JNIM contre une position de l'armée béninoise.",
          'fr',
        ],
        [
          'Quince soldados murieron en un ataque del JNIM contra una posición del ejército beninés.',
          'es',
        ],
        [
          'Quince soldados fueron asesinados en un ataque del JNIM contra una posición del ejército beninés.',
          'es',
        ],
      ],
      'jama-at-nusrat-al-islam-wal-muslimin',
      'AT_WAR_WITH',
      'beninese-armed-forces',
    );
  });

  test('an attack naming no author makes the dead fight nobody', async () => {
    await expectNoneStates(
      [
        [
          'Quince soldados franceses murieron en un ataque contra una base de Wagner en Malí.',
          'es',
        ],
      ],
      'AT_WAR_WITH',
    );
  });
});

describe('parse-v1 reads German attacks fought off with a separated particle', () => {
  test('"schlug … zurück" fights off the attacks of their owner', async () => {
    const batch = await extract(
      'Die ukrainische Armee schlug russische Angriffe bei Bachmut zurück.',
      'de',
    );
    expect(find(batch, 'armed-forces-of-ukraine', 'AT_WAR_WITH', 'russia')).toHaveLength(1);
    expect(find(batch, 'russia', 'AT_WAR_WITH', 'armed-forces-of-ukraine')).toHaveLength(1);
  });
});

describe('parse-v1 reads armed men breaking into a country', () => {
  test('fighters forcing their way into a country, or a part of it, attack it', async () => {
    await expectEachStates(
      [
        ['Hamas fighters broke into southern Israel.', 'en'],
        ["Des combattants du Hamas ont pénétré dans le sud d'Israël.", 'fr'],
        ['Combatientes de Hamás irrumpieron en el sur de Israel.', 'es'],
        ['Kämpfer der Hamas drangen in den Süden Israels ein.', 'de'],
        ['Hunderte Kämpfer der Hamas waren in den Süden Israels eingedrungen.', 'de'],
      ],
      'hamas',
      'AT_WAR_WITH',
      'israel',
    );
  });

  test('unarmed people, talks, promises and a force in its own country attack nobody', async () => {
    await expectNoneStates(
      [
        ['Russian hackers broke into the United States.', 'en'],
        ['Ukrainian refugees broke into Poland.', 'en'],
        ['Russia broke its promise to Ukraine.', 'en'],
        ["Des soldats israéliens ont pénétré dans le sud d'Israël.", 'fr'],
        ['Los manifestantes irrumpieron en el Parlamento de Ucrania.', 'es'],
      ],
      'AT_WAR_WITH',
    );
  });
});

describe('parse-v1 reads fire answered', () => {
  test('who returns fire, or answers an attack in arms, fights its owner and whom the answer is aimed at', async () => {
    await expectEachStates(
      [
        ['The Nigerian army returned fire on Boko Haram fighters.', 'en'],
        ["L'armée nigériane a riposté aux tirs de Boko Haram.", 'fr'],
        ["L'armée nigériane a riposté contre Boko Haram.", 'fr'],
        ['El ejército nigeriano respondió al fuego de Boko Haram.', 'es'],
        ['El ejército nigeriano respondió al ataque de Boko Haram.', 'es'],
        ['Die nigerianische Armee erwiderte das Feuer von Boko Haram.', 'de'],
      ],
      NIGERIAN_ARMY,
      'AT_WAR_WITH',
      BOKO_HARAM,
    );
  });

  test('answers in words, and answers by the unarmed, fight nobody', async () => {
    await expectNoneStates(
      [
        ['Le Nigeria a riposté aux critiques du Cameroun.', 'fr'],
        ['Le Cameroun a riposté contre le Nigeria.', 'fr'],
        ['El ejército nigeriano respondió a las críticas de Boko Haram.', 'es'],
        ['Die Armee erwiderte die Vorwürfe von Boko Haram.', 'de'],
        ['The UN responded to the attack by Boko Haram.', 'en'],
        ['La ONU respondió al ataque de Boko Haram.', 'es'],
      ],
      'AT_WAR_WITH',
    );
  });
});

describe('parse-v1 and a German compound of a name and an attack', () => {
  test('"Hisbollah-Angriffe auf Nordisrael": the name hyphened to the attack is its author', async () => {
    // The tokenizer splits the compound at its hyphen, and the parser hung the attack on the name.
    for (const [text, author] of [
      ['Bei Hisbollah-Angriffen auf Nordisrael wurden zwei Soldaten getötet.', 'hezbollah'],
      ['Die Huthi-Angriffe auf Israel gehen weiter.', 'houthis'],
    ] as const) {
      const batch = await extract(text, 'de');
      expect([text, find(batch, author, 'AT_WAR_WITH', 'israel').length]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and blame: whom an attack is put on, and who says so', () => {
  const JNIM = 'jama-at-nusrat-al-islam-wal-muslimin';
  const ISRAELI_ARMY = 'israel-defense-forces';

  /** Each text's one claim "subject AT_WAR_WITH object", as [text, modality, who says it]. */
  async function expectEachSaid(
    cases: readonly (readonly [string, string, string, string, string, string | null])[],
  ): Promise<void> {
    for (const [text, language, subject, object, modality, speaker] of cases) {
      const found = find(await extract(text, language), subject, 'AT_WAR_WITH', object);
      expect([text, found.map((c) => [c.modality, c.attributedToId])]).toEqual([
        text,
        [[modality, speaker]],
      ]);
    }
  }

  test('a side blamed for an attack, or held responsible for it, made it, as the blamer alleges', async () => {
    await expectEachSaid([
      [
        'Israel blamed Hezbollah for the attack on Israeli soldiers.',
        'en',
        'hezbollah',
        ISRAELI_ARMY,
        'ALLEGED',
        'country:israel',
      ],
      [
        'The United States blamed the attack on American troops on Iran.',
        'en',
        'iran',
        'united-states-armed-forces',
        'ALLEGED',
        'country:united-states',
      ],
      [
        'Kyiv held Russia responsible for the attack on Ukrainian soldiers.',
        'en',
        'russia',
        'armed-forces-of-ukraine',
        'ALLEGED',
        'country:ukraine',
      ],
      [
        'Israel blamed Hezbollah for the attack that killed two Lebanese soldiers.',
        'en',
        'hezbollah',
        'lebanese-armed-forces',
        'ALLEGED',
        'country:israel',
      ],
      [
        "Israël a imputé l'attaque contre les soldats libanais au Hezbollah.",
        'fr',
        'hezbollah',
        'lebanese-armed-forces',
        'ALLEGED',
        'country:israel',
      ],
      [
        "Bamako tient le JNIM pour responsable de l'attaque contre l'armée malienne.",
        'fr',
        JNIM,
        'malian-armed-forces',
        'ALLEGED',
        'country:mali',
      ],
      [
        'Israel machte die Hisbollah für den Angriff auf israelische Soldaten verantwortlich.',
        'de',
        'hezbollah',
        ISRAELI_ARMY,
        'ALLEGED',
        'country:israel',
      ],
      [
        'Israel culpó a Hezbolá del ataque contra soldados israelíes.',
        'es',
        'hezbollah',
        ISRAELI_ARMY,
        'ALLEGED',
        'country:israel',
      ],
    ]);
    // Who blames does not fight, nor does who holds a side responsible hold it.
    for (const [text, language, blamer, object] of [
      [
        'Israel blamed Hezbollah for the attack that killed two Lebanese soldiers.',
        'en',
        'israel',
        'lebanese-armed-forces',
      ],
      [
        "Bamako tient le JNIM pour responsable de l'attaque contre l'armée malienne.",
        'fr',
        'mali',
        JNIM,
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, find(batch, blamer, 'AT_WAR_WITH', object)]).toEqual([text, []]);
    }
  });

  test('an attack blamed on a side with nobody named blaming it is an allegation of nobody', async () => {
    await expectEachSaid([
      [
        'The attack on Israel was blamed on the Houthis.',
        'en',
        'houthis',
        'israel',
        'ALLEGED',
        null,
      ],
      [
        'Hezbollah is held responsible for the attack on Israeli soldiers.',
        'en',
        'hezbollah',
        ISRAELI_ARMY,
        'ALLEGED',
        null,
      ],
      [
        "L'attaque contre l'armée malienne a été attribuée au JNIM.",
        'fr',
        JNIM,
        'malian-armed-forces',
        'ALLEGED',
        null,
      ],
      [
        'Neuf soldats algériens sont morts dans une attaque attribuée à Boko Haram.',
        'fr',
        BOKO_HARAM,
        'algerian-armed-forces',
        'ALLEGED',
        null,
      ],
      [
        'Der Anschlag auf die nigerianische Armee wird Boko Haram zugeschrieben.',
        'de',
        BOKO_HARAM,
        NIGERIAN_ARMY,
        'ALLEGED',
        null,
      ],
      [
        'El ataque contra el ejército somalí fue atribuido a Al Shabab.',
        'es',
        'al-shabaab',
        'somali-armed-forces',
        'ALLEGED',
        null,
      ],
      [
        'Un ataque atribuido al ELN contra el ejército colombiano dejó cinco muertos.',
        'es',
        ELN,
        COLOMBIAN_ARMY,
        'ALLEGED',
        null,
      ],
    ]);
  });

  test('a side that claims an attack, or takes responsibility for it, asserts it made it', async () => {
    await expectEachSaid([
      [
        'The Houthis claimed responsibility for the attack on Israel.',
        'en',
        'houthis',
        'israel',
        'ASSERTED',
        'organization:houthis',
      ],
      [
        'The attack on Malian soldiers, claimed by JNIM, killed ten.',
        'en',
        JNIM,
        'malian-armed-forces',
        'ASSERTED',
        `armed_force:${JNIM}`,
      ],
      [
        'JNIM claimed the attack that killed ten Malian soldiers.',
        'en',
        JNIM,
        'malian-armed-forces',
        'ASSERTED',
        `armed_force:${JNIM}`,
      ],
      [
        "L'EI a revendiqué l'attentat contre l'armée nigériane.",
        'fr',
        'islamic-state',
        NIGERIAN_ARMY,
        'ASSERTED',
        'organization:islamic-state',
      ],
      [
        "Le JNIM s'est attribué l'attaque contre l'armée malienne.",
        'fr',
        JNIM,
        'malian-armed-forces',
        'ASSERTED',
        `armed_force:${JNIM}`,
      ],
      [
        'Der IS reklamierte den Anschlag auf die nigerianische Armee für sich.',
        'de',
        'islamic-state',
        NIGERIAN_ARMY,
        'ASSERTED',
        'organization:islamic-state',
      ],
      [
        'Die PKK bekannte sich zu dem Anschlag auf türkische Soldaten.',
        'de',
        'kurdistan-workers-party',
        'turkish-armed-forces',
        'ASSERTED',
        'organization:kurdistan-workers-party',
      ],
      [
        'Die TTP übernahm die Verantwortung für den Anschlag auf die pakistanische Armee.',
        'de',
        'tehrik-i-taliban-pakistan',
        'pakistan-armed-forces',
        'ASSERTED',
        'armed_force:tehrik-i-taliban-pakistan',
      ],
      [
        'El Estado Islámico reivindicó el atentado contra el ejército nigeriano.',
        'es',
        'islamic-state',
        NIGERIAN_ARMY,
        'ASSERTED',
        'organization:islamic-state',
      ],
      [
        'El ELN asumió la responsabilidad del ataque contra el ejército colombiano.',
        'es',
        ELN,
        COLOMBIAN_ARMY,
        'ASSERTED',
        `armed_force:${ELN}`,
      ],
    ]);
  });

  test('a side that denies responsibility for an attack denies it made it', async () => {
    await expectEachSaid([
      [
        'Hamas denied responsibility for the attack that killed three Israeli soldiers.',
        'en',
        'hamas',
        ISRAELI_ARMY,
        'DENIED',
        'organization:hamas',
      ],
      [
        "Le Hamas a démenti toute responsabilité dans l'attaque contre Israël.",
        'fr',
        'hamas',
        'israel',
        'DENIED',
        'organization:hamas',
      ],
      [
        'Die Hamas weist jede Verantwortung für den Anschlag auf Israel zurück.',
        'de',
        'hamas',
        'israel',
        'DENIED',
        'organization:hamas',
      ],
      [
        'Hamás negó cualquier responsabilidad en el ataque contra Israel.',
        'es',
        'hamas',
        'israel',
        'DENIED',
        'organization:hamas',
      ],
    ]);
  });

  test('an attack blamed or claimed with no target named sets nobody at war', async () => {
    await expectNoneStates(
      [
        ['ISIS claimed responsibility for the bombing.', 'en'],
        ['The attack was blamed on the Houthis.', 'en'],
        ["Le JNIM a revendiqué l'attaque.", 'fr'],
        ['Der Anschlag wird der Hamas zugeschrieben.', 'de'],
        ['Al Shabab reivindicó el atentado.', 'es'],
      ],
      'AT_WAR_WITH',
    );
  });

  test("attacks on targets in a country, or on its capital, fight that country; a group's targets are not the country's", async () => {
    await expectEachStates(
      [
        ['Hamas stepped up its rocket attacks on targets in Israel.', 'en'],
        ['Le Hamas a intensifié ses attaques contre des cibles en Israël.', 'fr'],
        ['Die Hamas verstärkte ihre Angriffe auf Ziele in Israel.', 'de'],
        ['Hamás intensificó sus ataques contra objetivos en Israel.', 'es'],
      ],
      'hamas',
      'AT_WAR_WITH',
      'israel',
    );
    await expectEachStates(
      [
        ['It was the deadliest Israeli raid on the Syrian capital.', 'en'],
        ["C'est l'attaque israélienne la plus meurtrière sur la capitale syrienne.", 'fr'],
        ['Es war der schwerste israelische Angriff auf die syrische Hauptstadt.', 'de'],
        ['Fue el ataque israelí más mortífero contra la capital siria.', 'es'],
      ],
      'israel',
      'AT_WAR_WITH',
      'syria',
    );
    await expectNoneStates(
      [
        ['Russian jets stepped up strikes on rebel positions in Syria.', 'en'],
        ["L'aviation russe a intensifié ses frappes contre des positions rebelles en Syrie.", 'fr'],
        ['Russland verstärkte seine Angriffe auf Rebellenstellungen in Syrien.', 'de'],
        ['Rusia intensificó sus ataques contra posiciones rebeldes en Siria.', 'es'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('strikes that hit a side fight it; a crisis that hits a country does not', async () => {
    await expectEachStates(
      [
        ['Israeli air strikes hit Hezbollah positions.', 'en'],
        ['Des frappes israéliennes ont atteint des positions du Hezbollah.', 'fr'],
        ['Israelische Luftangriffe trafen Stellungen der Hisbollah.', 'de'],
        ['Los bombardeos israelíes alcanzaron posiciones de Hezbolá.', 'es'],
      ],
      'israel',
      'AT_WAR_WITH',
      'hezbollah',
    );
    await expectNoneStates(
      [
        ['The crisis hit Israel hard.', 'en'],
        ['La crise a durement touché Israël.', 'fr'],
      ],
      'AT_WAR_WITH',
    );
  });
});
