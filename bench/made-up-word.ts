const SYLLABLES = ['ka', 'lor', 'men', 'vi', 'dra', 'sol', 'tek', 'ba', 'rin', 'zo', 'pel', 'uma'];

/** A made-up word, different for every number: "Kalorvi", "Mendra"… */
export function word(n: number): string {
  let text = '';
  let rest = n;
  do {
    text += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
