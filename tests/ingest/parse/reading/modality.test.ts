import type { Extraction } from '../../../../src/ingest/extractor';
import { extract, find, useTestExtractor } from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and how sure a claim is', () => {
  test('German: "soll" and "nach Angaben" make an allegation with its source; "rund 11.000 Soldaten" counts soldiers', async () => {
    const batch = await extract(
      'Nordkorea soll nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach Russland geschickt haben.',
      'de',
    );
    const [sent] = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'russia');
    expect([sent?.modality, sent?.quantity]).toEqual([
      'ALLEGED',
      { min: 11000, max: 11000, unit: 'soldier' },
    ]);
    expect(sent?.attributedToId).not.toBeNull();
    expect(batch.entities.some((e) => e.name === 'Russia')).toBe(true);
  });

  test('Spanish: the conditional "habría enviado" and "varios cientos" as a range below a thousand', async () => {
    const batch = await extract(
      'Según fuentes de inteligencia, Corea del Norte habría enviado varios cientos de soldados a Rusia.',
      'es',
    );
    const [sent] = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'russia');
    expect([sent?.modality, sent?.quantity?.min, sent?.quantity?.max]).toEqual([
      'ALLEGED',
      200,
      999,
    ]);
  });

  test('English: a following "could not be verified" makes the claim an allegation of its speaker', async () => {
    const batch = await extract(
      'Pentagon spokesman Pat Ryder said North Korean troops had suffered losses in the Kursk region. The claim could not be independently verified.',
      'en',
    );
    expect(find(batch, 'pat-ryder', 'SPOKESPERSON_OF', 'pentagon')).toHaveLength(1);
    const [losses] = find(batch, 'korean-people-s-army', 'SUFFERED_LOSSES_IN', 'kursk-oblast');
    expect([losses?.modality, losses?.attributedToId]).toEqual(['ALLEGED', 'person:pat-ryder']);
  });

  test('"cannot be checked independently", "nicht zu überprüfen", "no pudieron ser verificadas" make the claim before an allegation', async () => {
    for (const [text, language] of [
      [
        'The army said Russian troops were killed in Kursk. The figures cannot be checked independently.',
        'en',
      ],
      [
        'Die Armee sagte, russische Truppen seien in Kursk getötet worden. Die Angaben sind unabhängig nicht zu überprüfen.',
        'de',
      ],
      [
        'El ejército dijo que tropas rusas murieron en Kursk. Esas cifras no pudieron ser verificadas.',
        'es',
      ],
    ] as const) {
      const [losses] = find(
        await extract(text, language),
        'russian-armed-forces',
        'SUFFERED_LOSSES_IN',
        'kursk-oblast',
      );
      expect([text, losses?.modality]).toEqual([text, 'ALLEGED']);
    }
  });

  test('"could not verify X\'s figures" makes what X said earlier an allegation, not only the sentence before', async () => {
    const batch = await extract(
      "The Arakan Army said three of its fighters were killed in Minbya. Heavy fighting went on in the hills. Reuters could not independently verify the Arakan Army's figures.",
      'en',
    );
    const [losses] = find(batch, 'arakan-army', 'SUFFERED_LOSSES_IN', 'minbya');
    expect([losses?.modality, losses?.attributedToId]).toEqual([
      'ALLEGED',
      'armed_force:arakan-army',
    ]);
  });

  test('a capture tried is an aim and one failed is denied; trying to fight back is fighting', async () => {
    for (const [text, language, modality] of [
      ['The M23 tried to capture Goma.', 'en', 'INTENDED'],
      ["Le M23 a tenté de s'emparer de Goma.", 'fr', 'INTENDED'],
      ['Die M23 versuchte, Goma einzunehmen.', 'de', 'INTENDED'],
      ['El M23 intentó capturar Goma.', 'es', 'INTENDED'],
      ['The M23 failed to capture Goma.', 'en', 'DENIED'],
      ['Le M23 n’est pas parvenu à prendre Goma.', 'fr', 'DENIED'],
      ['El M23 no logró tomar Goma.', 'es', 'DENIED'],
    ] as const) {
      const [taken] = find(await extract(text, language), 'march-23-movement', 'CONTROLS', 'goma');
      expect([text, taken?.modality]).toEqual([text, modality]);
    }
    const [fights] = find(
      await extract("La Russie tente de contrer l'offensive ukrainienne à Koursk.", 'fr'),
      'russia',
      'AT_WAR_WITH',
      'ukraine',
    );
    expect(fights?.modality).toBe('ASSERTED');
  });

  test('a side claiming what it did itself asserts it; what it claims of the other side is alleged', async () => {
    for (const [text, language] of [
      ['Al-Shabaab claims to have killed five Kenyan soldiers in Lamu.', 'en'],
      ['Les shebab prétendent avoir tué cinq soldats kényans à Lamu.', 'fr'],
      ['Al-Shabaab behauptet, fünf kenianische Soldaten in Lamu getötet zu haben.', 'de'],
      ['Al Shabab alega haber matado a cinco soldados kenianos en Lamu.', 'es'],
    ] as const) {
      const batch = await extract(text, language);
      const [fought] = find(batch, 'al-shabaab', 'AT_WAR_WITH', 'kenya-defence-forces');
      const [lost] = find(batch, 'kenya-defence-forces', 'SUFFERED_LOSSES_IN', 'lamu');
      expect([text, fought?.modality, lost?.modality]).toEqual([text, 'ASSERTED', 'ALLEGED']);
    }
  });

  test('what a clause of condition says ("if", "si") is no claim; the same capture stated is one', async () => {
    for (const [text, language] of [
      ['The UN fears ethnic cleansing if the RSF captures El Fasher.', 'en'],
      ["L'ONU craint des massacres si les FSR prennent El-Fasher.", 'fr'],
    ] as const) {
      const batch = await extract(text, language);
      expect(batch.claims.filter((c) => c.predicate === 'CONTROLS')).toEqual([]);
    }
    const stated = await extract('The RSF captured El Fasher on Sunday.', 'en');
    expect(find(stated, 'rapid-support-forces', 'CONTROLS', 'el-fasher')).toHaveLength(1);
  });

  test('deaths announced have happened: the losses are no intention', async () => {
    const batch = await extract(
      'Kyiv announced the deaths of 12 Russian soldiers in the Kursk region.',
      'en',
    );
    const [losses] = find(batch, 'russian-armed-forces', 'SUFFERED_LOSSES_IN', 'kursk-oblast');
    expect(losses?.modality).toBe('ASSERTED');
  });

  test('German passive "wird … unterstützt" is stated now; "wird … unterstützt werden" is to come', async () => {
    const now = await extract('Die M23 wird von Ruanda unterstützt.', 'de');
    const later = await extract('Die M23 wird künftig von Ruanda unterstützt werden.', 'de');
    const backing = (b: Extraction) =>
      find(b, 'rwanda', 'SUPPORTS_MILITARILY', 'march-23-movement');
    expect(backing(now).map((c) => c.modality)).toEqual(['ASSERTED']);
    expect(backing(later).map((c) => c.modality)).toEqual(['INTENDED']);
  });

  test('an object that counts none ("keine Waffen", "no troops") denies what the verb states', async () => {
    const cases = [
      ['Russland liefert der Ukraine keine Waffen.', 'de', 'russia', 'SUPPLIES', 'ukraine'],
      [
        'Russland hat keine Truppen nach Mali geschickt.',
        'de',
        'russian-armed-forces',
        'DEPLOYED_TO',
        'mali',
      ],
      ['Russia has sent no troops to Mali.', 'en', 'russian-armed-forces', 'DEPLOYED_TO', 'mali'],
      [
        'No North Korean troops have been sent to Ukraine.',
        'en',
        'korean-people-s-army',
        'DEPLOYED_TO',
        'ukraine',
      ],
    ] as const;
    for (const [text, language, subject, predicate, object] of cases) {
      const claims = find(await extract(text, language), subject, predicate, object);
      expect([text, claims.map((c) => c.modality)]).toEqual([text, ['DENIED']]);
    }
    const bound = await extract('Russia sent no fewer than 10,000 troops to Kursk.', 'en');
    expect(
      find(bound, 'russian-armed-forces', 'DEPLOYED_TO', 'kursk-oblast').map((c) => c.modality),
    ).toEqual(['ASSERTED']);
  });

  test('what a clause of purpose states is an aim: INTENDED', async () => {
    const batch = await extract('Los hutíes mantienen una ofensiva para controlar Marib.', 'es');
    expect(find(batch, 'houthis', 'CONTROLS', 'ma-rib').map((c) => c.modality)).toEqual([
      'INTENDED',
    ]);
  });

  test('a background fact the sentence negates is denied, and kept beside its assertion', async () => {
    for (const [text, language] of [
      ['Kirkuk is not part of the Kurdistan Region.', 'en'],
      ['Die Stadt Kirkuk gehört aber nicht zur autonomen Kurdenregion im Nordirak.', 'de'],
    ] as const) {
      const parts = (await extract(text, language)).claims.filter((c) => c.predicate === 'PART_OF');
      expect([text, parts.map((c) => c.modality)]).toEqual([text, ['DENIED']]);
    }
    const both = await extract(
      'Kirkuk is part of the Kurdistan Region, Erbil says. Baghdad says Kirkuk is not part of the Kurdistan Region.',
      'en',
    );
    const modalities = both.claims.filter((c) => c.predicate === 'PART_OF').map((c) => c.modality);
    expect(modalities.sort()).toEqual(['ASSERTED', 'DENIED']);
  });

  test('a harm ordered, sought or promised has not happened: no loss from "l\'instruction d\'éliminer"', async () => {
    const ordered = await extract(
      "Les combats ont repris à Khan Younès. Netanyahu avait donné l'instruction d'éliminer les dirigeants du Hamas.",
      'fr',
    );
    expect(ordered.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN')).toEqual([]);
    const claimed = await extract("L'OLA affirme avoir tué 110 soldats éthiopiens à Shinoo.", 'fr');
    expect(
      find(claimed, 'ethiopian-national-defense-force', 'SUFFERED_LOSSES_IN', 'shinoo'),
    ).toHaveLength(1);
  });

  test('after a review: no claim from a claim that says, a rebel army named for its country, a ship, a charity, a clause joined to a list, or fighters dying in an attack on others', async () => {
    const none = async (text: string, language: string, predicate: string) => {
      const batch = await extract(text, language);
      const kept = batch.claims.filter(
        (c) => c.predicate === predicate && c.modality !== 'DENIED' && c.subjectId !== c.objectId,
      );
      expect([text, kept.map((c) => `${c.subjectId} ${c.objectId}`)]).toEqual([text, []]);
    };
    await none(
      'A drone attack, claimed by Iran to have been launched by Israel, killed three Syrian soldiers.',
      'en',
      'AT_WAR_WITH',
    );
    await none('The Gibraltar Eagle was attacked by Houthi forces.', 'en', 'AT_WAR_WITH');
    await none('La Salvation Army est présente en Ukraine.', 'fr', 'DEPLOYED_TO');
    await none('Five Wagner fighters died in a Russian attack on Bakhmut.', 'en', 'AT_WAR_WITH');
    const rebels = await extract(
      "L'Armée de libération du Soudan (ALS) a combattu les FSR au Darfour.",
      'fr',
    );
    expect(
      rebels.claims.filter((c) => c.subjectId === 'armed_force:sudanese-armed-forces'),
    ).toEqual([]);
    const clause = await extract(
      'Ukrainian troops are present in Kursk and Belarus is worried.',
      'en',
    );
    expect(find(clause, 'armed-forces-of-ukraine', 'DEPLOYED_TO', 'belarus')).toEqual([]);
    const joined = await extract(
      "Dans le nord du Mali et dans l'ouest du Niger, dans la région de Tillabéri, dix soldats sont morts.",
      'fr',
    );
    expect(find(joined, 'tillaberi', 'LOCATED_IN', 'mali')).toEqual([]);
    const denied = await extract('No Egyptian soldiers died at the hands of Israeli forces.', 'en');
    expect(
      find(denied, 'israel-defense-forces', 'AT_WAR_WITH', 'egyptian-armed-forces').map(
        (c) => c.modality,
      ),
    ).toEqual(['DENIED']);
    const ground = await extract('The Ukraine Ground Forces repelled a Russian assault.', 'en');
    expect(find(ground, 'armed-forces-of-ukraine', 'AT_WAR_WITH', 'russia')).toHaveLength(1);
  });

  test('losses told beside an announcement are no intention', async () => {
    const batch = await extract(
      "L'armée malienne a annoncé la mort de 46 hommes armés, tandis que 10 de ses militaires ont été tués à Bourem.",
      'fr',
    );
    expect(
      find(batch, 'malian-armed-forces', 'SUFFERED_LOSSES_IN', 'bourem').map((c) => c.modality),
    ).toEqual(['ASSERTED']);
  });
  test('what is done beside an announcement, a verb joined to the announcing one, is no intention', async () => {
    for (const [text, language] of [
      [
        'The Saudi-led coalition announced a new offensive and killed 12 Houthi fighters in Marib.',
        'en',
      ],
      [
        'La coalition a annoncé une nouvelle offensive et tué 12 combattants houthis à Marib.',
        'fr',
      ],
      ['La coalición anunció una nueva ofensiva y mató a 12 combatientes hutíes en Marib.', 'es'],
      ['Die Koalition kündigte eine neue Offensive an und tötete 12 Huthi-Kämpfer in Marib.', 'de'],
    ] as const) {
      const losses = find(await extract(text, language), 'houthis', 'SUFFERED_LOSSES_IN', 'ma-rib');
      expect([text, losses.map((c) => c.modality)]).toEqual([text, ['ASSERTED']]);
    }
  });

  test('"may have", "might", "könnte", "dürfte" allege; "could not be reached" does not; only the verb wanted is intended', async () => {
    for (const [text, language, subject, predicate, object, modality] of [
      [
        'Russia may have sent troops to Belarus.',
        'en',
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
        'ALLEGED',
      ],
      [
        'Russland könnte Truppen nach Belarus schicken.',
        'de',
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
        'ALLEGED',
      ],
      [
        'Russland dürfte Truppen nach Belarus geschickt haben.',
        'de',
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
        'ALLEGED',
      ],
      [
        'A spokesperson for the Malian army could not be reached for comment.',
        'en',
        'malian-armed-forces',
        'STATED_NO_COMMENT',
        'comment',
        'ASSERTED',
      ],
      [
        'The European Union wants to impose new sanctions on Russia.',
        'en',
        'european-union',
        'SANCTIONS',
        'russia',
        'INTENDED',
      ],
      [
        'Rusia quería enviar tropas a Bielorrusia.',
        'es',
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
        'INTENDED',
      ],
      [
        'Russia wants to show that its troops control Avdiivka.',
        'en',
        'russian-armed-forces',
        'CONTROLS',
        'avdiivka',
        'ASSERTED',
      ],
    ] as const) {
      const found = find(await extract(text, language), subject, predicate, object);
      expect([text, found.map((c) => c.modality)]).toEqual([text, [modality]]);
    }
  });
});

