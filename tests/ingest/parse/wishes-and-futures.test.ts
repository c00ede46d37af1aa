import { extract, find, useTestExtractor } from '../../support/parse-sentences';

useTestExtractor();

/** The claims of a made-up sentence, as "subject PREDICATE object MODALITY", PART_OF aside. */
async function claimsOf(text: string, language: string): Promise<string[]> {
  const batch = await extract(text, language);
  const bare = (id: string | null) => id?.replace(/^[a-z_]+:/u, '') ?? '';
  return batch.claims
    .filter((c) => c.predicate !== 'PART_OF')
    .map((c) => `${bare(c.subjectId)} ${c.predicate} ${bare(c.objectId)} ${c.modality}`);
}

describe('parse-v1 and what a side asks or wishes of another', () => {
  test('a wish or a request of another side is no claim that it acts, nor that it means to', async () => {
    for (const [text, language] of [
      ['Zelensky wants French troops deployed to Ukraine.', 'en'],
      ['Russia wants Belarus to send troops to Ukraine.', 'en'],
      ['The EU called on Iran to stop supplying drones to Russia.', 'en'],
      ['La Russie veut que la Biélorussie envoie des troupes en Ukraine.', 'fr'],
      ["L'UE appelle l'Iran à cesser de livrer des drones à la Russie.", 'fr'],
      ['Zelensky souhaite que la France envoie des troupes en Ukraine.', 'fr'],
      ['Rusia quiere que Bielorrusia envíe tropas a Ucrania.', 'es'],
      ['La UE instó a Irán a dejar de suministrar drones a Rusia.', 'es'],
      ['Russland will, dass Belarus Truppen in die Ukraine schickt.', 'de'],
      ['Die EU rief den Iran auf, keine Drohnen mehr an Russland zu liefern.', 'de'],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, []]);
    }
  });

  test("a side's own wish stays its intention, and a statement or a question why stays a claim", async () => {
    for (const [text, language, claim] of [
      [
        'Russia wants to send troops to Belarus.',
        'en',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'La Russie veut envoyer des troupes en Biélorussie.',
        'fr',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'Putin told reporters that Russian troops entered Avdiivka.',
        'en',
        'russian-armed-forces DEPLOYED_TO avdiivka ASSERTED',
      ],
      [
        'The minister asked why Russian troops entered Avdiivka.',
        'en',
        'russian-armed-forces DEPLOYED_TO avdiivka ASSERTED',
      ],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, [claim]]);
    }
  });

  test('whoever a side forces to act is who acts', async () => {
    for (const [text, language] of [
      ["L'offensive a obligé l'armée ukrainienne à se retirer d'Avdiivka.", 'fr'],
      ['Rusia obligó al ejército ucraniano a retirarse de Avdiivka.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      expect([
        text,
        find(batch, 'armed-forces-of-ukraine', 'DEPLOYED_TO', 'avdiivka').length,
      ]).toEqual([text, 1]);
      expect([text, find(batch, 'russian-armed-forces', 'DEPLOYED_TO', 'avdiivka')]).toEqual([
        text,
        [],
      ]);
    }
  });

  test('the troops a side sends or orders are still its own', async () => {
    for (const [text, language, claim] of [
      ['Russia sent troops to fight against Ukraine.', 'en', 'russia AT_WAR_WITH ukraine ASSERTED'],
      [
        'Russia ordered its troops to withdraw from Kherson.',
        'en',
        'russian-armed-forces DEPLOYED_TO kherson-oblast ASSERTED',
      ],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, [claim]]);
    }
  });
});

describe('parse-v1 and the future in French, Spanish and German', () => {
  test('"vont entrer", "entreront", "enverra", "entrarán", "werden … einmarschieren" are intended', async () => {
    for (const [text, language, claim] of [
      [
        'Les troupes russes vont entrer à Avdiivka.',
        'fr',
        'russian-armed-forces DEPLOYED_TO avdiivka INTENDED',
      ],
      [
        'Les troupes russes entreront à Avdiivka.',
        'fr',
        'russian-armed-forces DEPLOYED_TO avdiivka INTENDED',
      ],
      [
        'La Russie va envoyer des troupes en Biélorussie.',
        'fr',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'La Russie enverra des troupes en Biélorussie.',
        'fr',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'Las tropas rusas entrarán en Avdiivka.',
        'es',
        'russian-armed-forces DEPLOYED_TO avdiivka INTENDED',
      ],
      [
        'Russische Truppen werden in Awdijiwka einmarschieren.',
        'de',
        'russian-armed-forces DEPLOYED_TO avdiivka INTENDED',
      ],
      ['Russland wird der Ukraine Waffen liefern.', 'de', 'russia SUPPLIES ukraine INTENDED'],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, [claim]]);
    }
  });

  test('German "werden" with a participle is the passive of what is done, not a future', async () => {
    for (const [text, language, claims] of [
      [
        'Russische Truppen werden nach Belarus geschickt.',
        'de',
        ['russian-armed-forces DEPLOYED_TO belarus ASSERTED'],
      ],
      [
        'Die Waffen werden von Russland an die Ukraine geliefert.',
        'de',
        ['russia SUPPLIES ukraine ASSERTED'],
      ],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, claims]);
    }
  });
});
