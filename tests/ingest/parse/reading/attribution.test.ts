import { extract, find, useTestExtractor } from '../../../support/parse-sentences';

useTestExtractor();

/** The claim each sentence makes that Russia's army is in Belarus, if any, by sentence. */
async function deployments(
  sentences: readonly (readonly [string, string])[],
): Promise<[string, ReturnType<typeof find>[number] | undefined][]> {
  const claims: [string, ReturnType<typeof find>[number] | undefined][] = [];
  for (const [text, language] of sentences) {
    const [deployed] = find(
      await extract(text, language),
      'russian-armed-forces',
      'DEPLOYED_TO',
      'belarus',
    );
    claims.push([text, deployed]);
  }
  return claims;
}

/** Who each sentence says sent Russia's army to Belarus: the claim's speaker, by sentence. */
const deploymentSpeakers = async (sentences: readonly (readonly [string, string])[]) =>
  (await deployments(sentences)).map(([text, claim]) => [text, claim?.attributedToId]);

/** Who says, who relays and how sure, by sentence ("none" when no claim is read). */
const deploymentSources = async (sentences: readonly (readonly [string, string])[]) =>
  (await deployments(sentences)).map(([text, claim]) => [
    text,
    claim?.attributedToId ?? null,
    claim?.reportedById ?? null,
    claim?.modality ?? 'none',
  ]);

/** Each sentence, said by the Pentagon. */
const saidByPentagon = (sentences: readonly (readonly [string, string])[]) =>
  sentences.map(([text]) => [text, 'organization:pentagon']);

