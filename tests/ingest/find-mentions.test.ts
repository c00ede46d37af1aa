import { normalizeArticleText } from '../../src/domain/ids';
import { findMentions } from '../../src/ingest/find-mentions';
import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { splitSentences } from '../../src/ingest/split-sentences';

function found(text: string, language: string): string[] {
  const normalized = normalizeArticleText(text);
  const gazetteer = buildGazetteer([]);
  return findMentions(normalized, splitSentences(normalized, language), gazetteer).map(
    (m) =>
      `${m.nested ? '  ' : ''}${m.surface} <${m.source}>${m.guess ? ` ${m.guess.kind}:${m.guess.name}:${m.guess.strength}` : ''}`,
  );
}

describe('findMentions', () => {
  test('finds countries in French and English, longest name first', () => {
    expect(
      found('La Corée du Nord et les États-Unis. North Korea and the United States.', 'fr'),
    ).toEqual([
      'Corée du Nord <gazetteer>',
      'États-Unis <gazetteer>',
      'North Korea <gazetteer>',
      'United States <gazetteer>',
    ]);
  });

  test('reads acronyms with their exact case only', () => {
    expect(found('The US and the UK told us.', 'en')).toEqual(['US <gazetteer>', 'UK <gazetteer>']);
  });

  test('turns a nationality next to a military noun into an armed force, keeping the nationality nested', () => {
    expect(found('des soldats nord-coréens et l’armée russe', 'fr')).toEqual([
      'soldats nord-coréens <armed-force>',
      '  nord-coréens <nested>',
      'armée russe <armed-force>',
      '  russe <nested>',
    ]);
    expect(found('North Korean troops fought Ukraine’s armed forces.', 'en')).toEqual([
      'North Korean troops <armed-force>',
      '  North Korean <nested>',
      'Ukraine’s armed forces <armed-force>',
      '  Ukraine <nested>',
    ]);
  });

  test('checks French gender: "institutions militaires ukrainiennes" are no soldiers', () => {
    expect(found('les institutions militaires ukrainiennes', 'fr')).toEqual([
      'ukrainiennes <gazetteer>',
    ]);
  });

  test('finds people after titles and before role appositions', () => {
    expect(found('Maj. Gen. Pat Ryder a parlé.', 'fr')).toEqual([
      'Pat Ryder <name> PERSON:Pat Ryder:strong',
    ]);
    expect(found('Hier, M. Durand a parlé.', 'fr')).toEqual(['Durand <name> PERSON:Durand:strong']);
    expect(found('John Kirby, porte-parole de la Maison-Blanche, a parlé.', 'fr')[0]).toBe(
      'John Kirby <name> PERSON:John Kirby:strong',
    );
  });

  test('guesses kinds from head words and leaves sentence-initial function words alone', () => {
    expect(
      found('Selon le Daily Courier, la Sylvanian Army a quitté la Marsh Province.', 'en'),
    ).toEqual([
      'Daily Courier <name> ORGANIZATION:Daily Courier:strong',
      'Sylvanian Army <name> ARMED_FORCE:Sylvanian Army:strong',
      'Marsh Province <place> LOCATION:Marsh Province:strong',
    ]);
  });

  test('finds places named by a generic noun', () => {
    expect(found('dans la région de Koursk et la région de Zelvora', 'fr')).toEqual([
      'région de Koursk <gazetteer>',
      'région de Zelvora <place> LOCATION:Zelvora region:strong',
    ]);
  });

  test('marks an acronym in parentheses as abbreviating the name before it', () => {
    const normalized = 'la Direction Zeta du renseignement (DZR) a parlé';
    const gazetteer = buildGazetteer([]);
    const mentions = findMentions(normalized, splitSentences(normalized, 'fr'), gazetteer);
    const acronym = mentions.find((m) => m.surface === 'DZR');
    expect(acronym?.acronymOf).toEqual({ start: 3, end: normalized.indexOf(' (') });
  });

  test('names ministries with their country in one canonical form', () => {
    const gazetteer = buildGazetteer([]);
    for (const [text, language] of [
      ['le ministère russe de la Défense', 'fr'],
      ['le ministère de la Défense de la Russie', 'fr'],
      ["Russia's defence ministry", 'en'],
    ] as const) {
      const mentions = findMentions(text, splitSentences(text, language), gazetteer);
      expect(mentions[0]?.entries[0]?.entity.id).toBe('organization:ministry-of-defence-of-russia');
    }
  });
});
