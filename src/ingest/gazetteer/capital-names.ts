/** The languages besides English in which capitals are named here. */
export type CapitalLanguage = 'fr' | 'de' | 'es';

/**
 * Capitals in French, German and Spanish where the press names them
 * otherwise than in English (world-countries has capitals in English only),
 * keyed by ISO 3166-1 alpha-2 code; the first name per language is the
 * label. Texts in every language use them as metonyms ("Moskau schweigt",
 * "Pionyang no ha reaccionado").
 *
 * Left out on purpose: the German "Rom" and Spanish "Roma" for Rome ("Roma"
 * names a people in English and German texts, "ROM" memory), so Italy's
 * capital keeps its English and French names only.
 */
export const CAPITAL_NAMES: Readonly<
  Record<string, Partial<Record<CapitalLanguage, readonly string[]>>>
> = {
  RU: { fr: ['Moscou'], de: ['Moskau'], es: ['Moscú'] },
  CN: { fr: ['Pékin', 'Beijing'], de: ['Peking'], es: ['Pekín'] },
  GB: { fr: ['Londres'], es: ['Londres'] },
  PL: { fr: ['Varsovie'], de: ['Warschau'], es: ['Varsovia'] },
  US: { fr: ['Washington'], de: ['Washington'], es: ['Washington'] },
  KR: { fr: ['Séoul'], es: ['Seúl'] },
  IR: { fr: ['Téhéran'], de: ['Teheran'], es: ['Teherán'] },
  UA: { fr: ['Kiev', 'Kyiv'], de: ['Kiew', 'Kyjiw'], es: ['Kiev'] },
  BE: { fr: ['Bruxelles'], de: ['Brüssel'], es: ['Bruselas'] },
  TR: { fr: ['Ankara'] },
  SY: { fr: ['Damas'], de: ['Damaskus'], es: ['Damasco'] },
  IQ: { fr: ['Bagdad'], de: ['Bagdad'], es: ['Bagdad'] },
  EG: { fr: ['Le Caire'], de: ['Kairo'], es: ['El Cairo'] },
  IT: { fr: ['Rome'] },
  ES: { fr: ['Madrid'] },
  PT: { fr: ['Lisbonne'], de: ['Lissabon'], es: ['Lisboa'] },
  AT: { fr: ['Vienne'], de: ['Wien'], es: ['Viena'] },
  GR: { fr: ['Athènes'], de: ['Athen'], es: ['Atenas'] },
  RO: { fr: ['Bucarest'], de: ['Bukarest'], es: ['Bucarest'] },
  CZ: { fr: ['Prague'], de: ['Prag'], es: ['Praga'] },
  DK: { fr: ['Copenhague'], de: ['Kopenhagen'], es: ['Copenhague'] },
  LT: { fr: ['Vilnius'], es: ['Vilna'] },
  MD: { fr: ['Chisinau', 'Chişinău'], de: ['Chişinău', 'Kischinau'], es: ['Chisináu'] },
  GE: { fr: ['Tbilissi'], de: ['Tiflis'], es: ['Tiflis'] },
  AM: { fr: ['Erevan'], de: ['Eriwan'], es: ['Ereván'] },
  AZ: { fr: ['Bakou'], es: ['Bakú'] },
  AF: { fr: ['Kaboul'] },
  CU: { fr: ['La Havane'], de: ['Havanna'], es: ['La Habana'] },
  LY: { fr: ['Tripoli'], de: ['Tripolis'], es: ['Trípoli'] },
  DZ: { fr: ['Alger'], de: ['Algier'], es: ['Argel'] },
  SA: { fr: ['Riyad'], de: ['Riad'], es: ['Riad'] },
  AE: { fr: ['Abou Dhabi'], es: ['Abu Dabi'] },
  LB: { fr: ['Beyrouth'] },
  IN: { fr: ['New Delhi'], de: ['Neu-Delhi'], es: ['Nueva Delhi'] },
  VN: { fr: ['Hanoï'], es: ['Hanói'] },
  KP: { fr: ['Pyongyang'], de: ['Pjöngjang'], es: ['Pionyang'] },
  JP: { fr: ['Tokyo'], de: ['Tokio'], es: ['Tokio'] },
  BY: { fr: ['Minsk'] },
  DE: { fr: ['Berlin'], es: ['Berlín'] },
  FR: { fr: ['Paris'], es: ['París'] },
  IL: { fr: ['Jérusalem'], es: ['Jerusalén'] },
  SD: { fr: ['Khartoum'], de: ['Khartum'], es: ['Jartum'] },
  YE: { fr: ['Sanaa'], de: ['Sanaa'], es: ['Saná', 'Sanaa'] },
  ET: { fr: ['Addis-Abeba'], de: ['Addis Abeba'], es: ['Adís Abeba'] },
  SO: { fr: ['Mogadiscio'], de: ['Mogadischu'], es: ['Mogadiscio'] },
  JO: { es: ['Amán'] },
  SE: { es: ['Estocolmo'] },
  RS: { fr: ['Belgrade'], de: ['Belgrad'], es: ['Belgrado'] },
  MX: { de: ['Mexiko-Stadt'], es: ['Ciudad de México'] },
  BR: { es: ['Brasilia'] },
};

/**
 * Cities the press names for a government that sits there though the capital is elsewhere: a
 * former capital still the seat of government (Bujumbura since Gitega became Burundi's capital,
 * Abidjan beside Yamoussoukro, Dar es Salaam beside Dodoma) and a seat that never was the capital
 * (La Paz beside Sucre, Cotonou beside Porto-Novo). Read as their country when they act
 * ("Bujumbura accuse Kigali …"), as the city when they are a place, as capitals are. Keyed by ISO
 * 3166-1 alpha-2 code, the English name first, then any other language's. Left out: cities that
 * stand for something else in the news (The Hague for its international courts) and former
 * capitals the government has left (Lagos, Yangon, Almaty).
 */
export const SEATS_OF_GOVERNMENT: Readonly<
  Record<string, { readonly en: string } & Partial<Record<CapitalLanguage, readonly string[]>>>
> = {
  BI: { en: 'Bujumbura' },
  CI: { en: 'Abidjan' },
  TZ: { en: 'Dar es Salaam', de: ['Daressalam'], es: ['Dar es-Salam'] },
  BO: { en: 'La Paz' },
  BJ: { en: 'Cotonou', es: ['Cotonú'] },
};
