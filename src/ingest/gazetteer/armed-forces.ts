/**
 * The national armed forces of the countries most often in the news, keyed
 * by ISO 3166-1 alpha-2 code, with the acronyms texts use for them. Other
 * countries get "<Demonym> Armed Forces" (see armedForceName).
 */
export const ARMED_FORCES: Readonly<Record<string, { name: string; aliases: readonly string[] }>> =
  {
    KP: { name: "Korean People's Army", aliases: ['KPA'] },
    KR: { name: 'Republic of Korea Armed Forces', aliases: [] },
    UA: { name: 'Armed Forces of Ukraine', aliases: ['AFU', 'ZSU'] },
    RU: { name: 'Russian Armed Forces', aliases: [] },
    US: { name: 'United States Armed Forces', aliases: [] },
    CN: { name: "People's Liberation Army", aliases: ['PLA', 'APL'] },
    IL: { name: 'Israel Defense Forces', aliases: ['IDF', 'Tsahal'] },
    IR: { name: 'Islamic Republic of Iran Armed Forces', aliases: [] },
    GB: { name: 'British Armed Forces', aliases: [] },
    FR: { name: 'French Armed Forces', aliases: [] },
    DE: { name: 'Bundeswehr', aliases: ['Bundeswehr'] },
    BY: { name: 'Armed Forces of Belarus', aliases: [] },
    PL: { name: 'Polish Armed Forces', aliases: [] },
    TR: { name: 'Turkish Armed Forces', aliases: [] },
    IN: { name: 'Indian Armed Forces', aliases: [] },
    PK: { name: 'Pakistan Armed Forces', aliases: [] },
    JP: { name: 'Japan Self-Defense Forces', aliases: [] },
    MM: { name: 'Burmese Armed Forces', aliases: ['Tatmadaw'] },
    CD: {
      name: 'Armed Forces of the Democratic Republic of the Congo',
      aliases: ['FARDC', 'Forces armées de la République démocratique du Congo'],
    },
    UG: { name: "Uganda People's Defence Force", aliases: ['UPDF'] },
    // Not "AFP", which is Agence France-Presse in every language's news.
    PH: { name: 'Armed Forces of the Philippines', aliases: [] },
    KE: { name: 'Kenya Defence Forces', aliases: ['KDF'] },
    ET: { name: 'Ethiopian National Defense Force', aliases: ['ENDF'] },
    ER: { name: 'Eritrean Defence Forces', aliases: [] },
    TD: { name: 'Chadian National Army', aliases: ['Armée nationale tchadienne'] },
    RW: { name: 'Rwanda Defence Force', aliases: ['RDF'] },
    MZ: {
      name: 'Mozambique Defence Armed Forces',
      aliases: [
        'FADM',
        'Forces armées de défense du Mozambique',
        'Fuerzas Armadas de Defensa de Mozambique',
      ],
    },
    SS: { name: "South Sudan People's Defence Forces", aliases: ['SSPDF'] },
    CF: { name: 'Central African Armed Forces', aliases: ['FACA'] },
    ML: { name: 'Malian Armed Forces', aliases: ['FAMa'] },
    TH: { name: 'Royal Thai Armed Forces', aliases: [] },
    KH: { name: 'Royal Cambodian Armed Forces', aliases: [] },
    MA: { name: 'Royal Moroccan Armed Forces', aliases: [] },
    LB: { name: 'Lebanese Armed Forces', aliases: [] },
    CO: { name: 'Military Forces of Colombia', aliases: ['National Army of Colombia'] },
    SO: { name: 'Somali Armed Forces', aliases: ['Somali National Army'] },
    SY: { name: 'Syrian Armed Forces', aliases: ['Syrian Arab Army'] },
    VE: {
      name: 'Venezuelan Armed Forces',
      aliases: ['FANB', 'Fuerza Armada Nacional Bolivariana', 'Bolivarian National Armed Forces'],
    },
    // Known by their own names, kept as aliases of the "<Demonym> Armed Forces" the parser makes
    // of "the Guyana Defence Force". Not "GDF" (Gaz de France in the French press) nor "ANP" (the
    // Palestinian Authority in the Spanish press, a Pakistani party in the English one).
    GY: {
      name: 'Guyanese Armed Forces',
      aliases: [
        'Guyana Defence Force',
        'Guyana Defense Force',
        'Force de défense du Guyana',
        'Fuerza de Defensa de Guyana',
      ],
    },
    DZ: {
      name: 'Algerian Armed Forces',
      aliases: [
        "People's National Army",
        "Algerian People's National Army",
        'Armée nationale populaire',
        'Armée nationale populaire algérienne',
        'Ejército Nacional Popular',
        'Ejército Nacional Popular de Argelia',
      ],
    },
    CI: {
      name: 'Ivorian Armed Forces',
      aliases: ["Armed Forces of Côte d'Ivoire", "Forces armées de Côte d'Ivoire", 'FACI'],
    },
    ID: {
      name: 'Indonesian Armed Forces',
      aliases: ['Indonesian National Armed Forces', 'TNI', 'Tentara Nasional Indonesia'],
    },
    // The armies of West Africa and the Middle East most in the news, by the names of the four
    // languages' press, so that a search for "Forces armées nigériennes" finds the force too.
    NE: {
      name: 'Nigerien Armed Forces',
      aliases: [
        'Forces armées nigériennes',
        'Fuerzas Armadas de Níger',
        'Fuerzas Armadas nigerinas',
        'nigrische Armee',
        'nigrischen Armee',
      ],
    },
    BF: {
      name: 'Burkinabe Armed Forces',
      aliases: [
        'Forces armées burkinabè',
        'Fuerzas Armadas de Burkina Faso',
        'burkinische Armee',
        'burkinischen Armee',
      ],
    },
    BJ: {
      name: 'Beninese Armed Forces',
      aliases: [
        'Forces armées béninoises',
        'Fuerzas Armadas de Benín',
        'beninische Armee',
        'beninischen Armee',
      ],
    },
    TG: {
      name: 'Togolese Armed Forces',
      aliases: [
        'Forces armées togolaises',
        'Fuerzas Armadas de Togo',
        'togoische Armee',
        'togoischen Armee',
      ],
    },
    CM: {
      name: 'Cameroonian Armed Forces',
      aliases: [
        'Forces armées camerounaises',
        'Fuerzas Armadas de Camerún',
        'kamerunische Armee',
        'kamerunischen Armee',
      ],
    },
    NG: {
      name: 'Nigerian Armed Forces',
      aliases: [
        'Forces armées nigérianes',
        'Fuerzas Armadas de Nigeria',
        'nigerianische Armee',
        'nigerianischen Armee',
      ],
    },
    SN: {
      name: 'Senegalese Armed Forces',
      aliases: [
        'Forces armées sénégalaises',
        'Fuerzas Armadas de Senegal',
        'senegalesische Armee',
        'senegalesischen Armee',
      ],
    },
    EG: {
      name: 'Egyptian Armed Forces',
      aliases: [
        'Forces armées égyptiennes',
        'Fuerzas Armadas de Egipto',
        'Fuerzas Armadas egipcias',
        'ägyptische Armee',
        'ägyptischen Armee',
      ],
    },
    IQ: {
      name: 'Iraqi Armed Forces',
      aliases: [
        'Forces armées irakiennes',
        'Fuerzas Armadas de Irak',
        'Fuerzas Armadas iraquíes',
        'irakische Armee',
        'irakischen Armee',
      ],
    },
    SD: {
      name: 'Sudanese Armed Forces',
      aliases: [
        'SAF',
        'Forces armées soudanaises',
        'Fuerzas Armadas Sudanesas',
        'Fuerzas Armadas de Sudán',
      ],
    },
  };

/** The table's name, else "<Demonym> Armed Forces" ("Malian Armed Forces"), else "Armed Forces of <country>". */
export function armedForceName(cca2: string, countryName: string, demonym: string | null): string {
  return (
    ARMED_FORCES[cca2]?.name ??
    (demonym ? `${demonym} Armed Forces` : `Armed Forces of ${countryName}`)
  );
}