describe('parse-v1 and an event its own words allege', () => {
  test('"an alleged attack", "un supuesto ataque", "ein mutmaßlicher Angriff" are allegations', async () => {
    for (const [text, language] of [
      ['An alleged attack by Russian forces on Ukrainian troops was reported in Kursk.', 'en'],
      [
        'Se informó de un supuesto ataque de las fuerzas rusas contra tropas ucranianas en Kursk.',
        'es',
      ],
      [
        'Bei einem mutmaßlichen Angriff russischer Truppen auf ukrainische Soldaten in Kursk starben zwölf Menschen.',
        'de',
      ],
    ] as const) {
      const [war] = find(
        await extract(text, language),
        'russian-armed-forces',
        'AT_WAR_WITH',
        'armed-forces-of-ukraine',
      );
      expect([text, war?.modality]).toEqual([text, 'ALLEGED']);
    }
  });
});

describe('parse-v1 and what a side wants', () => {
  test('what a side wants to do, or will do, is intended; not wanting it denies it; what it may do is nothing', async () => {
    for (const [text, language, modality] of [
      ['Russia wants to send troops to Belarus.', 'en', 'INTENDED'],
      ['La Russie veut envoyer des soldats en Biélorussie.', 'fr', 'INTENDED'],
      ['Rusia quiere enviar soldados a Bielorrusia.', 'es', 'INTENDED'],
      ['Russia does not want to send troops to Belarus.', 'en', 'DENIED'],
    ] as const) {
      const sent = find(
        await extract(text, language),
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
      );
      expect([text, sent.map((c) => c.modality)]).toEqual([text, [modality]]);
    }
    for (const [text, language, modality] of [
      ['Russian troops will enter Avdiivka.', 'en', ['INTENDED']],
      ['Las tropas rusas quieren entrar en Avdiivka.', 'es', ['INTENDED']],
      ['Russian troops may enter Avdiivka.', 'en', []],
      ['Russische Truppen wollen in Awdijiwka einmarschieren.', 'de', []],
    ] as const) {
      const entered = find(
        await extract(text, language),
        'russian-armed-forces',
        'DEPLOYED_TO',
        'avdiivka',
      );
      expect([text, entered.map((c) => c.modality)]).toEqual([text, modality]);
    }
    // Only the verb wanted is intended: the losses after "but" happened.
    const failed = await extract(
      'Russia wanted to seize Kyiv in three days, but its troops were killed near Hostomel.',
      'en',
    );
    expect(
      failed.claims.map((c) => [c.predicate, c.modality]).filter(([p]) => p !== 'PART_OF'),
    ).toEqual([
      ['CONTROLS', 'INTENDED'],
      ['SUFFERED_LOSSES_IN', 'ASSERTED'],
    ]);
  });
});

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
      ['Germany allowed Poland to send tanks to Ukraine.', 'en'],
      ['La Russie a poussé la Biélorussie à envoyer des troupes en Ukraine.', 'fr'],
      ['Russland bat Belarus, Truppen in die Ukraine zu schicken.', 'de'],
      ['Putin befahl Belarus, Truppen in die Ukraine zu schicken.', 'de'],
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
      [
        'Ucrania reclamó que Rusia había enviado tropas a Bielorrusia.',
        'es',
        'russian-armed-forces DEPLOYED_TO belarus ASSERTED',
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

  test('troops sent to back or to fight a side ("pour soutenir", "para apoyar", "um … zu unterstützen") do so: no aim', async () => {
    for (const [text, language, claim] of [
      [
        "La Russie a envoyé des troupes pour combattre l'Ukraine.",
        'fr',
        'russia AT_WAR_WITH ukraine ASSERTED',
      ],
      [
        "Le Rwanda a envoyé des troupes pour soutenir l'armée mozambicaine.",
        'fr',
        'rwanda SUPPORTS_MILITARILY mozambique-defence-armed-forces ASSERTED',
      ],
      [
        'Ruanda envió tropas para apoyar al ejército mozambiqueño.',
        'es',
        'rwanda SUPPORTS_MILITARILY mozambique-defence-armed-forces ASSERTED',
      ],
      [
        'Ruanda schickte Truppen, um die mosambikanische Armee zu unterstützen.',
        'de',
        'rwanda SUPPORTS_MILITARILY mozambique-defence-armed-forces ASSERTED',
      ],
      // Sent in the future, they are to back it.
      [
        'La Russie va envoyer des troupes pour soutenir le Bélarus.',
        'fr',
        'russia SUPPORTS_MILITARILY belarus INTENDED',
      ],
    ] as const) {
      const claims = (await claimsOf(text, language)).filter((c) => !c.includes('DEPLOYED_TO'));
      expect([text, claims]).toEqual([text, [claim]]);
    }
  });
});