describe('parse-v1 and who says or relays a claim', () => {
  test('"nach eigenen Angaben", "by its own account": the source is the clause\'s subject', async () => {
    const [own] = find(
      await extract(
        'Die Armee Israels hat nach eigenen Angaben drei Kommandeure der Hisbollah im Libanon getötet.',
        'de',
      ),
      'israel-defense-forces',
      'AT_WAR_WITH',
      'hezbollah',
    );
    expect(own?.attributedToId).toBe('armed_force:israel-defense-forces');
  });

  test('a quotation whose speaker is named after it closes is said by that speaker from its first sentence', async () => {
    const sentences: [string, string][] = [
      [
        '“North Korean soldiers fight alongside Russian forces in Kursk. We have indications that they suffered losses,” said Pentagon spokesperson Pat Ryder.',
        'en',
      ],
      [
        '« Des soldats nord-coréens combattent aux côtés des forces russes à Koursk. Nous avons des indications de pertes », a déclaré Pat Ryder.',
        'fr',
      ],
      [
        '„Nordkoreanische Soldaten kämpfen an der Seite Russlands in Kursk. Wir haben Hinweise auf Verluste“, sagte Pat Ryder.',
        'de',
      ],
      [
        '«Los soldados norcoreanos combaten junto a Rusia en Kursk. Tenemos indicios de bajas», dijo Pat Ryder.',
        'es',
      ],
    ];
    for (const [text, language] of sentences) {
      const [fights] = find(
        await extract(text, language),
        'korean-people-s-army',
        'FIGHTS_FOR',
        'russia',
      );
      expect([text, fights?.attributedToId]).toEqual([text, 'person:pat-ryder']);
    }
    // A German quotation closes with “: what follows it is nobody's quotation.
    const after = await extract(
      '„Nordkoreanische Soldaten kämpfen an der Seite Russlands“, sagte Pat Ryder. Die Ukraine griff Russland an.',
      'de',
    );
    expect(find(after, 'ukraine', 'AT_WAR_WITH', 'russia').map((c) => c.attributedToId)).toEqual([
      null,
    ]);
  });

  test('a speaker the parser did not make the subject of the reporting verb after the statement', async () => {
    const confirmed = await extract(
      "North Korea has sent troops to Russia's Kursk region, the Pentagon confirmed Monday.",
      'en',
    );
    const [sent] = find(confirmed, 'korean-people-s-army', 'DEPLOYED_TO', 'kursk-oblast');
    expect([sent?.attributedToId, sent?.modality]).toEqual(['organization:pentagon', 'CONFIRMED']);
  });

  test('the accused, not the accuser, did what an accusation says', async () => {
    const sentences: [string, string][] = [
      ['Kinshasa accuses Rwanda of deploying troops in Congo to support the M23.', 'en'],
      // What the accused did, as an adverbial clause of the verb of accusing.
      ['Kinshasa has accused Rwanda of supporting the M23 rebels.', 'en'],
      ['Kinshasa accuse le Rwanda de soutenir militairement le M23.', 'fr'],
      ['Kinshasa wirft Ruanda vor, die M23 militärisch zu unterstützen.', 'de'],
      ['Kinshasa acusa a Ruanda de apoyar militarmente al M23.', 'es'],
    ];
    for (const [text, language] of sentences) {
      const batch = await extract(text, language);
      const [support] = find(batch, 'rwanda', 'SUPPORTS_MILITARILY', 'march-23-movement');
      expect([text, support?.modality, support?.attributedToId]).toEqual([
        text,
        'ALLEGED',
        'country:democratic-republic-of-the-congo',
      ]);
      expect(
        find(batch, 'democratic-republic-of-the-congo', 'SUPPORTS_MILITARILY', 'march-23-movement'),
      ).toEqual([]);
    }
  });

  test('a report set after the clause speaks for it, where the parser hangs it on the last phrase or joins it as a German conjunct', async () => {
    const after = [
      ['Russia deployed troops to Belarus, the Pentagon said.', 'en'],
      ['Russland hat Truppen nach Belarus verlegt, sagte das Pentagon.', 'de'],
      ['Russland hat Truppen nach Belarus verlegt, erklärte das Pentagon am Montag.', 'de'],
    ] as const;
    expect(await deploymentSpeakers(after)).toEqual(saidByPentagon(after));
    // A conjoined verb of the same actor reports nothing.
    const more = await extract('Russland griff die Ukraine an, tötete fünf Soldaten.', 'de');
    expect(more.claims.every((c) => c.attributedToId === null)).toBe(true);
  });

  test('a clause of "as" with a reporting verb says who says so, before or after; other "as" clauses do not', async () => {
    const asSaid = [
      ['As the Pentagon said, Russia deployed troops to Belarus.', 'en'],
      ['Russia deployed troops to Belarus, as the Pentagon said.', 'en'],
      ["Comme l'a indiqué le Pentagone, la Russie a déployé des troupes au Bélarus.", 'fr'],
      ['Rusia desplegó tropas en Bielorrusia, como informó el Pentágono.', 'es'],
    ] as const;
    expect(await deploymentSpeakers(asSaid)).toEqual(saidByPentagon(asSaid));
    const advancing = 'As the Pentagon advanced its plans, Russia deployed troops to Belarus.';
    expect(await deploymentSpeakers([[advancing, 'en']])).toEqual([[advancing, null]]);
  });

  test('a clause of "as" opening the sentence says who says so where the parser takes "wie" for a preposition or the main clause for a relative one', async () => {
    const byMinistry = [
      [
        'Wie das russische Verteidigungsministerium mitteilte, hat Russland Truppen nach Belarus verlegt.',
        'de',
      ],
      [
        "Comme l'a indiqué le ministère russe de la Défense, la Russie a déployé des troupes au Bélarus.",
        'fr',
      ],
    ] as const;
    expect(await deploymentSpeakers(byMinistry)).toEqual(
      byMinistry.map(([text]) => [text, 'organization:ministry-of-defence-of-russia']),
    );
    const [relayed] = await deploymentSources([
      [
        'Wie Interfax unter Berufung auf das russische Verteidigungsministerium berichtete, hat Russland Truppen nach Belarus verlegt.',
        'de',
      ],
    ]);
    expect(relayed?.slice(1, 3)).toEqual([
      'organization:ministry-of-defence-of-russia',
      'organization:interfax',
    ]);
  });

  test('Spanish "decir" in the perfect and the imperfect reports', async () => {
    const told = [
      ['El Pentágono ha dicho que Rusia desplegó tropas en Bielorrusia.', 'es'],
      ['Rusia desplegó tropas en Bielorrusia, ha dicho el Pentágono.', 'es'],
      ['El Pentágono decía que Rusia desplegó tropas en Bielorrusia.', 'es'],
    ] as const;
    expect(await deploymentSpeakers(told)).toEqual(saidByPentagon(told));
  });

  test('the accused, named after the verb, is never the accuser', async () => {
    // Bujumbura, Burundi's seat of government, accuses: the object after the verb is who is
    // accused, not a speaker standing after it.
    const batch = await extract(
      'Bujumbura accuse Kigali de soutenir les rebelles de RED-Tabara.',
      'fr',
    );
    const [support] = find(batch, 'rwanda', 'SUPPORTS_MILITARILY', 'red-tabara');
    expect([support?.modality, support?.attributedToId]).toEqual(['ALLEGED', 'country:burundi']);
  });

  test('sources nobody names report a claim; officials a demonym describes are not unnamed', async () => {
    for (const [text, language] of [
      ['Military sources said four Chadian soldiers were killed in Bouhama.', 'en'],
      ['Four Chadian soldiers were killed in Bouhama, military sources said.', 'en'],
      ['Une source militaire a indiqué que quatre soldats tchadiens ont été tués à Bouhama.', 'fr'],
      ['Militärkreisen zufolge wurden vier tschadische Soldaten in Bouhama getötet.', 'de'],
      ['Según fuentes militares, cuatro soldados chadianos murieron en Bouhama.', 'es'],
    ] as const) {
      const [loss] = find(
        await extract(text, language),
        'chadian-national-army',
        'SUFFERED_LOSSES_IN',
        'bouhama',
      );
      expect([text, loss?.modality, loss?.attributedToId]).toEqual([text, 'REPORTED', null]);
    }
    const [named] = find(
      await extract('US officials said four Chadian soldiers were killed in Bouhama.', 'en'),
      'chadian-national-army',
      'SUFFERED_LOSSES_IN',
      'bouhama',
    );
    expect(named?.modality).not.toBe('REPORTED');
  });

  test('a subject the parser joined to its "selon" source is the subject, not a second speaker', async () => {
    const batch = await extract(
      'Selon le renseignement sud-coréen, la Corée du Nord aurait envoyé quelque 12 000 soldats en Russie.',
      'fr',
    );
    const sent = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'russia');
    expect(sent.map((c) => [c.modality, c.attributedToId])).toEqual([
      ['ALLEGED', 'organization:national-intelligence-service'],
    ]);
  });

  test("a state's officials speak for the state; a group's officials still stand for the group", async () => {
    for (const [text, language] of [
      ['US officials said North Korean troops were in Kursk.', 'en'],
      [
        'Des responsables américains ont affirmé que des soldats nord-coréens étaient à Koursk.',
        'fr',
      ],
    ] as const) {
      const [deployed] = find(
        await extract(text, language),
        'korean-people-s-army',
        'DEPLOYED_TO',
        'kursk-oblast',
      );
      expect([text, deployed?.attributedToId]).toEqual([text, 'country:united-states']);
    }
    const group = await extract('Three Hamas officials were killed in Rafah.', 'en');
    expect(find(group, 'hamas', 'SUFFERED_LOSSES_IN', 'rafah')).toHaveLength(1);
  });

  test('a state body named by conjoined demonyms is each state\'s: "selon les gouvernements russe et ukrainien"', async () => {
    const batch = await extract(
      'Des soldats nord-coréens étaient à Koursk, selon les gouvernements russe et ukrainien.',
      'fr',
    );
    const speakers = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'kursk-oblast').map(
      (c) => c.attributedToId,
    );
    expect(speakers.sort()).toEqual(['country:russia', 'country:ukraine']);
  });

  test('a second reported clause is the reporter\'s, its pronoun the reporter: "ISIS said it killed 20 soldiers and that it suffered no casualties"', async () => {
    const batch = await extract(
      'Egyptian soldiers were attacked in Sinai on Monday. ISIS said it killed more than 20 soldiers and that it suffered no casualties.',
      'en',
    );
    const denied = batch.claims.filter((c) => c.modality === 'DENIED');
    expect(denied.map((c) => [c.subjectId, c.predicate, c.attributedToId])).toEqual([
      ['organization:islamic-state', 'SUFFERED_LOSSES_IN', 'organization:islamic-state'],
    ]);
  });

  test('the second participle of a perfect infinitive is said too: "a annoncé avoir repoussé l\'attaque et tué 14 combattants"', async () => {
    const sentences: [string, string][] = [
      [
        'fr',
        "L'armée malienne avait auparavant annoncé avoir repoussé l'attaque et tué 14 combattants du JNIM à Kidal.",
      ],
      [
        'es',
        'El Ejército de Malí había anunciado haber repelido el ataque y matado a 14 combatientes del JNIM en Kidal.',
      ],
      [
        'de',
        'Die malische Armee hatte zuvor mitgeteilt, den Angriff abgewehrt und 14 JNIM-Kämpfer in Kidal getötet zu haben.',
      ],
    ];
    for (const [language, text] of sentences) {
      const batch = await extract(text, language);
      const [lost] = find(
        batch,
        'jama-at-nusrat-al-islam-wal-muslimin',
        'SUFFERED_LOSSES_IN',
        'kidal',
      );
      expect([text, lost?.attributedToId]).toEqual([text, 'armed_force:malian-armed-forces']);
    }
  });

  test('the speaker named after the outlet he spoke to ("a confirmé à l\'AFP Jean-Claude Nzita") says it', async () => {
    const batch = await extract(
      '« Neuf militaires angolais sont morts dans des combats mardi à Cabinda », a confirmé à l’AFP Jean-Claude Nzita, le porte-parole des rebelles.',
      'fr',
    );
    const [loss] = find(batch, 'angolan-armed-forces', 'SUFFERED_LOSSES_IN', 'cabinda');
    expect(loss?.attributedToId).toBe('person:jean-claude-nzita');
  });

  test('an outlet told by unnamed officials relays what they say; it is no speaker', async () => {
    const sentences: [string, string][] = [
      ['Officials told Reuters that Russia had deployed troops to Belarus.', 'en'],
      [
        "Des responsables ont indiqué à l'AFP que la Russie avait déployé des troupes en Biélorussie.",
        'fr',
      ],
      ['Funcionarios dijeron a Reuters que Rusia había desplegado tropas en Bielorrusia.', 'es'],
      [
        'Westliche Beamte haben der BBC mitgeteilt, dass Russland Truppen nach Belarus verlegt habe.',
        'de',
      ],
    ];
    expect(await deploymentSources(sentences)).toEqual([
      [sentences[0]![0], null, 'organization:reuters', 'REPORTED'],
      [sentences[1]![0], null, 'organization:agence-france-presse', 'REPORTED'],
      [sentences[2]![0], null, 'organization:reuters', 'REPORTED'],
      [sentences[3]![0], null, 'organization:bbc', 'REPORTED'],
    ]);
  });

  test('officials of no named body are an unnamed source, in the four languages', async () => {
    const sentences: [string, string][] = [
      ['Western officials said that Russia had deployed troops to Belarus.', 'en'],
      [
        'Des responsables occidentaux ont déclaré que la Russie avait déployé des troupes en Biélorussie.',
        'fr',
      ],
      ['Funcionarios occidentales dijeron que Rusia había desplegado tropas en Bielorrusia.', 'es'],
      ['Westliche Beamte sagten, Russland habe Truppen nach Belarus verlegt.', 'de'],
    ];
    expect(await deploymentSources(sentences)).toEqual(
      sentences.map(([text]) => [text, null, null, 'REPORTED']),
    );
  });

  test('German reported speech in the subjunctive, joined to its verb as a conjunct, is what is said', async () => {
    const [loss] = find(
      await extract(
        'Westliche Beamte sagten, die nordkoreanischen Truppen hätten in Kursk schwere Verluste erlitten.',
        'de',
      ),
      'korean-people-s-army',
      'SUFFERED_LOSSES_IN',
      'kursk-oblast',
    );
    expect(loss?.modality).toBe('REPORTED');
  });

  test('a side claiming a capture as its own asserts it, in the four languages', async () => {
    const sentences: [string, string][] = [
      ['The KIA claimed the capture of Panwa.', 'en'],
      ['La KIA a revendiqué la prise de la ville de Panwa.', 'fr'],
      ['Die KIA beanspruchte die Einnahme von Panwa.', 'de'],
      ['El KIA reivindicó la toma de Panwa.', 'es'],
    ];
    for (const [text, language] of sentences) {
      const [taken] = find(
        await extract(text, language),
        'kachin-independence-army',
        'CONTROLS',
        'panwa',
      );
      expect([text, taken?.attributedToId, taken?.modality]).toEqual([
        text,
        'armed_force:kachin-independence-army',
        'ASSERTED',
      ]);
    }
  });

  test('an outlet citing a body relays what the body says, wherever "citing" hangs', async () => {
    const sentences: [string, string][] = [
      [
        'Interfax, citing the Russian defence ministry, reported that Russia had deployed troops to Belarus.',
        'en',
      ],
      [
        'Interfax, citant le ministère russe de la Défense, a rapporté que la Russie avait déployé des troupes en Biélorussie.',
        'fr',
      ],
      [
        'Rusia desplegó tropas en Bielorrusia, informó Interfax citando al Ministerio de Defensa ruso.',
        'es',
      ],
      [
        'Interfax quoted the Russian defence ministry as saying that Russia had deployed troops to Belarus.',
        'en',
      ],
      [
        'Russland hat Truppen nach Belarus verlegt, berichtete Interfax unter Berufung auf das russische Verteidigungsministerium.',
        'de',
      ],
    ];
    const sources = await deploymentSources(sentences);
    expect(sources.map(([text, speaker, relay]) => [text, speaker, relay])).toEqual(
      sentences.map(([text]) => [
        text,
        'organization:ministry-of-defence-of-russia',
        'organization:interfax',
      ]),
    );
    // Citing sources nobody names: the outlet relays a report, it is not the source.
    const [unnamed] = await deploymentSources([
      ['Russia has deployed troops to Belarus, Interfax reported, citing sources.', 'en'],
    ]);
    expect(unnamed?.slice(1)).toEqual([null, 'organization:interfax', 'REPORTED']);
  });

  test("what an outlet reports citing a body, after a comma, is the body's, however the parser hangs it", async () => {
    const sentences: [string, string][] = [
      [
        'Interfax informó, citando al Ministerio de Defensa ruso, que Rusia había desplegado tropas en Bielorrusia.',
        'es',
      ],
      [
        'Interfax berichtete unter Berufung auf das russische Verteidigungsministerium, dass Russland Truppen nach Belarus verlegt habe.',
        'de',
      ],
      [
        'La Russie a déployé des troupes en Biélorussie, a rapporté Interfax, citant le ministère russe de la Défense.',
        'fr',
      ],
    ];
    expect(await deploymentSources(sentences)).toEqual(
      sentences.map(([text]) => [
        text,
        'organization:ministry-of-defence-of-russia',
        'organization:interfax',
        'ASSERTED',
      ]),
    );
    // The clause after the ministry's comma is no Russian ministry's: its troops took the town.
    const german = await extract(
      'Interfax berichtete unter Berufung auf das Verteidigungsministerium, russische Truppen hätten Awdijiwka eingenommen.',
      'de',
    );
    expect(german.claims.filter((c) => c.predicate === 'CONTROLS').map((c) => c.subjectId)).toEqual(
      ['armed_force:russian-armed-forces'],
    );
  });

  test('a name set beside a "selon / according to / según" source is the speaker, not the subject of what it says', async () => {
    const sentences: [string, string][] = [
      [
        'According to the Ugandan army spokesman, Colonel Paul Martin, four Ugandan soldiers were killed in Lego.',
        'en',
      ],
      [
        "Selon le porte-parole de l'armée ougandaise, le colonel Paul Martin, quatre soldats ougandais ont été tués à Lego.",
        'fr',
      ],
      [
        'Según el portavoz del Ejército ugandés, el coronel Paul Martin, cuatro soldados ugandeses murieron en Lego.',
        'es',
      ],
    ];
    for (const [text, language] of sentences) {
      const batch = await extract(text, language);
      const lost = batch.claims.filter((c) => c.predicate === 'SUFFERED_LOSSES_IN');
      expect([text, lost.map((c) => [c.subjectId, c.attributedToId, c.quantity?.min])]).toEqual([
        text,
        [['armed_force:uganda-people-s-defence-force', 'person:paul-martin', 4]],
      ]);
    }
  });

  test('a body that reports a claim asserts it, as one that says it does; only a report nobody is named for is REPORTED', async () => {
    const sentences: [string, string][] = [
      ['South Korean intelligence reported that Russia had deployed troops to Belarus.', 'en'],
      [
        'Le renseignement sud-coréen a rapporté que la Russie avait déployé des troupes en Biélorussie.',
        'fr',
      ],
      [
        'Der südkoreanische Geheimdienst berichtete, Russland habe Truppen nach Belarus verlegt.',
        'de',
      ],
      ['La inteligencia surcoreana reportó que Rusia desplegó tropas en Bielorrusia.', 'es'],
    ];
    expect(await deploymentSources(sentences)).toEqual(
      sentences.map(([text]) => [
        text,
        'organization:national-intelligence-service',
        null,
        'ASSERTED',
      ]),
    );
    const [reports] = await deploymentSources([
      ['According to reports, Russia has deployed troops to Belarus.', 'en'],
    ]);
    expect(reports?.slice(1)).toEqual([null, null, 'REPORTED']);
  });

  test('an outlet that is the only source says it itself', async () => {
    const sentences: [string, string][] = [
      ['The New York Times confirmed that Russia had deployed troops to Belarus.', 'en'],
      [
        'Le New York Times a confirmé que la Russie avait déployé des troupes en Biélorussie.',
        'fr',
      ],
      ['El New York Times confirmó que Rusia había desplegado tropas en Bielorrusia.', 'es'],
      ['Die New York Times bestätigte, dass Russland Truppen nach Belarus verlegt hat.', 'de'],
    ];
    expect(await deploymentSources(sentences)).toEqual(
      sentences.map(([text]) => [text, 'organization:the-new-york-times', null, 'CONFIRMED']),
    );
  });

  test('who admits what the text says confirms it', async () => {
    const sentences: [string, string][] = [
      ['The Pentagon acknowledged that Russia had deployed troops to Belarus.', 'en'],
      ['The Pentagon admitted that Russia had deployed troops to Belarus.', 'en'],
      ['Le Pentagone a reconnu que la Russie avait déployé des troupes en Biélorussie.', 'fr'],
      ['Das Pentagon räumte ein, dass Russland Truppen nach Belarus verlegt hat.', 'de'],
      ['Das Pentagon gab zu, dass Russland Truppen nach Belarus verlegt hat.', 'de'],
      ['El Pentágono reconoció que Rusia había desplegado tropas en Bielorrusia.', 'es'],
      ['El Pentágono admitió que Rusia había desplegado tropas en Bielorrusia.', 'es'],
    ];
    expect(await deploymentSources(sentences)).toEqual(
      sentences.map(([text]) => [text, 'organization:pentagon', null, 'CONFIRMED']),
    );
  });
});

