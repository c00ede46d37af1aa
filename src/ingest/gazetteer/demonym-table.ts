import type { DemonymLanguage } from './demonym-forms';

/**
 * Base forms of demonyms, keyed by ISO 3166-1 alpha-2 code; demonym-forms.ts
 * derives every inflection from them. world-countries has English and French
 * demonyms only, so German and Spanish are listed here for the countries
 * most present in world news, with the short forms the press uses
 * ("US-amerikanisch", "norteamericano", "saudí"). The `en` and `fr` lists
 * only add what world-countries lacks ("Saudi", "Briton", "émirati").
 *
 * German: lower case for the adjective, capitalised for the noun (see
 * demonym-forms.ts). A form equal to a country name ("china", "siria",
 * "Italien") is settled when entries are built (country-entries.ts).
 * Left out on purpose: the German noun "Este" (Estonian), also the Spanish
 * "este" ("this") at the start of a sentence.
 */
export const DEMONYM_TABLE: Readonly<
  Record<string, Partial<Record<DemonymLanguage, readonly string[]>>>
> = {
  // G20
  AR: { de: ['argentinisch', 'Argentinier'], es: ['argentino'] },
  AU: { de: ['australisch', 'Australier'], es: ['australiano'] },
  BR: { de: ['brasilianisch', 'Brasilianer'], es: ['brasileño'] },
  CA: { de: ['kanadisch', 'Kanadier'], es: ['canadiense'] },
  CN: { de: ['chinesisch', 'Chinese', 'Chinesin'], es: ['chino'] },
  FR: { de: ['französisch', 'Franzose', 'Französin'], es: ['francés'] },
  DE: { de: ['deutsch'], es: ['alemán'] },
  IN: { de: ['indisch', 'Inder'], es: ['indio'] },
  ID: { de: ['indonesisch', 'Indonesier'], es: ['indonesio'] },
  IT: { de: ['italienisch', 'Italiener'], es: ['italiano'] },
  JP: { de: ['japanisch', 'Japaner'], es: ['japonés'] },
  KR: { de: ['südkoreanisch', 'Südkoreaner'], es: ['surcoreano', 'sudcoreano'] },
  MX: { de: ['mexikanisch', 'Mexikaner'], es: ['mexicano'] },
  RU: { de: ['russisch', 'Russe', 'Russin'], es: ['ruso'] },
  SA: {
    de: ['saudi-arabisch', 'saudisch', 'Saudi', 'Saudi-Araber'],
    es: ['saudí', 'saudita'],
    en: ['Saudi'],
  },
  ZA: { de: ['südafrikanisch', 'Südafrikaner'], es: ['sudafricano'] },
  TR: { de: ['türkisch', 'Türke', 'Türkin'], es: ['turco'] },
  GB: { de: ['britisch', 'Brite', 'Britin'], es: ['británico'], en: ['Briton'] },
  US: {
    de: ['amerikanisch', 'US-amerikanisch', 'Amerikaner', 'US-Amerikaner'],
    es: ['estadounidense', 'norteamericano'],
  },
  // Korean peninsula, Russia's war and its neighbours
  KP: { de: ['nordkoreanisch', 'Nordkoreaner'], es: ['norcoreano'] },
  UA: { de: ['ukrainisch', 'Ukrainer'], es: ['ucraniano'] },
  BY: {
    de: ['belarussisch', 'weißrussisch', 'Belarusse', 'Weißrusse'],
    es: ['bielorruso'],
    fr: ['bélarusse'],
  },
  MD: { de: ['moldauisch', 'Moldauer'], es: ['moldavo'] },
  // "Pole" is left out: English "the North Pole"; its plural "Polen" is Poland anyway.
  PL: { de: ['polnisch', 'Polin'], es: ['polaco'] },
  EE: { de: ['estnisch'], es: ['estonio'] },
  LV: { de: ['lettisch', 'Lette'], es: ['letón'] },
  LT: { de: ['litauisch', 'Litauer'], es: ['lituano'] },
  FI: { de: ['finnisch', 'Finne'], es: ['finlandés'] },
  SE: { de: ['schwedisch', 'Schwede'], es: ['sueco'] },
  GE: { de: ['georgisch', 'Georgier'], es: ['georgiano'] },
  AM: { de: ['armenisch', 'Armenier'], es: ['armenio'] },
  AZ: {
    de: ['aserbaidschanisch', 'Aserbaidschaner'],
    es: ['azerbaiyano', 'azerí'],
    en: ['Azeri'],
    fr: ['azéri'],
  },
  KZ: { de: ['kasachisch', 'Kasache'], es: ['kazajo'], en: ['Kazakh'], fr: ['kazakh'] },
  // Middle East
  IR: { de: ['iranisch', 'Iraner'], es: ['iraní'] },
  IL: { de: ['israelisch', 'Israeli', 'Israelin'], es: ['israelí'] },
  PS: { de: ['palästinensisch', 'Palästinenser'], es: ['palestino'] },
  LB: { de: ['libanesisch', 'Libanese'], es: ['libanés'] },
  SY: { de: ['syrisch', 'Syrer'], es: ['sirio'] },
  IQ: { de: ['irakisch', 'Iraker'], es: ['iraquí'] },
  JO: { de: ['jordanisch', 'Jordanier'], es: ['jordano'] },
  YE: { de: ['jemenitisch', 'Jemenit'], es: ['yemení'] },
  QA: { de: ['katarisch', 'Katarer'], es: ['catarí', 'qatarí'], fr: ['qatari'] },
  AE: { de: ['emiratisch'], es: ['emiratí'], fr: ['émirati'] },
  KW: { de: ['kuwaitisch', 'Kuwaiter'], es: ['kuwaití'] },
  EG: { de: ['ägyptisch', 'Ägypter'], es: ['egipcio'] },
  // Africa
  SD: { de: ['sudanesisch', 'Sudanese'], es: ['sudanés'] },
  SS: { de: ['südsudanesisch', 'Südsudanese'], es: ['sursudanés'] },
  LY: { de: ['libysch', 'Libyer'], es: ['libio'] },
  ML: { de: ['malisch', 'Malier'], es: ['maliense'] },
  NE: { de: ['nigrisch', 'Nigrer'], es: ['nigerino'] },
  BF: { de: ['burkinisch', 'Burkiner'], es: ['burkinés'] },
  TD: { de: ['tschadisch', 'Tschader'], es: ['chadiano'] },
  ET: { de: ['äthiopisch', 'Äthiopier'], es: ['etíope'] },
  ER: { de: ['eritreisch', 'Eritreer'], es: ['eritreo'] },
  SO: { de: ['somalisch', 'Somalier'], es: ['somalí'] },
  NG: { de: ['nigerianisch', 'Nigerianer'], es: ['nigeriano'] },
  DZ: { de: ['algerisch', 'Algerier'], es: ['argelino'] },
  MA: { de: ['marokkanisch', 'Marokkaner'], es: ['marroquí'] },
  // Both Congos share these: each article's other names decide (country-entries.ts).
  CD: { de: ['kongolesisch', 'Kongolese'], es: ['congoleño'] },
  CG: { de: ['kongolesisch', 'Kongolese'], es: ['congoleño'] },
  RW: { de: ['ruandisch', 'Ruander'], es: ['ruandés'] },
  // Asia
  AF: { de: ['afghanisch', 'Afghane'], es: ['afgano'] },
  PK: { de: ['pakistanisch', 'Pakistaner'], es: ['pakistaní', 'paquistaní'] },
  TW: { de: ['taiwanisch', 'Taiwaner'], es: ['taiwanés'] },
  VN: { de: ['vietnamesisch', 'Vietnamese'], es: ['vietnamita'] },
  MM: { de: ['myanmarisch', 'birmanisch'], es: ['birmano'] },
  // Americas
  VE: { de: ['venezolanisch', 'Venezolaner'], es: ['venezolano'] },
  CO: { de: ['kolumbianisch', 'Kolumbianer'], es: ['colombiano'] },
  CU: { de: ['kubanisch', 'Kubaner'], es: ['cubano'] },
  // Europe
  ES: { de: ['spanisch', 'Spanier'], es: ['español'] },
  NL: { de: ['niederländisch', 'Niederländer'], es: ['neerlandés'] },
  BE: { de: ['belgisch', 'Belgier'], es: ['belga'] },
  AT: { de: ['österreichisch', 'Österreicher'], es: ['austriaco'] },
  CH: { de: ['schweizerisch', 'Schweizer'], es: ['suizo'] },
  DK: { de: ['dänisch', 'Däne'], es: ['danés'] },
  NO: { de: ['norwegisch', 'Norweger'], es: ['noruego'] },
  // The noun "Ungar" is left out: its plural "Ungarn" is Hungary's German name.
  HU: { de: ['ungarisch'], es: ['húngaro'] },
  RO: { de: ['rumänisch', 'Rumäne'], es: ['rumano'] },
  RS: { de: ['serbisch', 'Serbe'], es: ['serbio'] },
  GR: { de: ['griechisch', 'Grieche'], es: ['griego'] },
  CZ: { de: ['tschechisch', 'Tscheche'], es: ['checo'] },
  SK: { de: ['slowakisch', 'Slowake'], es: ['eslovaco'] },
};