describe('parse-v1 and the future in French, Spanish and German', () => {
  test('"vont entrer", "entreront", "enverra", "entrarán", "werden … einmarschieren", "wird Truppen … schicken" are intended', async () => {
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
      // The parser reads "wird … schicken" as a passive: the state an oblique, the troops its subject.
      [
        'Russland wird Truppen nach Belarus schicken.',
        'de',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'Putin sagte, dass Russland Truppen nach Belarus schicken wird.',
        'de',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      ['Russland wird die Ukraine angreifen.', 'de', 'russia AT_WAR_WITH ukraine INTENDED'],
      [
        'Russische Truppen werden in Awdijiwka eindringen.',
        'de',
        'russian-armed-forces DEPLOYED_TO avdiivka INTENDED',
      ],
      [
        'Moscou allait envoyer des troupes en Biélorussie.',
        'fr',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      [
        'Rusia iba a enviar tropas a Bielorrusia.',
        'es',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
      // An infinitive in "-en" with an inseparable prefix, read as a passive's participle by the
      // parser, which gave it two subjects: a passive has one.
      [
        'Die Türkei wird die PKK bekämpfen.',
        'de',
        'turkey AT_WAR_WITH kurdistan-workers-party INTENDED',
      ],
      ['Die Hamas wird Israel weiter bekämpfen.', 'de', 'hamas AT_WAR_WITH israel INTENDED'],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, [claim]]);
    }
  });

  test('German "werden" with a participle is the passive of what is done, and Spanish "van ocupando" what goes on, not a future', async () => {
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
      ['Die Ukraine wird von Russland überfallen.', 'de', ['russia AT_WAR_WITH ukraine ASSERTED']],
      ['Die Ukraine wurde von Russland überfallen.', 'de', ['russia AT_WAR_WITH ukraine ASSERTED']],
      [
        'Die Stellungen der PKK werden im Nordirak beschossen.',
        'de',
        ['kurdistan-workers-party DEPLOYED_TO iraq ASSERTED'],
      ],
      [
        'Las tropas rusas van ocupando Avdiivka.',
        'es',
        ['russian-armed-forces CONTROLS avdiivka ASSERTED'],
      ],
    ] as const) {
      expect([text, await claimsOf(text, language)]).toEqual([text, claims]);
    }
  });
});

