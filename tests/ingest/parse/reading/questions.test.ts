import {
  expectEachStates,
  expectNoneStates,
  extract,
  find,
  useTestExtractor,
} from '../../../support/parse-sentences';

useTestExtractor();

describe('parse-v1 and questions', () => {
  test('a question whether a force is somewhere states nothing; one asking why takes it as given', async () => {
    await expectNoneStates(
      [
        ['Is the Wagner group still active in Mali?', 'en'],
        ['Le groupe Wagner est-il toujours présent au Mali ?', 'fr'],
        ['Según el ministro, ¿sigue Wagner presente en Malí?', 'es'],
        ['Sind nordkoreanische Soldaten in Kursk im Einsatz?', 'de'],
        ['Did Russian troops enter Avdiivka?', 'en'],
      ],
      'DEPLOYED_TO',
    );
    await expectEachStates(
      [['Why did North Korea send troops to Russia?', 'en']],
      'korean-people-s-army',
      'DEPLOYED_TO',
      'russia',
    );
    await expectEachStates(
      [
        ['Russian troops entered Avdiivka, but will NATO respond?', 'en'],
        ['Are Russian troops who entered Avdiivka still deployed in Donetsk?', 'en'],
      ],
      'russian-armed-forces',
      'DEPLOYED_TO',
      'avdiivka',
    );
    await expectEachStates(
      [['Russian forces captured Avdiivka; is Pokrovsk next?', 'en']],
      'russian-armed-forces',
      'CONTROLS',
      'avdiivka',
    );
    const relative = await extract(
      'Ist die Wagner-Gruppe, die in Libyen kämpfte, noch in Mali aktiv?',
      'de',
    );
    expect(find(relative, 'wagner-group', 'DEPLOYED_TO', 'libya')).toHaveLength(1);
    expect(find(relative, 'wagner-group', 'DEPLOYED_TO', 'mali')).toEqual([]);
  });

  test('a clause asking whether something is so states nothing', async () => {
    await expectNoneStates(
      [
        ['NATO wants to know whether North Korean troops are fighting in Kursk.', 'en'],
        ['It is unclear whether North Korean troops are fighting in Kursk.', 'en'],
        ['Es ist unklar, ob nordkoreanische Soldaten in Kursk kämpfen.', 'de'],
        ['No está claro si soldados norcoreanos combaten en Kursk.', 'es'],
      ],
      'DEPLOYED_TO',
    );
  });
});
