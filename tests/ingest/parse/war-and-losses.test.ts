import { expectEachStates, extract, find, useTestExtractor } from '../../support/parse-sentences';

useTestExtractor();

/** No sentence, in its language, gives a claim of `predicate`. */
async function expectNoneStates(
  sentences: readonly (readonly [string, string])[],
  predicate: string,
): Promise<void> {
  for (const [text, language] of sentences) {
    const claims = (await extract(text, language)).claims;
    expect([text, claims.filter((c) => c.predicate === predicate)]).toEqual([text, []]);
  }
}

const ELN = 'national-liberation-army';
const COLOMBIAN_ARMY = 'military-forces-of-colombia';
const BOKO_HARAM = 'boko-haram';
const NIGERIAN_ARMY = 'nigerian-armed-forces';

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

describe('parse-v1 reads the soldiers singled out among the dead', () => {
  test("soldiers counted among people of no side are their force's loss, counted apart", async () => {
    for (const [text, language] of [
      ['In Maiduguri, 47 people died, including 16 Nigerian soldiers.', 'en'],
      ['At least 47 people were killed in Maiduguri, among them 16 Nigerian soldiers.', 'en'],
      ['À Maiduguri, 47 personnes ont été tuées, dont 16 soldats nigérians.', 'fr'],
      ['47 personnes ont été tuées à Maiduguri, parmi lesquelles 16 soldats nigérians.', 'fr'],
      ['En Maiduguri murieron 47 personas, entre ellas 16 soldados nigerianos.', 'es'],
      ['En Maiduguri murieron 47 personas, incluidos 16 soldados nigerianos.', 'es'],
      ['In Maiduguri starben 47 Menschen, darunter 16 nigerianische Soldaten.', 'de'],
      ['In Maiduguri wurden 47 Menschen getötet, unter ihnen 16 nigerianische Soldaten.', 'de'],
    ] as const) {
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
