import { hasStem, keyOfStem } from '../../../../src/ingest/parse/lexicon/stems';

describe('stems', () => {
  const stems = ['envoy', 'sold', 'soldat', 'soll$', 'a$'];

  test('a word has a stem it starts with, whole or longer', () => {
    expect(hasStem('envoy', stems)).toBe(true);
    expect(hasStem('envoyes', stems)).toBe(true);
    expect(hasStem('soldats', stems)).toBe(true);
    expect(hasStem('solde', stems)).toBe(true);
  });

  test('a stem ending in "$" matches the whole word only', () => {
    expect(hasStem('soll', stems)).toBe(true);
    expect(hasStem('sollen', stems)).toBe(false);
    expect(hasStem('a', stems)).toBe(true);
    expect(hasStem('armee', stems)).toBe(false);
  });

  test('a word shorter than every stem it opens, or another word, has none', () => {
    expect(hasStem('env', stems)).toBe(false);
    expect(hasStem('sol', stems)).toBe(false);
    expect(hasStem('', stems)).toBe(false);
    expect(hasStem('renvoyer', stems)).toBe(false);
    expect(hasStem('envoyer', [])).toBe(false);
  });

  test('the same list answers the same after its first use', () => {
    const list = ['krieg', 'kampf$'];
    expect(hasStem('kriegs', list)).toBe(true);
    expect(hasStem('kampf', list)).toBe(true);
    expect(hasStem('kampfe', list)).toBe(false);
    expect(hasStem('kriegs', list)).toBe(true);
  });

  test('keyOfStem gives the first key of the table whose stems the word has', () => {
    const table = [
      ['killed', { en: ['kill'], fr: ['tue'], de: ['tot'], es: ['mat'] }],
      ['wounded', { en: ['wound', 'kill'], fr: ['bless'], de: ['verletz'], es: ['herid'] }],
    ] as const;
    expect(keyOfStem('killing', 'en', table)).toBe('killed');
    expect(keyOfStem('blesses', 'fr', table)).toBe('wounded');
    expect(keyOfStem('ruhig', 'de', table)).toBeNull();
  });
});