describe('parse-v1 and sources named in a reporting clause', () => {
  const lossIn = async (text: string, language: string) => {
    const [loss] = find(
      await extract(text, language),
      'liberation-tigers-of-tamil-eelam',
      'SUFFERED_LOSSES_IN',
      'sri-lanka',
    );
    return [loss?.modality, loss?.attributedToId?.replace(/^[a-z_]+:/u, '') ?? null];
  };

  test('"selon un communiqué de X", "according to a statement by X": X says it', async () => {
    const sentences: [string, string][] = [
      [
        'According to a statement by the Malian army, three soldiers were killed in Timbuktu.',
        'en',
      ],
      ["Selon un communiqué de l'armée malienne, trois soldats ont été tués à Tombouctou.", 'fr'],
      ['Según un comunicado del Ejército de Malí, tres soldados murieron en Tombuctú.', 'es'],
      ['Laut einer Mitteilung der malischen Armee wurden drei Soldaten in Timbuktu getötet.', 'de'],
    ];
    for (const [text, language] of sentences) {
      const [loss] = find(
        await extract(text, language),
        'malian-armed-forces',
        'SUFFERED_LOSSES_IN',
        'timbuktu',
      );
      expect([text, loss?.attributedToId]).toEqual([text, 'armed_force:malian-armed-forces']);
    }
  });

  test('"según informó X" names X; "según informaron fuentes militares" is a report', async () => {
    expect(
      await lossIn(
        'Al menos 150 combatientes del LTTE han muerto en Sri Lanka, según informó el Ejército de Sri Lanka.',
        'es',
      ),
    ).toEqual(['ASSERTED', 'sri-lankan-armed-forces']);
    expect(
      await lossIn(
        'Al menos 150 combatientes del LTTE han muerto en Sri Lanka, según informaron hoy fuentes militares.',
        'es',
      ),
    ).toEqual(['REPORTED', null]);
  });

  test('"hieß es von der Armee", "in einer Erklärung der Armee", "aus Militärkreisen"', async () => {
    const killed = 'Mindestens 150 LTTE-Kämpfer wurden in Sri Lanka getötet, hieß es';
    for (const source of [
      'von der Armee von Sri Lanka',
      'in einer Erklärung der Armee von Sri Lanka',
    ]) {
      expect([source, ...(await lossIn(`${killed} ${source}.`, 'de'))]).toEqual([
        source,
        'ASSERTED',
        'sri-lankan-armed-forces',
      ]);
    }
    expect(await lossIn(`${killed} aus Militärkreisen.`, 'de')).toEqual(['REPORTED', null]);
    // Where it was said is neither who said it nor where the fighters died.
    expect(await lossIn(`${killed} in Colombo.`, 'de')).toEqual(['ASSERTED', null]);
    // "Es heißt, …" is hearsay: nobody said it, least of all those the clause is about.
    const hearsay = find(
      await extract(
        'Nordkoreanische Truppen kämpfen in Russland. Es heißt, nordkoreanische Soldaten seien nach Kursk geschickt worden.',
        'de',
      ),
      'korean-people-s-army',
      'DEPLOYED_TO',
      'kursk-oblast',
    );
    expect(hearsay.map((c) => [c.modality, c.attributedToId])).toEqual([['REPORTED', null]]);
  });

  test('an outlet the article names by what it is speaks for itself, or relays a speaker', async () => {
    const sentences: [string, string, string][] = [
      ['The Kenyan daily Nation reported that Russian forces captured Avdiivka.', 'en', 'nation'],
      [
        'Die Tageszeitung Kathimerini berichtete, russische Truppen hätten Awdijiwka erobert.',
        'de',
        'kathimerini',
      ],
      ['Le quotidien Hürriyet rapporte que les forces russes ont pris Avdiïvka.', 'fr', 'hurriyet'],
      ['La cadena Telemundo informó que las fuerzas rusas tomaron Avdiivka.', 'es', 'telemundo'],
      [
        "L'agence de presse Tasnim rapporte que les forces russes ont pris Avdiïvka.",
        'fr',
        'tasnim',
      ],
    ];
    const captured = async (text: string, language: string) =>
      find(await extract(text, language), 'russian-armed-forces', 'CONTROLS', 'avdiivka')[0];
    for (const [text, language, outlet] of sentences) {
      const claim = await captured(text, language);
      expect([text, claim?.attributedToId]).toEqual([text, `organization:${outlet}`]);
    }
    const relayed = await captured(
      'El ejército ucraniano dijo a la cadena Telemundo que las fuerzas rusas tomaron Avdiivka.',
      'es',
    );
    expect([relayed?.attributedToId, relayed?.reportedById]).toEqual([
      'armed_force:armed-forces-of-ukraine',
      'organization:telemundo',
    ]);
  });
});

