/**
 * Folds case and accents one UTF-16 unit at a time, so that every offset in
 * the folded text is the same offset in the original: matches found on the
 * folded text are spans of the article. (The domain's `foldText` collapses
 * white space and cannot be used for spans.)
 */
export function foldForMatch(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      // Astral characters (emoji, rare scripts) are copied as they are.
      folded += text.slice(index, index + 2);
      index += 1;
      continue;
    }
    folded += foldChar(text.charAt(index));
  }
  return folded;
}

const SPECIAL: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u0153': 'o', // œ has no decomposition; "œ" and "oe" differ in length, so keep one letter.
  '\u0152': 'o',
  '\u00e6': 'a',
  '\u00c6': 'a',
  '\u00df': 's',
};

const cache = new Map<string, string>();

function foldChar(char: string): string {
  const special = SPECIAL[char];
  if (special !== undefined) return special;
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase();
  let folded = cache.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD').charAt(0).toLowerCase();
    folded = base.length === 1 ? base : char;
    cache.set(char, folded);
  }
  return folded;
}
