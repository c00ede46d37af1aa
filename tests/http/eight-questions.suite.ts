import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import type { GraphStore } from '../../src/store/graph-store';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';

type Json = any;

const edges = (connection: Json): Json[] => connection.edges.map((edge: Json) => edge.node);

/**
 * The design's eight questions, asked over real HTTP with the very
 * operations the IDE and README show, against a store seeded as on a first
 * start. Each test asserts the answer and the sentence it comes from.
 */
export function defineEightQuestionsSuite(
  name: string,
  openStore: () => Promise<GraphStore>,
): void {
  describe(`the eight questions over HTTP (${name})`, () => {
    let server: TestServer;
    const ask = async (operationName: string): Promise<Json> => {
      const operation = EXAMPLE_OPERATIONS.find((op) => op.name.includes(operationName));
      if (!operation) throw new Error(`no example operation named ${operationName}`);
      const response = await postGraphql(server.url, operation.query, operation.variables);
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      return response.data;
    };

    beforeAll(async () => {
      server = await startTestServer(await openStore());
    });
    afterAll(() => server.close());

    test('1. spokespeople speak for the Pentagon (part of the United States) and the NSC (of the White House)', async () => {
      const claims = edges((await ask('Spokespeople')).claims);
      const speaksFor = (person: string) => claims.find((c: Json) => c.subject.name === person);
      const ryder = speaksFor('Pat Ryder');
      expect(ryder.object.name).toBe('Pentagon');
      expect(edges(ryder.object.partOf).map((r: Json) => r.object.name)).toContain('United States');
      expect(ryder.sentence).toMatch(/^Pat Ryder, porte-parole du Pentagone/);
      const kirby = speaksFor('John Kirby');
      expect(kirby.object.name).toBe('National Security Council');
      expect(edges(kirby.object.partOf).map((r: Json) => r.object.name)).toContain('White House');
      expect(kirby.sentence).toContain(
        'porte-parole du Conseil de sécurité nationale de la Maison-Blanche',
      );
    });

    test('2. North Korea reaches Ukraine through Russia, through Kursk, and directly per the White House', async () => {
      const paths: Json[] = (await ask('North Korea to Ukraine')).paths;
      const through = (path: Json): string[] =>
        path.steps.flatMap((s: Json) => [s.relation.subject.name, s.relation.object.name]);
      expect(paths.some((p) => p.length === 2 && through(p).includes('Russia'))).toBe(true);
      expect(paths.some((p) => through(p).includes('Kursk Oblast'))).toBe(true);
      const direct = paths.find((p) => p.length === 1);
      expect(direct.steps[0].relation.predicate).toBe('AT_WAR_WITH');
      const [claim] = edges(direct.steps[0].relation.claims);
      expect(claim.attributedTo.name).toBe('White House');
      expect(claim.sentence).toContain(
        'Pyongyang est désormais directement impliqué dans la guerre',
      );
      const lengths = paths.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    });

    test('3. GUR and the Pentagon confirmed the North Koreans fought and fell, the AP relayed it on 2024-12-17, GUR on Telegram', async () => {
      const claims = edges((await ask('Who confirmed')).claims);
      const confirmedBy = (speaker: string) =>
        claims.filter((c: Json) => c.modality === 'CONFIRMED' && c.attributedTo?.name === speaker);
      for (const speaker of ['Defence Intelligence of Ukraine', 'Pentagon']) {
        const relayed = confirmedBy(speaker).find(
          (c: Json) => c.reportedBy?.name === 'Associated Press',
        );
        expect(relayed.time).toEqual({ from: '2024-12-17', to: '2024-12-17' });
        expect(relayed.sentence).toMatch(
          /ont confirmé que le premier contingent de militaires nord-coréens/,
        );
      }
      const losses = confirmedBy('Pentagon').find(
        (c: Json) => c.predicate === 'SUFFERED_LOSSES_IN',
      );
      expect(losses.sentence).toMatch(/^Le Pentagone a également confirmé la mort/);
      const telegram = claims.find((c: Json) => c.channel === 'Telegram');
      expect(telegram.attributedTo.name).toBe('Defence Intelligence of Ukraine');
      expect(telegram.sentence).toContain('Koursk');
      expect(telegram.article.publishedAt).toBe('2024-12-17');
    });

    test('4. the losses occurred in the Kursk region, in Russia, under Ukrainian control', async () => {
      const relations = edges((await ask('Where, and who controls')).relations);
      const kursk = relations
        .map((r: Json) => r.object)
        .find((o: Json) => o.name === 'Kursk Oblast');
      expect(kursk.kind).toBe('LOCATION');
      const around = edges(kursk.around);
      const fact = (predicate: string) => around.find((r: Json) => r.predicate === predicate);
      expect(fact('LOCATED_IN').object.name).toBe('Russia');
      expect(fact('CONTROLS').subject.name).toBe('Ukraine');
      expect(edges(fact('CONTROLS').claims)[0].sentence).toContain(
        'une zone actuellement sous contrôle ukrainien',
      );
    });

    test('5. 10 000 to 12 000 North Korean soldiers were sent to Russia, reported without attribution', async () => {
      const [claim] = edges((await ask('How many soldiers')).claims).filter(
        (c: Json) => c.object?.name === 'Russia',
      );
      expect(claim.quantity).toEqual({ min: 10000, max: 12000, unit: 'soldier' });
      expect(claim.modality).toBe('REPORTED');
      expect(claim.attributedTo).toBeNull();
      expect(claim.sentence).toContain('l’envoi de 10 000 à 12 000 soldats nord-coréens en Russie');
    });

    test('6. Russia allegedly gave North Korea oil', async () => {
      const [claim] = edges((await ask('What Russia gave')).claims);
      expect(claim.object.name).toBe('North Korea');
      expect(claim.item.name).toBe('oil');
      expect(claim.modality).toBe('ALLEGED');
      expect(claim.sentence).toContain('la Russie aurait fourni du pétrole à la Corée du Nord');
    });

    test('7. the United States intends further sanctions, said John Kirby', async () => {
      const [claim] = edges((await ask('The US response')).claims);
      expect([claim.subject.name, claim.object.name]).toEqual(['United States', 'North Korea']);
      expect(claim.modality).toBe('INTENDED');
      expect(claim.attributedTo.name).toBe('John Kirby');
      expect(claim.sentence).toContain('par des sanctions supplémentaires');
    });

    test('8. Moscow and Pyongyang, standing for Russia and North Korea, have not reacted', async () => {
      const claims = edges((await ask('Who has not reacted')).claims);
      expect(claims.map((c: Json) => c.subject.name).sort()).toEqual(['North Korea', 'Russia']);
      for (const claim of claims) {
        expect(claim.sentence).toMatch(/^Pour l’instant, Moscou et Pyongyang n’ont pas réagi/);
        const surfaces = claim.mentions.map((m: Json) => `${m.surface}=${m.entity.name}`);
        expect(surfaces).toEqual(
          expect.arrayContaining(['Moscou=Russia', 'Pyongyang=North Korea']),
        );
      }
    });

    test('search finds entities by any label or alias, ignoring case and accents', async () => {
      for (const [text, expected] of [
        ['coree du nord', 'North Korea'],
        ['Koursk', 'Kursk Oblast'],
        ['Pentagone', 'Pentagon'],
        ['DPRK', 'North Korea'],
      ]) {
        const response = await postGraphql<Json>(
          server.url,
          'query($text: String!) { search(text: $text, first: 1) { edges { node { name } } } }',
          { text },
        );
        expect(edges(response.data.search)[0]?.name).toBe(expected);
      }
    });
  });
}