describe('parse-v1 and "the authorities" alone', () => {
  const lossSpeaker = async (text: string, language: string) => {
    const [loss] = find(await extract(text, language), 'al-shabaab', 'SUFFERED_LOSSES_IN', 'lamu');
    return loss?.attributedToId ?? null;
  };

  test('"the authorities", "le gouvernement", "die Behörden", "las autoridades" are the one state the article is in', async () => {
    const sentences: [string, string][] = [
      [
        'Al-Shabaab attacked a base in Kenya on Monday. The authorities said four militants were killed in Lamu.',
        'en',
      ],
      [
        'Les Shebab ont attaqué une base au Kenya. Le gouvernement a affirmé que quatre terroristes ont été tués à Lamu.',
        'fr',
      ],
      [
        'Al-Shabaab griff einen Stützpunkt in Kenia an. Die Behörden teilten mit, vier Terroristen seien in Lamu getötet worden.',
        'de',
      ],
      [
        'Al Shabab atacó una base en Kenia. Las autoridades afirmaron que cuatro terroristas murieron en Lamu.',
        'es',
      ],
    ];
    for (const [text, language] of sentences)
      expect([text, await lossSpeaker(text, language)]).toEqual([text, 'country:kenya']);
  });

  test('local authorities, or a story in two countries, name no state', async () => {
    const sentences: [string, string][] = [
      [
        'Al-Shabaab attacked a base in Kenya on Monday. Local authorities said four militants were killed in Lamu.',
        'en',
      ],
      [
        'Les Shebab ont attaqué des bases au Kenya et en Somalie. Les autorités ont affirmé que quatre terroristes ont été tués à Lamu.',
        'fr',
      ],
    ];
    for (const [text, language] of sentences)
      expect([text, await lossSpeaker(text, language)]).toEqual([text, null]);
  });
});

