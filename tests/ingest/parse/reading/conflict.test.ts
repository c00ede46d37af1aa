import {
  expectEachStates,
  expectNoneStates,
  expectNoneStatesOf,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and wars, clashes and fighting for a side', () => {
  test('conjoined sides that clash fight each other, and a negated deployment is denied', async () => {
    const batch = await extract(
      'Armenia and Azerbaijan clashed on the border on Tuesday. Russia did not send troops to Syria.',
      'en',
    );
    expect(find(batch, 'armenia', 'AT_WAR_WITH', 'azerbaijan')).toHaveLength(1);
    expect(find(batch, 'azerbaijan', 'AT_WAR_WITH', 'armenia')).toHaveLength(1);
    expect(find(batch, 'russian-armed-forces', 'DEPLOYED_TO', 'syria')[0]?.modality).toBe('DENIED');
  });

  test('a war whose sides hang on the verb it is the subject of: "broke out between"', async () => {
    const batch = await extract("La guerre a éclaté en 2022 entre la Russie et l'Ukraine.", 'fr');
    expect(find(batch, 'russia', 'AT_WAR_WITH', 'ukraine')).toHaveLength(1);
    expect(find(batch, 'ukraine', 'AT_WAR_WITH', 'russia')).toHaveLength(1);
  });

  test('a light verb with a noun of fighting fights: its sides and place may hang on the noun', async () => {
    const en = await extract(
      'Belarusian troops have engaged in combat in Donetsk alongside Russian forces.',
      'en',
    );
    expect(find(en, 'armed-forces-of-belarus', 'FIGHTS_FOR', 'russia')).toHaveLength(1);
    expect(find(en, 'armed-forces-of-belarus', 'DEPLOYED_TO', 'donetsk-oblast')).toHaveLength(1);
    const fr = await extract(
      'Des soldats biélorusses ont participé aux combats à Donetsk aux côtés des forces russes.',
      'fr',
    );
    expect(find(fr, 'armed-forces-of-belarus', 'FIGHTS_FOR', 'russia')).toHaveLength(1);
  });

  test("a possessive names the war's owner: the nearest state or group named before it", async () => {
    for (const [text, language] of [
      ['Die EU verhängte Sanktionen gegen Russland wegen seines Krieges gegen die Ukraine.', 'de'],
      ['Bruselas aprobó nuevas sanciones contra Rusia por su guerra en Ucrania.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect(find(batch, 'russia', 'AT_WAR_WITH', 'ukraine')).toHaveLength(1);
      expect(find(batch, 'european-union', 'AT_WAR_WITH', 'ukraine')).toHaveLength(0);
    }
    // With nobody named before it, the possessive names no one.
    const alone = await extract('Su guerra en Ucrania continúa.', 'es');
    expect(alone.claims.map((c) => c.predicate)).not.toContain('AT_WAR_WITH');
  });

  test('troops killed in fighting against a side fought that side; civilians killed in it fought nobody', async () => {
    const sentences: [string, string][] = [
      [
        'Around 30 North Korean troops were killed or wounded in fighting against the Ukrainian army.',
        'en',
      ],
    ];
    await expectEachStates(
      sentences,
      'korean-people-s-army',
      'AT_WAR_WITH',
      'armed-forces-of-ukraine',
    );
    await expectEachStates(
      [['Several RSF fighters were wounded in fighting against the Sudanese army.', 'en']],
      'rapid-support-forces',
      'AT_WAR_WITH',
      'sudanese-armed-forces',
    );
    const civilians = await extract(
      'Dozens of civilians were killed in fighting against the Ukrainian army.',
      'en',
    );
    expect(civilians.claims.map((c) => c.predicate)).not.toContain('AT_WAR_WITH');
  });

  test('the sides "between" a war names are at war, also when the parser hangs them on its modifier', async () => {
    await expectEachStates(
      [
        [
          "C'est le bilan le plus lourd depuis la guerre d'un mois et demi entre l'Arménie et l'Azerbaïdjan.",
          'fr',
        ],
        [
          'Es ist die höchste Zahl seit dem Krieg im Herbst 2020 zwischen Armenien und Aserbaidschan.',
          'de',
        ],
        [
          'Es el balance más grave desde la guerra de seis semanas en 2020 entre Armenia y Azerbaiyán.',
          'es',
        ],
      ],
      'armenia',
      'AT_WAR_WITH',
      'azerbaijan',
    );
    // A noun of place right after the comma or dash, wherever the parser hangs it.
    await expectEachStates(
      [
        ['Des combats ont eu lieu à Sikikede, une localité de la région de la Vakaga.', 'fr'],
        [
          'Des combats ont opposé des soldats et des rebelles à Sikikede – une localité de la région de la Vakaga.',
          'fr',
        ],
        ['Fighting broke out in Sikikede, a village of the Vakaga region.', 'en'],
      ],
      'sikikede',
      'LOCATED_IN',
      'vakaga',
    );
    const border = await extract(
      "La frontière entre l'Arménie et l'Azerbaïdjan reste tendue depuis la guerre.",
      'fr',
    );
    expect(find(border, 'armenia', 'AT_WAR_WITH', 'azerbaijan')).toEqual([]);
    const tensions = await extract(
      "La guerre à Gaza, source de tensions entre l'Égypte et Israël, se poursuit.",
      'fr',
    );
    expect(find(tensions, 'egypt', 'AT_WAR_WITH', 'israel')).toEqual([]);
  });

  test("a side that uses or mobilises another state's troops has them fight for it; its own say nothing", async () => {
    await expectEachStates(
      [
        [
          'Zelensky said Russia had begun using a significant number of North Koreans in its assaults in Kursk.',
          'en',
        ],
        ['Moscou avait commencé à mobiliser "un nombre notable" de troupes nord-coréennes.', 'fr'],
        ['Russland setzt nordkoreanische Soldaten in der Region Kursk ein.', 'de'],
        [
          'Rusia había comenzado a usar un número significativo de norcoreanos en sus asaltos.',
          'es',
        ],
      ],
      'korean-people-s-army',
      'FIGHTS_FOR',
      'russia',
    );
    const own = await extract(
      'Russia used its own troops and Russian conscripts in the assault.',
      'en',
    );
    expect(own.claims.filter((c) => c.predicate === 'FIGHTS_FOR')).toEqual([]);
    await expectNoneStates(
      [
        ['Ukraine is using captured North Korean soldiers for propaganda.', 'en'],
        ['Die Ukraine setzt nordkoreanische Soldaten fest.', 'de'],
      ],
      'FIGHTS_FOR',
    );
  });

  test('sides that fight each other, or fight with a reflexive clitic, are at war both ways', async () => {
    const sentences = [
      ['The Sudanese army and the RSF have been fighting each other since April 2023.', 'en'],
      ["L'armée soudanaise et les FSR se battent l'une contre l'autre depuis avril 2023.", 'fr'],
      ["L'armée soudanaise et les FSR s'affrontent depuis avril 2023.", 'fr'],
      ['El ejército sudanés y las RSF luchan entre sí desde abril de 2023.', 'es'],
      ['Die sudanesische Armee und die RSF bekämpfen sich seit April 2023.', 'de'],
    ] as const;
    await expectEachStates(
      sentences,
      'rapid-support-forces',
      'AT_WAR_WITH',
      'sudanese-armed-forces',
    );
    await expectEachStates(
      sentences,
      'sudanese-armed-forces',
      'AT_WAR_WITH',
      'rapid-support-forces',
    );
    const match = await extract("La France a battu l'Espagne en finale.", 'fr');
    expect(match.claims).toEqual([]);
    for (const [text, language] of [
      ['Rusia y Bielorrusia sí atacaron a Ucrania.', 'es'],
      ['Russia and Belarus attacked Ukraine one after the other.', 'en'],
      ["La Russie et la Biélorussie se sont attaquées à l'Ukraine.", 'fr'],
    ] as const) {
      const allies = await extract(text, language);
      expect([text, find(allies, 'russia', 'AT_WAR_WITH', 'belarus')]).toEqual([text, []]);
      expect([text, find(allies, 'belarus', 'AT_WAR_WITH', 'ukraine').length]).toEqual([text, 1]);
    }
  });

  test('a group controlled by a body is not fought by it, as captured fighters are', async () => {
    const controlled = await extract(
      'Das vom russischen Verteidigungsministerium kontrollierte Afrikakorps ist jetzt in Mali aktiv.',
      'de',
    );
    expect(controlled.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
    const captured = await extract('JNIM captured several Wagner fighters near Moura.', 'en');
    expect(
      find(captured, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'wagner-group'),
    ).toHaveLength(1);
  });

  test('driving troops off their ground fights them; expelling foreign troops by decree does not', async () => {
    await expectEachStates(
      [
        ['Ukrainian forces dislodged Russian troops from the town.', 'en'],
        ['Ukrainian forces pushed the Russian troops back.', 'en'],
        ['Les forces ukrainiennes ont délogé les troupes russes de la ville.', 'fr'],
        ['Die ukrainischen Truppen drängten die russischen Soldaten zurück.', 'de'],
      ],
      'armed-forces-of-ukraine',
      'AT_WAR_WITH',
      'russian-armed-forces',
    );
    const pushed = await extract('Russia is trying to push Ukrainian forces out of Kursk.', 'en');
    expect(find(pushed, 'russia', 'AT_WAR_WITH', 'armed-forces-of-ukraine')).toHaveLength(1);
    await expectNoneStates(
      [
        ["L'armée malienne avait expulsé les troupes françaises.", 'fr'],
        ["Mali's junta forced French troops out of the country.", 'en'],
        ['Níger desalojó a las tropas francesas de su territorio.', 'es'],
        ['The government pushed the reform out of parliament.', 'en'],
      ],
      'AT_WAR_WITH',
    );
  });

  test('a struggle a side carries on against an armed enemy is a war: "poursuit sa lutte contre"', async () => {
    await expectEachStates(
      [
        ['Le Nigeria poursuit sa lutte contre Boko Haram.', 'fr'],
        ['Nigeria continúa su lucha contra Boko Haram.', 'es'],
      ],
      'nigeria',
      'AT_WAR_WITH',
      'boko-haram',
    );
    // Against no armed enemy it is no war, and the struggle a side is helped in is not its helper's.
    await expectNoneStates(
      [
        ['La France a renforcé sa lutte contre la corruption.', 'fr'],
        ["L'Union européenne mène une lutte contre Google.", 'fr'],
        ['El gobierno continúa su lucha contra la pobreza.', 'es'],
      ],
      'AT_WAR_WITH',
    );
    await expectNoneStatesOf(
      [['El M23 cuenta con el apoyo de Ruanda en su lucha contra el Gobierno del Congo.', 'es']],
      'rwanda',
      'AT_WAR_WITH',
      'democratic-republic-of-the-congo',
    );
  });

  test('a German compound ending in a noun of war is one: "Großoffensive gegen"', async () => {
    const batch = await extract(
      'Die Miliz Fano hatte am Mittwoch eine Großoffensive gegen die äthiopische Armee gestartet.',
      'de',
    );
    expect(find(batch, 'fano', 'AT_WAR_WITH', 'ethiopian-national-defense-force')).toHaveLength(1);
  });

  test('the agent of a participle inside "between" is no side of the clashes', async () => {
    const batch = await extract(
      'Das US-Militär hat im Irak einen Kommandeur getötet. Im Irak kommt es seit Beginn des Gaza-Krieges fast täglich zu Gefechten zwischen vom Iran unterstützten Milizen und US-Truppen.',
      'de',
    );
    expect(find(batch, 'united-states', 'AT_WAR_WITH', 'iran')).toEqual([]);
    expect(find(batch, 'iran', 'AT_WAR_WITH', 'united-states')).toEqual([]);
  });

  test("an owned war's enemy may hang on its verb; who condemns a war does not wage it", async () => {
    await expectEachStates(
      [
        ['Russland weitete seinen Krieg gegen die Ukraine aus.', 'de'],
        ['Rusia amplió su guerra contra Ucrania.', 'es'],
      ],
      'russia',
      'AT_WAR_WITH',
      'ukraine',
    );
    // Who condemns a war does not wage it; a war of trade or tariffs is no war.
    await expectNoneStates(
      [
        ['Russia condemned the war against Ukraine.', 'en'],
        ['Les Etats-Unis ont intensifié leur guerre commerciale contre la Chine.', 'fr'],
        ['Der Zollkrieg zwischen den USA und Kanada geht weiter.', 'de'],
        ['The United States waged a trade war against China.', 'en'],
      ],
      'AT_WAR_WITH',
    );
  });

  test("a clash's verb of opposing names both sides, each at war with the other", async () => {
    for (const [text, language] of [
      ["Des combats ont opposé l'armée nigériane à Boko Haram près de Maiduguri.", 'fr'],
      ["Des combats violents ont opposé l'armée nigériane et Boko Haram.", 'fr'],
      ['Los combates enfrentaron al ejército nigeriano y a Boko Haram.', 'es'],
      ['The clashes pitted the Nigerian army against Boko Haram.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram').length,
        find(batch, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces').length,
      ]).toEqual([text, 1, 1]);
    }
  });

  test('who announces a clash is no side of it; sides "between" may hang on the verb beside the fight', async () => {
    const announced = await extract(
      'The Afghan army announced on Sunday that twelve people were killed in a clash between militants from the Taliban and ISIS.',
      'en',
    );
    expect(
      announced.claims.filter(
        (c) => c.subjectId === 'armed_force:afghan-armed-forces' && c.predicate === 'AT_WAR_WITH',
      ),
    ).toEqual([]);
    const between = await extract(
      "Douze personnes ont été tuées dans des combats entre les talibans et l'État islamique.",
      'fr',
    );
    expect(find(between, 'taliban', 'AT_WAR_WITH', 'islamic-state')).toHaveLength(1);
    expect(find(between, 'islamic-state', 'AT_WAR_WITH', 'taliban')).toHaveLength(1);
  });

  test('a fight "between" two sides is waged by each against the other', async () => {
    const batch = await extract(
      'Fighting between ISIS and Taliban fighters leaves at least 12 dead in Afghanistan.',
      'en',
    );
    expect(find(batch, 'islamic-state', 'AT_WAR_WITH', 'taliban')).toHaveLength(1);
    expect(find(batch, 'taliban', 'AT_WAR_WITH', 'islamic-state')).toHaveLength(1);
  });

  test('"the armies of X and Y" clash each with the other; military targets on a state\'s land stand for it', async () => {
    for (const [text, language] of [
      ['Un nuevo enfrentamiento entre los ejércitos de Tailandia y Camboya dejó 12 muertos.', 'es'],
      ['Clashes between the armies of Thailand and Cambodia left twelve dead.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'royal-thai-armed-forces', 'AT_WAR_WITH', 'royal-cambodian-armed-forces')
          .length,
        find(batch, 'royal-cambodian-armed-forces', 'AT_WAR_WITH', 'royal-thai-armed-forces')
          .length,
      ]).toEqual([text, 1, 1]);
    }
    const land = await extract(
      'Tailandia realizó ataques aéreos contra dos posiciones militares en territorio camboyano.',
      'es',
    );
    expect(find(land, 'thailand', 'AT_WAR_WITH', 'cambodia')).toHaveLength(1);
  });

  test('no war from lawsuits, disputes, trade, refugees moving "between", or governments "moving against" firms', async () => {
    await expectNoneStates(
      [
        [
          'The legal battle pitting Microsoft against the European Union ended in a settlement.',
          'en',
        ],
        [
          'El conflicto diplomático enfrentó a México con Ecuador tras el asalto a la embajada.',
          'es',
        ],
        [
          'Die politische Auseinandersetzung zwischen Berlin und Warschau über Reparationen hält an.',
          'de',
        ],
        [
          'Pendant la guerre, des milliers de réfugiés ont circulé entre le Liban et la Syrie.',
          'fr',
        ],
        ['Trade was split between China and India during the conflict in Ukraine.', 'en'],
        ['Die EU will gegen China wegen Dumpingpreisen vorgehen.', 'de'],
        ['Die USA gehen juristisch gegen Google vor.', 'de'],
        [
          'Dozens of Wagner fighters were killed in a Malian army operation near Tinzaouaten.',
          'en',
        ],
      ],
      'AT_WAR_WITH',
    );
  });

  test('a war "with the armies of X and Y" is waged against both, who are not at war with each other', async () => {
    const batch = await extract(
      "Ukraine's war with the armies of Russia and Belarus began in 2022.",
      'en',
    );
    expect(find(batch, 'ukraine', 'AT_WAR_WITH', 'russian-armed-forces')).toHaveLength(1);
    expect(find(batch, 'russian-armed-forces', 'AT_WAR_WITH', 'armed-forces-of-belarus')).toEqual(
      [],
    );
  });

  test('sides that clashed with a pronominal verb fight each other, wherever they clashed', async () => {
    for (const text of [
      // Conjoined sides: "à Maiduguri" says where, it is no enemy.
      "L'armée nigériane et Boko Haram se sont affrontés à Maiduguri.",
      // A clitic the parser labels passive leaves the subject acting.
      "L'armée nigériane s'est affrontée avec Boko Haram à Maiduguri.",
    ]) {
      const batch = await extract(text, 'fr');
      expect([
        text,
        find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram').length,
        find(batch, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces').length,
      ]).toEqual([text, 1, 1]);
    }
  });

  test('a clash "with" someone is fought by both sides; an attack "against" them is not', async () => {
    for (const [text, language, first, second] of [
      [
        'Malian troops clashed with JNIM fighters near Gao on Sunday.',
        'en',
        'malian-armed-forces',
        'jama-at-nusrat-al-islam-wal-muslimin',
      ],
      [
        'Les soldats maliens se sont affrontés avec des combattants du JNIM près de Gao.',
        'fr',
        'malian-armed-forces',
        'jama-at-nusrat-al-islam-wal-muslimin',
      ],
      [
        'Nach schweren Gefechten mit sudanesischen Truppen zog sich die RSF aus der Stadt zurück.',
        'de',
        'rapid-support-forces',
        'sudanese-armed-forces',
      ],
      [
        'El ELN se enfrentó con tropas colombianas en Arauca.',
        'es',
        'national-liberation-army',
        'military-forces-of-colombia',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, first, 'AT_WAR_WITH', second).length,
        find(batch, second, 'AT_WAR_WITH', first).length,
        // The side clashed "with" is no ally ("con", "avec" and "mit" also mean alongside).
        batch.claims.filter(
          (c) => c.predicate === 'FIGHTS_FOR' || c.predicate === 'SUPPORTS_MILITARILY',
        ).length,
      ]).toEqual([text, 1, 1, 0]);
    }
    const attack = await extract('Israel launched an attack against Hezbollah.', 'en');
    expect(find(attack, 'hezbollah', 'AT_WAR_WITH', 'israel')).toEqual([]);
    expect(find(attack, 'israel', 'AT_WAR_WITH', 'hezbollah')).toHaveLength(1);
  });

  test('a news agency reporting a fight takes no part in it', async () => {
    const batch = await extract(
      'Separatist leaders said they had "no option but to end hostilities" with Azerbaijani troops, Reuters reported on Tuesday.',
      'en',
    );
    expect(
      batch.claims.filter(
        (c) =>
          c.predicate === 'AT_WAR_WITH' &&
          [c.subjectId, c.objectId].includes('organization:reuters'),
      ),
    ).toEqual([]);
  });

  test('whoever a place is taken from was fought for it', async () => {
    await expectEachStates(
      [
        ['The Sudanese army retook Khartoum from the RSF.', 'en'],
        ["L'armée soudanaise a repris Khartoum aux FSR.", 'fr'],
        ['Die sudanesische Armee eroberte Khartum von der RSF zurück.', 'de'],
      ],
      'sudanese-armed-forces',
      'AT_WAR_WITH',
      'rapid-support-forces',
    );
    const controls = await extract('The M23 controls Goma from its base in Rutshuru.', 'en');
    expect(controls.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('a passive\'s "por" names who fought, not the side fought for', async () => {
    const batch = await extract(
      'Los bombardeos lanzados por el Ejército de Israel contra Hamás mataron a varios dirigentes.',
      'es',
    );
    expect(batch.claims.filter((c) => c.predicate === 'FIGHTS_FOR')).toEqual([]);
    expect(find(batch, 'israel-defense-forces', 'AT_WAR_WITH', 'hamas')).toHaveLength(1);
  });

  test('war declared on a side is fought against it', async () => {
    await expectEachStates(
      [
        ["Le JNIM a déclaré la guerre à l'armée malienne.", 'fr'],
        ['El JNIM declaró la guerra al ejército de Malí.', 'es'],
        ['Die JNIM erklärte der malischen Armee den Krieg.', 'de'],
        ['El JNIM declaró la guerra a Malí y a su ejército.', 'es'],
      ],
      'jama-at-nusrat-al-islam-wal-muslimin',
      'AT_WAR_WITH',
      'malian-armed-forces',
    );
  });

  test("after a review: no war from a diplomatic or health post, a football match, a war not declared or on grain, a chair taken over, nor another country's army", async () => {
    const none = async (text: string, language: string) => {
      const batch = await extract(text, language);
      const kept = batch.claims.filter(
        (c) => c.predicate === 'AT_WAR_WITH' && c.modality !== 'DENIED',
      );
      expect([text, kept.map((c) => `${c.subjectId} ${c.objectId}`)]).toEqual([text, []]);
    };
    await none('Israel struck an Iranian diplomatic post in Damascus.', 'en');
    await none('Hungary attacked the Ukrainian post on minority rights.', 'en');
    await none('El ejército colombiano atacó un puesto de salud venezolano.', 'es');
    await none('Deutschland stürmte gegen Spanien, verlor aber das Spiel.', 'de');
    await none('Venezuela asaltó a Argentina en la segunda mitad.', 'es');
    await none('Polen übernahm im Januar die EU-Ratspräsidentschaft.', 'de');
    await none('Polen erklärte der Ukraine den Getreidekrieg.', 'de');
    await none("L'Iran n'a pas déclaré la guerre à Israël.", 'fr');
    await none('Der Iran erklärte Israel den Krieg nicht.', 'de');
    const elsewhere = await extract(
      'The Armed Forces of the Philippines fought the Maute Group. In neighbouring Indonesia, the army fought separatists of the Free Papua Movement.',
      'en',
    );
    expect(
      find(elsewhere, 'armed-forces-of-the-philippines', 'AT_WAR_WITH', 'free-papua-movement'),
    ).toEqual([]);
    const credit = await extract(
      'The Armed Forces of the Philippines (AFP) said 58 soldiers died. Israeli troops attacked Hezbollah, AFP reported.',
      'en',
    );
    expect(
      find(credit, 'israel-defense-forces', 'AT_WAR_WITH', 'hezbollah').map((c) => c.modality),
    ).toEqual(['REPORTED']);
    const bureau = await extract(
      'Hamas political bureau chief Ismail Haniyeh said the talks failed.',
      'en',
    );
    expect(find(bureau, 'ismail-haniyeh', 'LEADER_OF', 'hamas')).toHaveLength(1);
  });
  test('a side declared or seen at war with another fights it, whichever verb carries the "with"', async () => {
    await expectEachStates(
      [
        ['The CMA declared itself at war with the Malian army.', 'en'],
        ["La CMA a indiqué se considérer en guerre avec l'armée malienne.", 'fr'],
        ['Die CMA sieht sich im Krieg mit der malischen Armee.', 'de'],
        ['La CMA se declaró en guerra con el ejército maliense.', 'es'],
      ],
      'cma',
      'AT_WAR_WITH',
      'malian-armed-forces',
    );
    // A war that only names a place is no state of war with whoever is beside it.
    const memorial = await extract('The CMA spoke at the war memorial with the Malian army.', 'en');
    expect(memorial.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });
});

describe('parse-v1 and arms used, troops met and guerrillas', () => {
  test('arms taken up against a side fight it; a complaint taken up against it does not', async () => {
    await expectEachStates(
      [
        ['The Arakan Army took up arms against the Burmese army in 2015.', 'en'],
        ["L'Armée d'Arakan a pris les armes contre l'armée birmane en 2015.", 'fr'],
        ['Die Arakan Army griff 2015 gegen die birmanische Armee zu den Waffen.', 'de'],
        ['El Ejército de Arakan tomó las armas contra el ejército birmano en 2015.', 'es'],
      ],
      'arakan-army',
      'AT_WAR_WITH',
      'burmese-armed-forces',
    );
    const complaint = await extract(
      'The Arakan Party took up a complaint against the Burmese government in 2015.',
      'en',
    );
    expect(complaint.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('arms or troops used against a side fight it; sanctions or a veto so used do not', async () => {
    await expectEachStates(
      [
        ['The Burmese army used drones against the Arakan Army on Friday.', 'en'],
        ["L'armée birmane a utilisé des hélicoptères contre l'Armée d'Arakan vendredi.", 'fr'],
        ['Die burmesische Armee setzte Kampfhubschrauber gegen die Arakan-Armee ein.', 'de'],
        ['El ejército birmano usó helicópteros contra el Ejército de Arakan.', 'es'],
      ],
      'burmese-armed-forces',
      'AT_WAR_WITH',
      'arakan-army',
    );
    const troops = await extract(
      'Russland setzt nordkoreanische Soldaten gegen die Ukraine ein.',
      'de',
    );
    expect(find(troops, 'russia', 'AT_WAR_WITH', 'ukraine')).toHaveLength(1);
    for (const text of [
      'The European Union used sanctions against Russia.',
      'Russia used its veto against Ukraine at the Security Council.',
      'The Burmese army used drones on Friday near the Arakan Army.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')]).toEqual([text, []]);
    }
  });

  test('troops that encounter or engage an armed side fight it; meeting anything else is no fight', async () => {
    await expectEachStates(
      [
        ['Philippine troops encountered around 70 Abu Sayyaf members at Sitio Sangay.', 'en'],
        ['Philippine soldiers engaged Abu Sayyaf fighters near Patikul.', 'en'],
      ],
      'armed-forces-of-the-philippines',
      'AT_WAR_WITH',
      'abu-sayyaf',
    );
    for (const text of [
      'Philippine troops encountered heavy resistance near Patikul.',
      'Ukrainian diplomats engaged Russian officials in talks.',
    ]) {
      const batch = await extract(text, 'en');
      expect([text, batch.claims.filter((c) => c.predicate === 'AT_WAR_WITH')]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and a German invasion', () => {
  test('"Einmarsch" and "Überfall" wage war on the country invaded, also when it hangs on the troops', async () => {
    for (const [text, subject] of [
      [
        'Nach dem Einmarsch russischer Truppen in der Ukraine flohen Millionen Menschen.',
        'russian-armed-forces',
      ],
      ['Nach dem Überfall Russlands auf die Ukraine flohen Millionen Menschen.', 'russia'],
    ] as const) {
      const found = find(await extract(text, 'de'), subject, 'AT_WAR_WITH', 'ukraine');
      expect([text, found.length]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and the sides of a fight named apart from it', () => {
  test('"Fighting broke out between X and Y": the sides on the verb the fighting is the subject of', async () => {
    const batch = await extract('Fighting broke out between Nigerian troops and Boko Haram.', 'en');
    expect(find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', 'boko-haram')).toHaveLength(1);
    expect(find(batch, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces')).toHaveLength(1);
  });

  test('a phrase after the second side of "between" is that side\'s', async () => {
    for (const [text, language, other] of [
      [
        'Hundreds of people died when fighting broke out in February between the Nigerian army and troops from the government of Chad.',
        'en',
        'chadian-national-army',
      ],
      [
        'Los enfrentamientos entre militares y miembros de Boko Haram son frecuentes en Nigeria.',
        'es',
        'boko-haram',
      ],
    ] as const) {
      const batch = await extract(text, language);
      const ways = [
        find(batch, 'nigerian-armed-forces', 'AT_WAR_WITH', other).length,
        find(batch, other, 'AT_WAR_WITH', 'nigerian-armed-forces').length,
      ];
      expect([text, ways]).toEqual([text, [1, 1]]);
    }
  });
});

describe('parse-v1 and enemies named beside the fight', () => {
  test('"fighting to topple the government": the side a fight sets out to overthrow is its enemy', async () => {
    await expectEachStates(
      [
        [
          'Al-Shabaab has been fighting for more than ten years to topple the government of Somalia.',
          'en',
        ],
        ['Les shebab combattent depuis 2007 pour renverser le gouvernement somalien.', 'fr'],
        ['Al-Shabaab kämpft seit Jahren, um die somalische Regierung zu stürzen.', 'de'],
        [
          'Los yihadistas de Al Shabab luchan desde 2007 para derrocar al Gobierno de Somalia.',
          'es',
        ],
      ],
      'al-shabaab',
      'AT_WAR_WITH',
      'somalia',
    );
    // Not fighting to rebuild; not another event's overthrow ("since Hamas ousted Fatah"); not
    // ousting a member from a body; not a party's fight at the polls.
    for (const [text, language, side] of [
      ['Al-Shabaab is fighting to rebuild Somalia.', 'en', 'somalia'],
      ['Israel has fought Hamas in Gaza since Hamas ousted Fatah in 2007.', 'en', 'fatah'],
      ['Poland is fighting to oust Russia from the Council of Europe.', 'en', 'russia'],
      ['Die AfD kämpft, um die Regierung von Deutschland zu stürzen.', 'de', 'germany'],
    ] as const) {
      const batch = await extract(text, language);
      const war = batch.claims.filter(
        (c) => c.predicate === 'AT_WAR_WITH' && c.objectId?.endsWith(`:${side}`),
      );
      expect([text, war]).toEqual([text, []]);
    }
  });
});

describe('parse-v1 and troops sent to fight for a side', () => {
  test('the troops a state sends to fight for a side are its army, which fights for that side', async () => {
    await expectEachStates(
      [
        ['North Korea sent 10,000 soldiers to fight for Russia.', 'en'],
        ['North Korea has sent troops to fight for Russia in Kursk.', 'en'],
        ['La Corée du Nord a envoyé 10 000 soldats pour combattre aux côtés de la Russie.', 'fr'],
        ['Corea del Norte ha enviado soldados a combatir junto a Rusia.', 'es'],
        ['Nordkorea schickte Soldaten, um für Russland zu kämpfen.', 'de'],
      ],
      'korean-people-s-army',
      'FIGHTS_FOR',
      'russia',
    );
  });

  test('a state that sends troops to fight beside a force still supports it, and arms sent fight nobody', async () => {
    const beside = await extract('Rwanda deployed soldiers to fight alongside the M23.', 'en');
    expect(find(beside, 'rwanda', 'SUPPORTS_MILITARILY', 'march-23-movement')).toHaveLength(1);
    const arms = await extract('North Korea sent weapons to help Russia.', 'en');
    expect(arms.claims.filter((c) => c.predicate === 'FIGHTS_FOR')).toEqual([]);
  });

  test('a force besieging or encircling another fights it; closing round a town or a crowd fights nobody', async () => {
    await expectEachStates(
      [
        ['The RSF besieged the Sudanese army in El Fasher.', 'en'],
        ["Les FSR assiègent l'armée soudanaise à El Fasher.", 'fr'],
        ['Die RSF belagern die sudanesische Armee in El Fasher.', 'de'],
        ['Las Fuerzas de Apoyo Rápido asedian al ejército sudanés en El Fasher.', 'es'],
        ['The Sudanese army was besieged by the RSF in El Fasher.', 'en'],
      ],
      'rapid-support-forces',
      'AT_WAR_WITH',
      'sudanese-armed-forces',
    );
    await expectEachStates(
      [
        ['Russian troops encircled Ukrainian units near Avdiivka.', 'en'],
        ["Les troupes russes ont encerclé des unités ukrainiennes près d'Avdiïvka.", 'fr'],
        ['Russische Truppen haben ukrainische Einheiten bei Awdijiwka eingekesselt.', 'de'],
        ['Las tropas rusas rodearon a las unidades ucranianas cerca de Avdiivka.', 'es'],
      ],
      'russian-armed-forces',
      'AT_WAR_WITH',
      'armed-forces-of-ukraine',
    );
    await expectNoneStates(
      [
        ['Russian troops encircled Avdiivka.', 'en'],
        ['Protesters surrounded the Israeli embassy.', 'en'],
      ],
      'AT_WAR_WITH',
    );
  });
});

describe('parse-v1 and the coalition a state leads', () => {
  test('"the Saudi coalition", "la coalition saoudienne", "die saudische Koalition", "la coalición saudí" is the coalition, not Saudi Arabia', async () => {
    await expectEachStates(
      [
        ['The Saudi coalition bombed Houthi positions in Marib.', 'en'],
        ['La coalition saoudienne a bombardé des positions houthies à Marib.', 'fr'],
        ['Die saudische Koalition bombardierte Stellungen der Huthi in Marib.', 'de'],
        ['La coalición saudí bombardeó posiciones hutíes en Marib.', 'es'],
      ],
      'saudi-led-coalition',
      'AT_WAR_WITH',
      'houthis',
    );
  });
});

describe('parse-v1 and ground won from a side, or pressure put on it', () => {
  test('ground won against an armed enemy is fought against it; a victory against a party is not', async () => {
    await expectEachStates(
      [
        ['The Arakan Army scored major victories against the Burmese army.', 'en'],
        ["L'Armée d'Arakan a remporté des succès militaires contre l'armée birmane.", 'fr'],
        ['Die Arakan Army hat erhebliche Erfolge gegen die birmanische Armee erzielt.', 'de'],
        ['El Ejército de Arakan logró grandes éxitos contra el ejército birmano.', 'es'],
      ],
      'arakan-army',
      'AT_WAR_WITH',
      'burmese-armed-forces',
    );
    const party = await extract(
      'The Labour Party scored a clear victory against the Conservative Party.',
      'en',
    );
    expect(party.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test("an armed side under the pressure of another, or facing it, is fought by it; a state under a state's pressure is not", async () => {
    await expectEachStates(
      [
        ['The Sudanese army is under growing RSF pressure.', 'en'],
        ["L'armée soudanaise fait face à une pression croissante des FSR.", 'fr'],
        ['Die sudanesische Armee steht unter wachsendem Druck der RSF.', 'de'],
        [
          'El ejército sudanés está bajo una presión creciente de las Fuerzas de Apoyo Rápido.',
          'es',
        ],
      ],
      'rapid-support-forces',
      'AT_WAR_WITH',
      'sudanese-armed-forces',
    );
    const state = await extract('Ukraine is under growing American pressure.', 'en');
    expect(state.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });
});
