import {
  expectEachOneWay,
  expectEachStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and clause roles the parser mislabels', () => {
  test('German perfect with "hat" is active though the parser calls its object a passive subject', async () => {
    // Two parses of one construction: the participle as the verb with "hat" its auxiliary, and
    // "hat" as the verb with the participle hung under it.
    await expectEachStates(
      [
        ['Die israelische Armee hat im Libanon zwei Kommandeure der Hisbollah getötet.', 'de'],
        [
          'Israels Armee hat bei einem Luftangriff im Libanon vor drei Monaten nach eigenen Angaben drei ranghohe Vertreter der Hisbollah getötet.',
          'de',
        ],
      ],
      'israel-defense-forces',
      'AT_WAR_WITH',
      'hezbollah',
    );
    const passive = await extract(
      'Zwei Kommandeure der Hisbollah sind im Libanon getötet worden.',
      'de',
    );
    expect(find(passive, 'hezbollah', 'SUFFERED_LOSSES_IN', 'lebanon')).toHaveLength(1);
    expect(passive.claims.filter((c) => c.predicate === 'AT_WAR_WITH')).toEqual([]);
  });

  test('German: a place and a dash open a dateline, not the subject; control over a place named on "Kontrolle"', async () => {
    const dateline = await extract(
      'Beirut – Israels Armee hat bei einem Luftangriff vor zwei Wochen nach eigenen Angaben drei Kommandeure der Hisbollah getötet.',
      'de',
    );
    expect(find(dateline, 'israel-defense-forces', 'AT_WAR_WITH', 'hezbollah')).toHaveLength(1);
    const control = await extract(
      'Die Kämpfer der RSF haben nach eigenen Angaben die Kontrolle über die größte Stadt in der Region Darfur, El Fasher, übernommen.',
      'de',
    );
    expect(find(control, 'rapid-support-forces', 'CONTROLS', 'el-fasher')).toHaveLength(1);
    const declined = await extract('Goma liegt im Osten der Demokratischen Republik Kongo.', 'de');
    expect(declined.mentions.map((m) => m.entityId)).toContain(
      'country:democratic-republic-of-the-congo',
    );
  });

  test('German: a name opening the clause is its subject, unless a determiner shows the accusative', async () => {
    const batch = await extract(
      'Armenien hatte die Türkei am Montag angegriffen. Den Iran hat Aserbaidschan nie angegriffen.',
      'de',
    );
    expect(find(batch, 'armenia', 'AT_WAR_WITH', 'turkey')).toHaveLength(1);
    expect(find(batch, 'turkey', 'AT_WAR_WITH', 'armenia')).toEqual([]);
    expect(find(batch, 'iran', 'AT_WAR_WITH', 'azerbaijan')).toEqual([]);
  });

  test('German: a passive whose subject the parser labels an object still sends the troops', async () => {
    const batch = await extract(
      'Nach Angaben des Pentagons wurden bisher etwa 3.000 nordkoreanische Soldaten nach Belarus geschickt.',
      'de',
    );
    const [sent] = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'belarus');
    expect([sent?.quantity?.min, sent?.attributedToId]).toEqual([3000, 'organization:pentagon']);
  });

  test('German perfect parsed with "hat" under the participle: the auxiliary holds subject and object', async () => {
    const batch = await extract(
      'Die Miliz RSF kämpft seit 2023 im Sudan. Seither hat sie die Region Kordofan im Süden fast vollständig erobert und kontrolliert insgesamt ein Drittel des Landes.',
      'de',
    );
    expect(find(batch, 'rapid-support-forces', 'CONTROLS', 'kordofan')).toHaveLength(1);
  });

  test('Spanish passive with "ser": its "por" agent and "a" goal, which the model labels objects', async () => {
    const taken = await extract('La ciudad de Nyala fue conquistada por las RSF en octubre.', 'es');
    expect(find(taken, 'rapid-support-forces', 'CONTROLS', 'nyala')).toHaveLength(1);
    const sent = await extract(
      'Unos 500 soldados norcoreanos fueron enviados a Rusia por Pyongyang.',
      'es',
    );
    expect(find(sent, 'korean-people-s-army', 'DEPLOYED_TO', 'russia')).toHaveLength(1);
  });

  test('a verb the tagger took for a noun still reads as a verb when it carries an auxiliary', async () => {
    // The parse tags "comment" NOUN here, with "did" as its auxiliary.
    const batch = await extract(
      'Peskov referred questions to the Russian Defense Ministry, which didn’t comment.',
      'en',
    );
    // Besides the ministry's silence, only its being Russia's, which "Russian" states.
    expect(batch.claims.map((c) => [c.subjectId, c.predicate])).toEqual(
      expect.arrayContaining([['organization:ministry-of-defence-of-russia', 'STATED_NO_COMMENT']]),
    );
    expect(
      batch.claims.filter((c) => c.predicate !== 'STATED_NO_COMMENT').map((c) => c.predicate),
    ).toEqual(['PART_OF']);
  });

  test('a relative clause acts on the noun it modifies, whatever tag its opening word has', async () => {
    const sentences: [string, string][] = [
      ['Ukraine shot down the drones that Iran delivered to Russia last week.', 'en'],
      ["Les soldats ukrainiens ont détruit les drones que l'Iran a livrés à la Russie.", 'fr'],
      ['Die Ukraine zerstörte die Drohnen, die der Iran an Russland geliefert hatte.', 'de'],
      ['Ucrania derribó los drones que Irán entregó a Rusia.', 'es'],
    ];
    for (const [text, language] of sentences) {
      const supplies = find(await extract(text, language), 'iran', 'SUPPLIES', 'russia');
      expect([language, supplies.map((c) => c.itemId)]).toEqual([language, ['commodity:drone']]);
    }
  });

  test('Spanish "estar" with a participle is a passive with its "por" agent; with a gerund it is not', async () => {
    const led = await extract(
      'Las RSF están lideradas por el general Mohamed Hamdan Dagalo.',
      'es',
    );
    expect(find(led, 'mohamed-hamdan-dagalo', 'LEADER_OF', 'rapid-support-forces')).toHaveLength(1);
    const held = await extract('Darfur está controlado por las RSF.', 'es');
    expect(find(held, 'rapid-support-forces', 'CONTROLS', 'darfur')).toHaveLength(1);
    const fighting = await extract(
      'Los soldados norcoreanos están luchando por Rusia en Kursk.',
      'es',
    );
    expect(find(fighting, 'korean-people-s-army', 'FIGHTS_FOR', 'russia')).toHaveLength(1);
  });

  test('a dateline is a place and a dash set off by spaces, never a hyphenated name', async () => {
    // The place before the dash is neither the subject nor in the country named after it.
    const khartoum = await extract('Khartum - Die RSF haben Al-Faschir eingenommen.', 'de');
    expect(khartoum.claims.map((c) => c.subjectId)).not.toContain('country:sudan');
    const gaza = await extract(
      'Gaza - Israels Armee hat drei ranghohe Vertreter der Hamas getötet.',
      'de',
    );
    expect(gaza.claims.map((c) => c.predicate)).not.toContain('LOCATED_IN');
  });

  test('French: a partitive object after a day or month is the object, not the time\'s "of"', async () => {
    await expectEachStates(
      [
        ["Les shebabs ont attaqué ce dimanche des bases des soldats de l'Amisom.", 'fr'],
        ["Les shebabs ont attaqué dimanche des positions de l'Amisom.", 'fr'],
      ],
      'al-shabaab',
      'AT_WAR_WITH',
      'african-union-mission-to-somalia',
    );
  });

  test('a reflexive clitic parsed as an object gives way to the real object; paramilitaries are members', async () => {
    await expectEachStates(
      [['Los rebeldes del M23 se hicieron con el control de Goma.', 'es']],
      'march-23-movement',
      'CONTROLS',
      'goma',
    );
    await expectEachStates(
      [["Les paramilitaires des FSR se sont emparés de la ville d'El-Fasher.", 'fr']],
      'rapid-support-forces',
      'CONTROLS',
      'el-fasher',
    );
  });
  test('German "mehr als" counted victims after a fronted place are the passive subject', async () => {
    await expectEachStates(
      [['In der Region Kursk sind mehr als 200 nordkoreanische Soldaten getötet worden.', 'de']],
      'korean-people-s-army',
      'SUFFERED_LOSSES_IN',
      'kursk-oblast',
    );
  });

  test("a possessive is the passive's subject's, never its agent's", async () => {
    const batch = await extract(
      'Hamás fue designado terrorista por EEUU por su papel en ataques contra Israel.',
      'es',
    );
    expect(find(batch, 'hamas', 'AT_WAR_WITH', 'israel')).toHaveLength(1);
    expect(find(batch, 'united-states', 'AT_WAR_WITH', 'israel')).toEqual([]);
  });

  test('a perfect infinitive ("aseguró haber matado", "affirme avoir tué") has the claiming verb\'s subject', async () => {
    await expectEachStates(
      [
        ['La coalición árabe aseguró este domingo haber matado a 264 rebeldes hutíes.', 'es'],
        ['La coalition arabe affirme avoir tué 264 rebelles houthis.', 'fr'],
      ],
      'saudi-led-coalition',
      'AT_WAR_WITH',
      'houthis',
    );
  });

  test('a group and its name read as two objects are one object; a recipient beside an object stays one', async () => {
    await expectEachStates(
      [['Mali is fighting the jihadist group JNIM in the north.', 'en']],
      'mali',
      'AT_WAR_WITH',
      'jama-at-nusrat-al-islam-wal-muslimin',
    );
    // A real indirect object beside a direct one stays the recipient.
    const sent = await extract('Iran sent Russia hundreds of drones.', 'en');
    expect(find(sent, 'iran', 'SUPPLIES', 'russia')).toHaveLength(1);
  });

  test('a French attack noun the tagger took for a verb after its article is read as the noun', async () => {
    // The tagger reads "une frappe" as a pronoun and the verb "frapper".
    await expectEachStates(
      [
        ['Israël a mené une frappe contre la Syrie.', 'fr'],
        ['Une frappe israélienne contre la Syrie a fait quinze morts.', 'fr'],
      ],
      'israel',
      'AT_WAR_WITH',
      'syria',
    );
    // The verb stays a verb: "Israël frappe la Syrie" has no article before it.
    const verb = await extract('Israël frappe la Syrie depuis des mois.', 'fr');
    expect(find(verb, 'israel', 'AT_WAR_WITH', 'syria')).toHaveLength(1);
  });

  test('a German perfect whose participle the tagger took for an adjective is read as the verb, its object as its object', async () => {
    await expectEachStates(
      [
        ['Das ukrainische Militär hat die russischen Angriffe zurückgeschlagen.', 'de'],
        ['The Ukrainian military repelled the Russian attacks.', 'en'],
      ],
      'armed-forces-of-ukraine',
      'AT_WAR_WITH',
      'russia',
    );
  });

  test('a German perfect with "haben" is active even where the parser gives it passive subjects', async () => {
    const bombing = await extract(
      'Ein Bombenanschlag der Taliban hat im Osten Afghanistans zwölf afghanische Soldaten getötet.',
      'de',
    );
    // The genitive "Afghanistans" is where, not whom the bombing struck.
    expect(find(bombing, 'taliban', 'AT_WAR_WITH', 'afghanistan')).toEqual([]);
    expect(find(bombing, 'taliban', 'AT_WAR_WITH', 'afghan-armed-forces')).toHaveLength(1);
    const [losses] = find(bombing, 'afghan-armed-forces', 'SUFFERED_LOSSES_IN', 'afghanistan');
    expect(losses?.quantity).toMatchObject({ min: 12, max: 12 });
    // The subject after the auxiliary, before the object: "hatte die israelische Armee Kämpfer … angegriffen".
    const raid = await extract(
      'Am Freitag hatte die israelische Armee Kämpfer der Hisbollah im Süden Libanons angegriffen.',
      'de',
    );
    expect(find(raid, 'israel-defense-forces', 'AT_WAR_WITH', 'hezbollah')).toHaveLength(1);
    // The parser may also call "hat" a passive auxiliary, and the genitive one too.
    const reported = await extract(
      'Ein Selbstmordanschlag der Taliban hat im Nordwesten Pakistans neun Soldaten getötet, teilte das Militär mit.',
      'de',
    );
    expect(find(reported, 'taliban', 'AT_WAR_WITH', 'pakistan-armed-forces')).toHaveLength(1);
  });

  test('a German verb whose particle stands apart is read whole ("nahm … ein")', async () => {
    const batch = await extract('Am Sonntag nahm die M23 die Stadt Goma ein.', 'de');
    expect(find(batch, 'march-23-movement', 'CONTROLS', 'goma')).toHaveLength(1);
  });

  test('the second side of "entre … y …", which the parser joins to the first side\'s name, is a side, not a part of it', async () => {
    const batch = await extract(
      'Un tiroteo entre rebeldes de las FARC y soldados del Ejército colombiano dejó cuatro muertos en el Cauca.',
      'es',
    );
    expect(
      batch.claims.filter(
        (c) => c.predicate === 'PART_OF' && c.subjectId.includes('revolutionary'),
      ),
    ).toEqual([]);
    expect(
      batch.claims.filter(
        (c) =>
          c.predicate === 'AT_WAR_WITH' &&
          c.subjectId.includes('revolutionary-armed-forces-of-colombia'),
      ),
    ).toHaveLength(1);
  });

  test('a headline participle without its auxiliary has its victims for subject', async () => {
    await expectEachStates(
      [
        ['Quinze militaires béninois tués dans une attaque du JNIM', 'fr'],
        ['Bénin : quinze militaires tués dans une attaque du JNIM', 'fr'],
        ['Fifteen Beninese soldiers killed in an attack by JNIM', 'en'],
        // The German parser may hang the attack on the victims.
        ['Fünfzehn beninische Soldaten bei Angriff des JNIM getötet', 'de'],
        // Or name the attack before a colon.
        ['Attaque du JNIM à Boni : quinze soldats béninois tués', 'fr'],
        ['Angriff des JNIM in Boni: fünfzehn beninische Soldaten getötet', 'de'],
        // Or say them dead, the adjective with its "after" acting as a verb.
        ['Fifteen Beninese soldiers dead after JNIM attack in Boni', 'en'],
        ['Fünfzehn beninische Soldaten tot nach Angriff des JNIM in Boni', 'de'],
      ],
      'jama-at-nusrat-al-islam-wal-muslimin',
      'AT_WAR_WITH',
      'beninese-armed-forces',
    );
    // A relative clause's subject acts, and so does a present participle's noun.
    const relative = await extract(
      'Nigerian soldiers who killed in an attack by Boko Haram in Borno were praised.',
      'en',
    );
    expect(find(relative, 'boko-haram', 'AT_WAR_WITH', 'nigerian-armed-forces')).toEqual([]);
    expect(relative.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const buried = await extract('The dead soldiers were buried in Cotonou.', 'en');
    expect(buried.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const died = await extract('Nigerian soldiers who died in Borno were buried.', 'en');
    expect(find(died, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toHaveLength(1);
    const acting = await extract('Malian soldiers killing in an attack by JNIM', 'en');
    expect(
      find(acting, 'jama-at-nusrat-al-islam-wal-muslimin', 'AT_WAR_WITH', 'malian-armed-forces'),
    ).toEqual([]);
  });
});

describe('parse-v1 and German perfects the parser splits', () => {
  test('"hat … Kämpfer der … getötet": the participle is the verb and the genitive names whose fighters fell', async () => {
    const batch = await extract(
      'Die nigerianische Armee hat im Bundesstaat Borno am Freitag mindestens 30 Kämpfer der Terrormiliz Boko Haram getötet.',
      'de',
    );
    expect(find(batch, 'boko-haram', 'SUFFERED_LOSSES_IN', 'borno')).toHaveLength(1);
    expect(find(batch, 'nigerian-armed-forces', 'SUFFERED_LOSSES_IN', 'borno')).toEqual([]);
  });
});

describe('parse-v1 and a participle set off by commas', () => {
  test('"…, respaldado por Catar," describes the noun before it, not the subject of the clause', async () => {
    const batch = await extract(
      'Las Fuerzas Democráticas Sirias repelieron una serie de ataques del Ejército de Turquía (TSK), respaldado por Catar, en la zona de Kobani.',
      'es',
    );
    const backing = batch.claims.filter(
      (c) =>
        c.predicate === 'SUPPORTS_MILITARILY' && c.subjectId.endsWith(':syrian-democratic-forces'),
    );
    expect(backing).toEqual([]);
  });

  test('"(ENS, por sus siglas en español), respaldado por Turquía,": the noun the bracket closes is the one backed', async () => {
    const batch = await extract(
      'Las Fuerzas Democráticas Sirias repelieron varios ataques del Ejército Nacional Sirio (ENS, por sus siglas en español), respaldado por Turquía, cerca de Kobani.',
      'es',
    );
    expect(find(batch, 'turkey', 'SUPPORTS_MILITARILY', 'syrian-national-army').length).toBe(1);
  });
});

describe('parse-v1 and infinitives of a predicate noun', () => {
  test('a German perfect the parser reads as a copula keeps its own subject', async () => {
    const batch = await extract(
      'Medienberichten zufolge sind die irakischen Sicherheitskräfte auch in die Stadt Kirkuk vorgerückt.',
      'de',
    );
    expect(find(batch, 'iraqi-armed-forces', 'DEPLOYED_TO', 'kirkuk')).toHaveLength(1);
  });

  test('"Rwanda was the first country to send troops": the infinitive is the copula subject\'s', async () => {
    for (const [text, language] of [
      ['Rwanda was the first country to send troops to Cabo Delgado.', 'en'],
      [
        'Le Rwanda a été le premier pays africain à envoyer des troupes dans la province du Cabo Delgado.',
        'fr',
      ],
      ['Ruanda fue el primer país en enviar tropas a Cabo Delgado.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'rwanda-defence-force', 'DEPLOYED_TO', 'cabo-delgado').length,
      ]).toEqual([text, 1]);
    }
  });
});

describe('parse-v1 and a German count opening its sentence with "mehr als"', () => {
  test('"Mehr als 40 tschadische Soldaten wurden … getötet": the soldiers are the subject', async () => {
    await expectEachStates(
      [
        ['Mehr als 40 tschadische Soldaten wurden bei einem Angriff in Bol getötet.', 'de'],
        ['Mehr als 40 tschadische Soldaten starben bei einem Angriff in Bol.', 'de'],
        ['Bei einem Angriff in Bol wurden mehr als 40 tschadische Soldaten getötet.', 'de'],
      ],
      'chadian-national-army',
      'SUFFERED_LOSSES_IN',
      'bol',
    );
    // Or hangs the noun on the verb as an oblique, "Weniger" on the noun.
    await expectEachStates(
      [['Weniger als 100 französische Soldaten bleiben in Niger.', 'de']],
      'french-armed-forces',
      'DEPLOYED_TO',
      'niger',
    );
    // Inside a sentence a verb's subject is found elsewhere: the army killed, it lost no one.
    const killed = await extract(
      'In Bol hatte Tschads Armee nach eigenen Angaben mehr als 40 Kämpfer "neutralisiert".',
      'de',
    );
    expect(find(killed, 'chadian-national-army', 'SUFFERED_LOSSES_IN', 'bol')).toEqual([]);
  });
});

describe('parse-v1 and subjects, agents and days the parser hangs on the wrong word', () => {
  test('German: of two bare names after a fronted phrase, or a name first, the first is the subject', async () => {
    // After a fronted time or place the parser may make the first name an argument and the
    // second the subject, or make both subjects.
    await expectEachOneWay(
      [
        ['Am Montag hat Russland die Ukraine angegriffen.', 'russia', 'ukraine'],
        [
          'Im Osten haben russische Truppen die Ukraine angegriffen.',
          'russian-armed-forces',
          'ukraine',
        ],
        ['Der Iran hat Israel mit Drohnen angegriffen.', 'iran', 'israel'],
        ['Die Ukraine hat Russland am Montag angegriffen.', 'ukraine', 'russia'],
        // Parsed right already: left as they are.
        ['Im Januar will Russland die Ukraine angreifen.', 'russia', 'ukraine'],
        ['Am Montag hat Aserbaidschan den Iran angegriffen.', 'azerbaijan', 'iran'],
      ],
      'de',
      'AT_WAR_WITH',
    );
  });

  test('German: a country run on into the name before it in the middle field is the object', async () => {
    await expectEachOneWay(
      [
        ['Am Montag griffen die Huthis Israel an.', 'houthis', 'israel'],
        ['Daraufhin hat Aserbaidschan Armenien angegriffen.', 'azerbaijan', 'armenia'],
        ['Zuvor hatte die Ukraine Russland mit Drohnen angegriffen.', 'ukraine', 'russia'],
        ['Die Regierung sagte, dass die Hamas Israel angegriffen habe.', 'hamas', 'israel'],
        ['Am Montag haben Kämpfer der Hamas Israel angegriffen.', 'hamas', 'israel'],
        ['Am Montag hat die Miliz Hisbollah Israel angegriffen.', 'hezbollah', 'israel'],
      ],
      'de',
      'AT_WAR_WITH',
    );
  });

  test("German: a place the parser hangs on a force's noun as its name is the object", async () => {
    await expectEachStates(
      [['Im Norden hat die ukrainische Armee Cherson zurückerobert.', 'de']],
      'armed-forces-of-ukraine',
      'CONTROLS',
      'kherson-oblast',
    );
  });

  test('German: a passive\'s "von" agent the parser hangs on the subject name is the agent', async () => {
    await expectEachStates(
      [
        ['Am Montag wurde die Ukraine von Russland angegriffen.', 'de'],
        ['Am Montag wurde Kiew von Russland angegriffen.', 'de'],
      ],
      'russia',
      'AT_WAR_WITH',
      'ukraine',
    );
  });

  test('Spanish: a subject after its verb, before the object "a" marks, is the subject', async () => {
    await expectEachOneWay(
      [
        ['El sábado atacaron los hutíes a Israel.', 'houthis', 'israel'],
        ['Atacaron los hutíes a Israel con drones.', 'houthis', 'israel'],
        [
          'Atacó el ejército de Malí al JNIM cerca de Ménaka.',
          'malian-armed-forces',
          'jama-at-nusrat-al-islam-wal-muslimin',
        ],
        ['Los hutíes atacaron a Israel.', 'houthis', 'israel'],
      ],
      'es',
      'AT_WAR_WITH',
    );
  });

  test('a day written beside a name is no part of it: "a pris Bukavu dimanche", "am Freitag Bukavu"', async () => {
    await expectEachStates(
      [
        ['Le M23 a pris Bukavu dimanche.', 'fr'],
        ['Die M23-Rebellen nahmen am Freitag Bukavu ein.', 'de'],
        ['El M23 tomó Bukavu el domingo.', 'es'],
        ['M23 rebels seized Bukavu Friday.', 'en'],
      ],
      'march-23-movement',
      'CONTROLS',
      'bukavu',
    );
    await expectEachStates(
      [['Le Hamas a attaqué Israël dimanche.', 'fr']],
      'hamas',
      'AT_WAR_WITH',
      'israel',
    );
  });
});