describe('parse-v1 and a speaker told by a pronoun alone', () => {
  test('"…, he added", "a-t-il ajouté", "fügte er hinzu", "…, añadió" are whoever spoke last', async () => {
    const sentences: [string, string][] = [
      [
        'Pentagon spokesman Pat Ryder spoke on Monday. Russia has deployed troops to Belarus, he added.',
        'en',
      ],
      [
        "Le porte-parole du Pentagone, Pat Ryder, s'est exprimé lundi. La Russie a déployé des troupes en Biélorussie, a-t-il ajouté.",
        'fr',
      ],
      [
        'Der Pentagon-Sprecher Pat Ryder äußerte sich am Montag. Russland habe Truppen nach Belarus verlegt, fügte er hinzu.',
        'de',
      ],
      [
        'El portavoz del Pentágono, Pat Ryder, habló el lunes. Rusia ha desplegado tropas en Bielorrusia, añadió.',
        'es',
      ],
    ];
    expect(await deploymentSpeakers(sentences)).toEqual(
      sentences.map(([text]) => [text, 'person:pat-ryder']),
    );
  });

  test('"according to the same source", "selon la même source", "laut derselben Quelle", "según la misma fuente" is the source before', async () => {
    const sentences: [string, string][] = [
      [
        'According to the Pentagon, Russia is ready. According to the same source, Russia has deployed troops to Belarus.',
        'en',
      ],
      [
        'Selon le Pentagone, la Russie est prête. Selon la même source, la Russie a déployé des troupes en Biélorussie.',
        'fr',
      ],
      [
        'Laut dem Pentagon ist Russland bereit. Laut derselben Quelle hat Russland Truppen nach Belarus verlegt.',
        'de',
      ],
      [
        'Según el Pentágono, Rusia está lista. Según la misma fuente, Rusia ha desplegado tropas en Bielorrusia.',
        'es',
      ],
    ];
    expect(await deploymentSpeakers(sentences)).toEqual(saidByPentagon(sentences));
  });

  test('a pronoun names nobody when another person was named since, nor a body for "he"', async () => {
    const sentences: [string, string][] = [
      [
        'Pentagon spokesman Pat Ryder spoke on Monday. Vladimir Putin met Alexander Lukashenko in Minsk. Russia has deployed troops to Belarus, he added.',
        'en',
      ],
      [
        'The Pentagon said the talks had failed. Russia has deployed troops to Belarus, he added.',
        'en',
      ],
      [
        'El portavoz del Pentágono, Pat Ryder, habló el lunes. Rusia ha desplegado tropas en Bielorrusia, añadieron.',
        'es',
      ],
    ];
    const claims = await deployments(sentences);
    expect(claims.map(([text, claim]) => [text, claim?.attributedToId])).toEqual(
      sentences.map(([text]) => [text, null]),
    );
  });
});

