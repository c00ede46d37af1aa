import { extract, find, useTestExtractor } from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and declining to comment, and sanctions', () => {
  test('no comment: a spokesperson who could not be reached, a negation the parser hung on the auxiliary', async () => {
    const english = await extract(
      'A spokesperson for the Malian army could not be reached for comment.',
      'en',
    );
    expect(find(english, 'malian-armed-forces', 'STATED_NO_COMMENT', 'comment')).toHaveLength(1);
    const french = await extract(
      "Les autorités maliennes n'ont pas commenté le départ de Wagner.",
      'fr',
    );
    expect(french.claims.map((c) => [c.subjectId, c.predicate])).toContainEqual([
      'country:mali',
      'STATED_NO_COMMENT',
    ]);
  });

  test('no comment in a relative clause the parser hung on a noun further back', async () => {
    const batch = await extract(
      'Dmitry Peskov referred questions about the claims to the Russian Defense Ministry, which didn’t comment.',
      'en',
    );
    expect(batch.claims.map((c) => [c.subjectId, c.predicate])).toContainEqual([
      'organization:ministry-of-defence-of-russia',
      'STATED_NO_COMMENT',
    ]);
    // Before the clause there must be an actor: a place is nobody.
    const place = await extract(
      'Questions about the report went to the ministry in Moscow, which did not comment.',
      'en',
    );
    expect(place.claims.map((c) => c.predicate)).not.toContain('STATED_NO_COMMENT');
  });

  test('no comment: a denied answer noun, by whoever it would come from', async () => {
    const en = await extract('No comment from the Kremlin was immediately available.', 'en');
    const es = await extract('No hubo ninguna respuesta del Kremlin.', 'es');
    const withAnswer = await extract('A response from the Kremlin came on Monday.', 'en');
    expect(en.claims.map((c) => [c.subjectId, c.predicate])).toEqual([
      ['organization:kremlin', 'STATED_NO_COMMENT'],
    ]);
    expect(es.claims.map((c) => [c.subjectId, c.predicate])).toEqual([
      ['organization:kremlin', 'STATED_NO_COMMENT'],
    ]);
    expect(withAnswer.claims.map((c) => c.predicate)).not.toContain('STATED_NO_COMMENT');
  });

  test('no comment: saying nothing, or answering with no word, about a topic', async () => {
    for (const [text, language, topic] of [
      ['The Kremlin said nothing about the attack.', 'en', 'the attack'],
      ["Le Kremlin n'a rien dit de l'attaque.", 'fr', "l'attaque"],
      ['Der Kreml sagte nichts zu dem Angriff.', 'de', 'dem Angriff'],
      ['El Kremlin no dijo nada sobre el ataque.', 'es', 'el ataque'],
      ['Der Kreml reagierte mit keinem Wort auf den Angriff.', 'de', 'den Angriff'],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.map((c) => [c.subjectId, c.predicate, c.objectValue])]).toEqual([
        text,
        [['organization:kremlin', 'STATED_NO_COMMENT', topic]],
      ]);
    }
    const said = await extract('The Kremlin said nothing would stop Russia.', 'en');
    expect(said.claims.map((c) => c.predicate)).not.toContain('STATED_NO_COMMENT');
  });

  test('no comment: a silence kept, on a topic or none; not a silence denied or broken', async () => {
    for (const [text, language, subject, topic] of [
      [
        'The Nigerian army remained silent on the attack.',
        'en',
        'nigerian-armed-forces',
        'the attack',
      ],
      [
        'Malian authorities are silent on the departure of Wagner.',
        'en',
        'country:mali',
        'the departure of Wagner',
      ],
      [
        "L'armée malienne garde le silence sur l'attaque.",
        'fr',
        'malian-armed-forces',
        "l'attaque",
      ],
      [
        "L'armée malienne est restée muette sur l'attaque.",
        'fr',
        'malian-armed-forces',
        "l'attaque",
      ],
      ['Die malische Armee schweigt zu dem Angriff.', 'de', 'malian-armed-forces', 'dem Angriff'],
      ['Die malischen Behörden hüllen sich in Schweigen.', 'de', 'country:mali', null],
      [
        'El ejército maliense guarda silencio sobre el ataque.',
        'es',
        'malian-armed-forces',
        'el ataque',
      ],
      ['Las autoridades malienses permanecen en silencio.', 'es', 'country:mali', null],
    ] as const) {
      const batch = await extract(text, language);
      const silent = batch.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT');
      expect([text, silent.map((c) => [c.subjectId.endsWith(subject), c.objectValue])]).toEqual([
        text,
        [[true, topic]],
      ]);
    }
    for (const [text, language] of [
      ['The Nigerian army did not remain silent.', 'en'],
      ['The Nigerian army broke its silence on the attack.', 'en'],
      ["L'armée malienne n'a pas gardé le silence.", 'fr'],
      ['Die malische Armee schweigt nicht.', 'de'],
      ['El ejército maliense rompió el silencio sobre el ataque.', 'es'],
      ['Nigerian soldiers buried their comrades in silence.', 'en'],
    ] as const) {
      const batch = await extract(text, language);
      const silent = batch.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT');
      expect([text, silent]).toEqual([text, []]);
    }
  });

  test('no comment: no information, figures or confirmation given, nothing communicated', async () => {
    for (const [text, language, subject] of [
      ['Moskau machte keine Angaben zu den eigenen Verlusten.', 'de', 'country:russia'],
      ['Beijing gave no figures on its own losses.', 'en', 'country:china'],
      [
        "Les autorités maliennes n'ont donné aucune information sur l'attaque.",
        'fr',
        'country:mali',
      ],
      [
        'El gobierno colombiano no dio ninguna información sobre el ataque.',
        'es',
        'country:colombia',
      ],
      [
        "Le gouvernement burkinabè n'a pas encore communiqué officiellement à ce sujet.",
        'fr',
        'country:burkina-faso',
      ],
    ] as const) {
      const batch = await extract(text, language);
      expect([text, batch.claims.map((c) => [c.subjectId, c.predicate])]).toEqual([
        text,
        [[subject, 'STATED_NO_COMMENT']],
      ]);
    }
  });

  test('a spokesman who could not be reached is no comment, and the passive "werden" is no future', async () => {
    const sentences: [string, string][] = [
      ['A Pentagon spokesman could not be reached for comment on Saturday.', 'en'],
      ['Ein Sprecher des Pentagons konnte am Samstag nicht erreicht werden.', 'de'],
      ['Un portavoz del Pentágono no pudo ser contactado.', 'es'],
    ];
    for (const [text, language] of sentences) {
      const silent = (await extract(text, language)).claims.filter(
        (c) => c.predicate === 'STATED_NO_COMMENT' && c.subjectId === 'organization:pentagon',
      );
      expect([text, silent.map((c) => c.modality)]).toEqual([text, ['ASSERTED']]);
    }
    // A German future passive stays a future.
    const future = await extract('Russland wird von der Ukraine angegriffen werden.', 'de');
    expect(find(future, 'ukraine', 'AT_WAR_WITH', 'russia').map((c) => c.modality)).toEqual([
      'INTENDED',
    ]);
  });

  test('German "Strafmaßnahmen" are sanctions', async () => {
    const batch = await extract('Die EU hat neue Strafmaßnahmen gegen Russland beschlossen.', 'de');
    expect(find(batch, 'european-union', 'SANCTIONS', 'russia')).toHaveLength(1);
  });

  test('"neither confirm nor comment": "nor" negates the verb of commenting it joins', async () => {
    const batch = await extract(
      'Army spokesperson Sagir Musa said he could neither confirm nor comment on the attack.',
      'en',
    );
    expect(
      batch.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT').map((c) => c.subjectId),
    ).toEqual(['person:sagir-musa']);
    const both = await extract(
      'Sagir Musa said he would confirm the toll and comment on the attack.',
      'en',
    );
    expect(both.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT')).toEqual([]);
  });
});
