import type { Gender } from './gazetteer-entry';

/** One inflected form of a demonym, with its grammatical gender where the language marks it. */
export interface DemonymForm {
  readonly text: string;
  readonly gender: Gender | null;
}

/** The languages whose demonyms are derived by rule from a base form (see demonym-table.ts). */
export type DemonymLanguage = 'en' | 'fr' | 'de' | 'es';

/** Every form of a base demonym, by the rules of its language. */
export function demonymForms(language: DemonymLanguage, base: string): DemonymForm[] {
  switch (language) {
    case 'en':
      return englishForms(base);
    case 'fr':
      return frenchForms(base);
    case 'de':
      return germanForms(base);
    case 'es':
      return spanishForms(base);
    default: {
      const unreachable: never = language;
      throw new Error(`no demonym rules for ${String(unreachable)}`);
    }
  }
}

const forms = (gender: Gender | null, ...texts: string[]): DemonymForm[] =>
  texts.map((text) => ({ text, gender }));

/** "Saudi" → "Saudis"; words in -s, -x, -z, -ch, -sh and -ese take no plural s ("Swiss"). */
function englishForms(base: string): DemonymForm[] {
  return /(?:[sxz]|ese|ch|sh)$/u.test(base) ? forms(null, base) : forms(null, base, `${base}s`);
}

/** "émirati" → "émiratie", "émiratis", "émiraties"; "-ien" doubles its n ("qatarien" → "qatarienne"). */
function frenchForms(base: string): DemonymForm[] {
  if (base.endsWith('e')) return frenchPairForms(base, base);
  return frenchPairForms(base, base.endsWith('ien') ? `${base}ne` : `${base}e`);
}

/**
 * A French masculine and feminine with their plurals ("russe" is both
 * genders); words in -s, -x and -z take no plural s ("français").
 */
export function frenchPairForms(masculine: string, feminine: string): DemonymForm[] {
  const withPlural = (form: string) => (/[sxz]$/u.test(form) ? [form] : [form, `${form}s`]);
  if (masculine === feminine) return forms('mf', ...withPlural(masculine));
  return [...forms('m', ...withPlural(masculine)), ...forms('f', ...withPlural(feminine))];
}

/**
 * German: a lower-case base is an adjective, declined with every strong and
 * weak ending ("nordkoreanisch", "-e", "-en", "-er", "-es", "-em"); a
 * capitalised base is a noun. Nouns in "-er" take "-n" in the dative plural
 * and "-in"/"-innen" for women ("Nordkoreaner", "Nordkoreanern",
 * "Nordkoreanerin"); weak nouns in "-e" take "-n" ("Russe", "Russen"); a
 * noun in "-in" is a feminine listed on its own because its stem may change
 * ("Russin", "Französin"); nouns in "-i" take "-s" ("Israeli", "Israelis");
 * others "-en" ("Jemenit", "Jemeniten").
 */
function germanForms(base: string): DemonymForm[] {
  if (/^\p{Ll}/u.test(base))
    return forms(null, base, ...['e', 'en', 'er', 'es', 'em'].map((e) => base + e));
  if (base.endsWith('in')) return forms(null, base, `${base}nen`);
  if (base.endsWith('er')) return forms(null, base, `${base}n`, `${base}in`, `${base}innen`);
  if (base.endsWith('e')) return forms(null, base, `${base}n`);
  if (base.endsWith('i')) return forms(null, base, `${base}s`);
  return forms(null, base, `${base}en`);
}

/** Accented final vowels lose their accent when an ending follows ("alemán" → "alemana"). */
const UNACCENTED: Readonly<Record<string, string>> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/**
 * Spanish, by the ending of the masculine singular: "-o" has four forms
 * ("norcoreano", "-a", "-os", "-as"); "-e" and "-a" are both genders
 * ("estadounidense(s)", "belga(s)"); a stressed "-í" takes "-íes" or "-ís"
 * ("iraní", "iraníes", "iranís"); a consonant takes "-a", "-es", "-as", the
 * accent of the last syllable dropping ("francés", "francesa", "franceses").
 */
function spanishForms(base: string): DemonymForm[] {
  if (base.endsWith('o')) {
    const stem = base.slice(0, -1);
    return [...forms('m', base, `${stem}os`), ...forms('f', `${stem}a`, `${stem}as`)];
  }
  if (base.endsWith('e') || base.endsWith('a')) return forms('mf', base, `${base}s`);
  if (base.endsWith('í')) return forms('mf', base, `${base}es`, `${base}s`);
  const stem = base.replace(/([áéíóú])(\p{L})$/u, (_, vowel: string, last: string) => {
    return `${UNACCENTED[vowel] ?? vowel}${last}`;
  });
  return [...forms('m', base, `${stem}es`), ...forms('f', `${stem}a`, `${stem}as`)];
}