describe('parse-v1 and "said" without "that"', () => {
  test('"X said troops from the battalion encountered the group": the troops are the reported subject', async () => {
    const batch = await extract(
      'Cirilito Sobejana said troops from the 21st Infantry Battalion encountered around 70 Abu Sayyaf members in Patikul.',
      'en',
    );
    const [claim] = find(batch, '21st-infantry-battalion', 'AT_WAR_WITH', 'abu-sayyaf');
    expect(claim?.attributedToId).toBe('person:cirilito-sobejana');
  });
});

describe("parse-v1 and a force's general staff", () => {
  /** The one claim "subject PREDICATE object" of a text, and whom it is attributed to. */
  async function speakerOf(text: string, language: string, claim: [string, string, string]) {
    const found = find(await extract(text, language), ...claim);
    return [text, found.map((c) => c.attributedToId)];
  }

  test('"l\'état-major malien", "Der Generalstab in Kiew" speak for that country\'s army', async () => {
    expect(
      await speakerOf(
        "Selon l'état-major malien, les rebelles du FLA ont tué trois soldats français à Tessalit.",
        'fr',
        ['french-armed-forces', 'SUFFERED_LOSSES_IN', 'tessalit'],
      ),
    ).toEqual([expect.any(String), ['armed_force:malian-armed-forces']]);
    expect(
      await speakerOf(
        'Der Generalstab in Kiew teilte mit, russische Truppen seien in Pokrowsk stationiert.',
        'de',
        ['russian-armed-forces', 'DEPLOYED_TO', 'pokrowsk'],
      ),
    ).toEqual([expect.any(String), ['armed_force:armed-forces-of-ukraine']]);
  });

  test('a general staff seated in a capital, though the parser hangs the capital on the verb, names the army "the staff" means later', async () => {
    expect(
      await speakerOf(
        "Le bilan a été publié par l'état-major à Bamako. Selon l'état-major, les rebelles du FLA contrôlent Tessalit.",
        'fr',
        ['fla', 'CONTROLS', 'tessalit'],
      ),
    ).toEqual([expect.any(String), ['armed_force:malian-armed-forces']]);
  });

  test('a staff that is no general staff is no army', async () => {
    expect(
      await speakerOf('The hospital staff said Russian troops were deployed in Pokrovsk.', 'en', [
        'russian-armed-forces',
        'DEPLOYED_TO',
        'pokrovsk',
      ]),
    ).toEqual([expect.any(String), [null]]);
  });
});