describe('parse-v1 and the future seen from a past report', () => {
  test('"said … would send", "a dit que … enverrait", "dijo que … enviaría", "sagte, … würde … schicken" are intended', async () => {
    for (const [text, language, modality] of [
      ['The minister said Russia would send troops to Belarus.', 'en', 'INTENDED'],
      ['Le ministre a dit que la Russie enverrait des troupes au Bélarus.', 'fr', 'INTENDED'],
      ['El ministro dijo que Rusia enviaría tropas a Bielorrusia.', 'es', 'INTENDED'],
      ['El ministro afirmó que tropas rusas serían desplegadas en Bielorrusia.', 'es', 'INTENDED'],
      ['Der Minister sagte, Russland würde Truppen nach Belarus schicken.', 'de', 'INTENDED'],
      // What has been, what may be, what a report now says, and hearsay stay allegations.
      ['Zelensky a affirmé que la Russie aurait envoyé des troupes au Bélarus.', 'fr', 'ALLEGED'],
      ['Zelenski afirmó que Rusia habría enviado tropas a Bielorrusia.', 'es', 'ALLEGED'],
      [
        'Zelensky a affirmé que la Russie pourrait envoyer des troupes au Bélarus.',
        'fr',
        'ALLEGED',
      ],
      ['Zelenski dijo que Rusia podría enviar tropas a Bielorrusia.', 'es', 'ALLEGED'],
      ['Zelensky affirme que la Russie enverrait des troupes au Bélarus.', 'fr', 'ALLEGED'],
      ['Zelenski afirma que Rusia enviaría tropas a Bielorrusia.', 'es', 'ALLEGED'],
      ['La Russie enverrait des troupes au Bélarus.', 'fr', 'ALLEGED'],
      ['Rusia enviaría tropas a Bielorrusia.', 'es', 'ALLEGED'],
      // A passive reported ("würden … eingesetzt") is what is said to happen now.
      ['Es heißt, russische Truppen würden in Belarus eingesetzt.', 'de', 'REPORTED'],
    ] as const) {
      const sent = find(
        await extract(text, language),
        'russian-armed-forces',
        'DEPLOYED_TO',
        'belarus',
      );
      expect([text, sent.map((c) => c.modality)]).toEqual([text, [modality]]);
    }
  });

  test('a French imperfect in "-rait" ("entraient", "opérait", "livrait") states what was so; the conditional alleges', async () => {
    for (const [text, claim] of [
      [
        'Les troupes russes entraient à Avdiivka.',
        'russian-armed-forces DEPLOYED_TO avdiivka ASSERTED',
      ],
      ["L'armée russe opérait à Avdiivka.", 'russian-armed-forces DEPLOYED_TO avdiivka ASSERTED'],
      ['La Russie livrait des armes à la Syrie.', 'russia SUPPLIES syria ASSERTED'],
      ['La Russie livrerait des armes à la Syrie.', 'russia SUPPLIES syria ALLEGED'],
      [
        'Le ministre déclarait que la Russie enverrait des troupes au Bélarus.',
        'russian-armed-forces DEPLOYED_TO belarus INTENDED',
      ],
    ] as const) {
      expect([text, await claimsOf(text, 'fr')]).toEqual([text, [claim]]);
    }
  });

  test('a refusal to comment, in the future or the future of a report, is made when it is said', async () => {
    for (const [text, language] of [
      ['The Kremlin said it would not comment on the report.', 'en'],
      ['The Kremlin will not comment on the report.', 'en'],
      ["Le Kremlin a dit qu'il ne commenterait pas le rapport.", 'fr'],
      ['Der Kreml sagte, er würde den Bericht nicht kommentieren.', 'de'],
    ] as const) {
      const refusals = (await extract(text, language)).claims.filter(
        (c) => c.predicate === 'STATED_NO_COMMENT',
      );
      expect([text, refusals.map((c) => c.modality)]).toEqual([text, ['ASSERTED']]);
    }
  });
});
