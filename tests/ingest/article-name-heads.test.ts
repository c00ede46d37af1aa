import { nameHead } from '../../src/domain/name-key';
import { articleNameHeads } from '../../src/ingest/gazetteer/article-name-heads';

describe('articleNameHeads(): the name heads an article makes the store look up', () => {
  test('every phrase of up to four words, folded and joined as the gazetteer joins them', () => {
    const heads = articleNameHeads('La Maison-Blanche a répondu à l’Élysée, puis à Moscou.');
    expect(heads).toEqual(
      expect.arrayContaining(['maison blanche', 'la maison blanche a', 'l elysee', 'elysee']),
    );
    expect(heads).toContain(nameHead('Maison Blanche'));
    // Four words at most, and never across a comma.
    expect(heads).not.toContain('la maison blanche a repondu');
    expect(heads).not.toContain('elysee puis');
    expect(heads.every((head) => head.split(' ').length <= 4)).toBe(true);
  });

  test('a name longer than four words is asked for by its first four', () => {
    const text = 'Selon le Conseil de sécurité nationale de la Maison Blanche, rien.';
    expect(articleNameHeads(text)).toContain(
      nameHead('Conseil de sécurité nationale de la Maison Blanche'),
    );
  });

  test("a German genitive is also asked for without its 's'", () => {
    expect(articleNameHeads('Die Truppen Russlands Armee')).toEqual(
      expect.arrayContaining(['russlands', 'russland', 'russland armee']),
    );
  });

  test("phrases may start and end where the analyser's tokens do, and its own words are asked for", () => {
    // CoreNLP reads "don't" as "do" + "n't", and French "du" as "de" + "le".
    const heads = articleNameHeads("They don't know du tout", [7, 8], ['de', 'le']);
    expect(heads).toEqual(expect.arrayContaining(['do', 'don t', 'n t', 'de', 'le']));
    expect(articleNameHeads("They don't know")).not.toContain('n t');
  });
});