describe('parse-v1 and hearsay in the passive or the impersonal', () => {
  test('"Russian troops are said to be in Syria", "on dit que", "se informó que": hearsay, said by no one named', async () => {
    for (const [text, language] of [
      ['Russian troops are said to be stationed in Syria.', 'en'],
      ['Russian troops are believed to be stationed in Syria.', 'en'],
      ['It is reported that Russian troops are stationed in Syria.', 'en'],
      ['On dit que des troupes russes sont stationnées en Syrie.', 'fr'],
      ['Se informó que tropas rusas están desplegadas en Siria.', 'es'],
    ] as const) {
      const [deployed] = find(
        await extract(text, language),
        'russian-armed-forces',
        'DEPLOYED_TO',
        'syria',
      );
      expect([text, deployed?.attributedToId, deployed?.modality]).toEqual([
        text,
        null,
        'REPORTED',
      ]);
    }
    // A source named after "por", a quotation's "on" ("we"), and an allegation passed on by a
    // speaker above keep what they say.
    const [pentagon] = find(
      await extract(
        'Se confirmó por el Pentágono que Estados Unidos envió tropas a Jordania.',
        'es',
      ),
      'united-states-armed-forces',
      'DEPLOYED_TO',
      'jordan',
    );
    expect(pentagon?.attributedToId).toBe('organization:pentagon');
    const [we] = find(
      await extract(
        '« On a confirmé que des soldats russes sont au Mali », a déclaré le ministre malien.',
        'fr',
      ),
      'russian-armed-forces',
      'DEPLOYED_TO',
      'mali',
    );
    expect(we?.modality).not.toBe('REPORTED');
    const [alleged] = find(
      await extract(
        'Iran is alleged to have supplied missiles to the Houthis, US officials said.',
        'en',
      ),
      'iran',
      'SUPPLIES',
      'houthis',
    );
    expect([alleged?.modality, alleged?.attributedToId]).toEqual([
      'ALLEGED',
      'country:united-states',
    ]);
    // The one who says it in the active is the speaker.
    const [said] = find(
      await extract('Le Kremlin dit que des troupes russes sont stationnées en Syrie.', 'fr'),
      'russian-armed-forces',
      'DEPLOYED_TO',
      'syria',
    );
    expect([said?.attributedToId, said?.modality]).toEqual(['organization:kremlin', 'ASSERTED']);
  });
});

describe('parse-v1 and German reporting verbs read with their particle', () => {
  test('"wies … zurück" denies, "wies darauf hin" points out', async () => {
    const kpa = (text: string) =>
      extract(text, 'de').then((batch) =>
        find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'kursk-oblast').map((c) => [
          c.modality,
          c.attributedToId,
        ]),
      );
    const pentagon = 'organization:pentagon';
    expect(
      await kpa('Das Pentagon wies darauf hin, dass nordkoreanische Truppen in Kursk kämpfen.'),
    ).toEqual([['ASSERTED', pentagon]]);
    expect(
      await kpa('Das Pentagon wies zurück, dass nordkoreanische Truppen in Kursk kämpfen.'),
    ).toEqual([['DENIED', pentagon]]);
  });
});
