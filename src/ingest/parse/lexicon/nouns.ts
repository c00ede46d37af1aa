import type { Stems } from './stems';

/** Nouns for the members of a force: with a country beside them they name its armed force. */
export const PERSONNEL: Stems = {
  en: [
    'soldier',
    'troop',
    'forces$',
    'army',
    'armies',
    'military$',
    'servicem',
    'marines$',
    'infantr',
    'contingent',
    'personnel$',
    'peacekeep',
    'unit$',
    'units$',
    'gendarme$',
    'gendarmes$',
  ],
  fr: [
    'soldat',
    'troupe',
    'militaires$',
    'forces$',
    'armee',
    'contingent',
    'infanterie',
    'unite$',
    'unites$',
    // Gendarmes are soldiers where there is a gendarmerie (a force of the army in most francophone states).
    'gendarme$',
    'gendarmes$',
  ],
  de: [
    'soldat',
    'truppe',
    'streitkraft',
    'verteidigungsstreitkraft',
    'sicherheitskraft',
    'regierungstrupp',
    'regierungssoldat',
    'armee',
    'militar$',
    'einheit$',
    'einheiten$',
    'infanter',
    'kontingent',
    'gendarm$',
    'gendarmen$',
  ],
  es: [
    'soldado',
    'tropa',
    'fuerzas$',
    'ejercito',
    'militares$',
    'efectivos$',
    'contingente',
    'infanteria',
    'unidad$',
    'unidades$',
    'gendarme$',
    'gendarmes$',
  ],
};

/** Police officers: "policeman", "policier", "Polizist", "policía" (the force and its officer alike). */
export const POLICE: Stems = {
  en: ['policeman$', 'policemen$', 'policewoman$', 'policewomen$', 'police$'],
  fr: ['policier$', 'policiers$', 'policiere$', 'policieres$'],
  de: ['polizist', 'polizeibeamt'],
  es: ['policia$', 'policias$'],
};

/** A police force by its noun: "la Policía Nacional de Colombia", "la police kosovare", "die kenianische Polizei". */
export const POLICE_FORCES: Stems = {
  en: ['police$'],
  fr: ['police$', 'gendarmerie$'],
  de: ['polizei$'],
  es: ['policia$'],
};

/** A police station by one word: "precinct", "commissariat", "Polizeiwache", "comisaría". */
export const POLICE_STATIONS: Stems = {
  en: ['precinct'],
  fr: ['commissariat'],
  de: [
    'polizeiwache',
    'polizeistation',
    'polizeiposten',
    'polizeirevier',
    'polizeikontrollpunkt',
    'polizeistutzpunkt',
  ],
  es: ['comisaria'],
};

/** Where a police word beside makes a police station: "police post", "poste de police", "puesto policial". */
export const STATION_NOUNS: Stems = {
  en: ['station', 'post$', 'posts$', 'outpost', 'checkpoint', 'headquarter', 'base$', 'bases$'],
  fr: ['poste$', 'postes$', 'station', 'caserne', 'barrage'],
  de: ['wache$', 'posten$', 'station$', 'kontrollpunkt'],
  es: ['puesto$', 'puestos$', 'estacion', 'cuartel', 'reten$', 'retenes$', 'base$', 'bases$'],
};

/** The word that makes a station the police's: "police", "de police", "policial", "Polizei". */
export const POLICE_WORDS: Stems = {
  en: ['police$'],
  fr: ['police$'],
  de: ['polizei$'],
  es: ['policia$', 'policial', 'policiales$'],
};

/** Officers and agents, who are police beside a word of the police: "police officer", "agent de police". */
export const OFFICER_NOUNS: Stems = {
  en: ['officer$', 'officers$', 'agent$', 'agents$'],
  fr: ['officier$', 'officiers$', 'agent$', 'agents$'],
  de: [],
  es: ['agente$', 'agentes$'],
};

/**
 * A force's or a group's units and offices ("Hezbollah's anti-tank unit",
 * "the political office of Hamas", "la police du Hamas"): they belong to
 * the body named beside them, and leading one is not leading that body.
 */
export const UNIT_NOUNS: Stems = {
  en: [
    'unit$',
    'units$',
    'brigade$',
    'brigades$',
    'division$',
    'divisions$',
    'corps$',
    'battalion$',
    'battalions$',
    'wing$',
    'office$',
    'bureau$',
    'politburo$',
    'branch$',
    'offshoot$',
    'affiliate$',
    'cell$',
    'police$',
    // Units in the field: "an attack on an army patrol" is an attack on that army.
    'patrol$',
    'patrols$',
    'convoy$',
    'convoys$',
    'regiment$',
    'regiments$',
    'detachment$',
    'detachments$',
    'platoon$',
    'platoons$',
  ],
  fr: [
    'unite$',
    'unites$',
    'brigade$',
    'brigades$',
    'bataillon$',
    'bataillons$',
    'division$',
    'divisions$',
    'corps$',
    'aile$',
    'branche$',
    'filiale$',
    'bureau$',
    'cellule$',
    'police$',
    'patrouille$',
    'patrouilles$',
    'convoi$',
    'convois$',
    'regiment$',
    'regiments$',
    'detachement$',
    'detachements$',
  ],
  de: [
    'einheit$',
    'einheiten$',
    'brigade$',
    'brigaden$',
    'bataillon$',
    'bataillons$',
    'division$',
    'divisionen$',
    'korps$',
    'flugel$',
    'flugels$',
    'arm$',
    'buro$',
    'buros$',
    'politburo$',
    'politburos$',
    'zelle$',
    'ableger$',
    'polizei$',
    'patrouille$',
    'patrouillen$',
    'konvoi$',
    'konvois$',
    'regiment$',
    'regiments$',
    'kompanie$',
    'kompanien$',
  ],
  es: [
    'unidad$',
    'unidades$',
    'brigada$',
    'brigadas$',
    'division$',
    'divisiones$',
    'batallon$',
    'brazo$',
    'rama$',
    'filial$',
    'ala$',
    'oficina$',
    'buro$',
    'politburo$',
    'celula$',
    'policia$',
    'patrulla$',
    'patrullas$',
    'convoy$',
    'convoyes$',
    'regimiento$',
    'regimientos$',
    'destacamento$',
    'destacamentos$',
    'peloton$',
    'pelotones$',
  ],
};

/** Nouns for a state's institutions: with a country beside them they stand for it ("le gouvernement russe"). */
export const INSTITUTIONS: Stems = {
  en: [
    'council',
    'department',
    'agency',
    'ministry',
    'government',
    'authorit',
    'administration',
    'officials$',
    'regime',
    'junta$',
    'leadership',
    'intelligence',
  ],
  fr: [
    'conseil',
    'departement',
    'agence',
    'ministere',
    'gouvernement',
    'autorite',
    'administration',
    'responsables$',
    'regime',
    'junte$',
    'dirigeants$',
    'renseignement',
    'services$',
    'service$',
  ],
  de: [
    'rat$',
    'behorde',
    'amt$',
    'ministerium',
    'verteidigungsministerium',
    'ausenministerium',
    'regierung',
    'behorde',
    'fuhrung',
    'beamte',
    'regime',
    'junta$',
    'militarjunta$',
    'militarregime$',
    'geheimdienst',
    'militargeheimdienst',
    'nachrichtendienst',
  ],
  es: [
    'consejo',
    'departamento',
    'agencia',
    'ministerio',
    'gobierno',
    'autoridades$',
    'administracion',
    'funcionarios$',
    'regimen',
    'junta$',
    'responsables$',
    'inteligencia',
    'servicios$',
  ],
};

/** A report with no named author: "selon le rapport", "according to reports". */
export const REPORT_NOUNS: Stems = {
  en: ['report', 'media$', 'press$'],
  fr: ['rapport', 'informations$', 'medias$', 'presse$'],
  de: ['bericht', 'medien', 'presse'],
  es: ['informe', 'reporte', 'medios$', 'prensa$', 'informaciones$'],
};

/** Words that are part of a title, not a body: the "Press" of "Pentagon Press Secretary". */
export const TITLE_PARTS: Stems = {
  en: ['press$', 'deputy$', 'vice$', 'chief$'],
  fr: ['adjoint', 'presse$'],
  de: ['presse$', 'stellvertret'],
  es: ['prensa$', 'adjunt'],
};

/**
 * A force's general staff, which its chief heads with the force: "chef d'état-major des armées",
 * "Chief of Staff of the Armed Forces", "jefe del Estado Mayor del Ejército".
 */
export const STAFF_NOUNS: Stems = {
  en: ['staff$'],
  fr: ['etat-major$'],
  de: ['generalstab', 'stab$', 'stabes$', 'stabs$'],
  // "Estado Mayor" is two words: its "Estado" is read with its "Mayor" (argument.ts, `staffOf`).
  es: [],
};

/**
 * What a body's press office is called after: "AFP public affairs office chief" heads the office,
 * not the AFP (a "political bureau chief" or an "intelligence office chief" may head the body).
 */
export const PRESS_OFFICE_WORDS: Stems = {
  en: ['affairs$', 'relations$', 'information$', 'media$'],
  fr: [],
  de: [],
  es: [],
};

/** People who speak for an organisation. */
export const SPOKESPERSON_TITLES: Stems = {
  en: ['spokes', 'press secretary'],
  fr: ['porte-parole'],
  de: ['sprecher', 'regierungssprecher', 'pressesprecher'],
  es: ['portavoz', 'vocero', 'vocera'],
};

/** People who lead a state or an organisation (ministers lead ministries, which the text rarely names). */
export const LEADER_TITLES: Stems = {
  en: [
    'president$',
    'presidents$',
    'leader$',
    'leaders$',
    'chief$',
    'head$',
    'chancellor$',
    'king$',
    'director$',
    'premier$',
    'ringleader$',
  ],
  fr: [
    'president$',
    'presidents$',
    'presidente$',
    'chef$',
    'chefs$',
    'dirigeant',
    'chancelier',
    'roi$',
    'directeur$',
    'directrice$',
  ],
  de: [
    'prasident',
    'chef$',
    'chefin$',
    'anfuhrer',
    'kanzler',
    'konig$',
    'leiter',
    'machthaber$',
    'staatschef',
    'regierungschef',
    'generalstabschef',
    'generalsekretar',
    // One word for a head of government: "Premierminister", "Ministerpräsident", "Premier".
    'premier$',
    'premierminister',
    'ministerprasident',
  ],
  es: [
    'presidente$',
    'presidenta$',
    'lider$',
    'jefe$',
    'jefa$',
    'rey$',
    'director$',
    'directora$',
    'mandatario$',
    // The head of a gang or a guerrilla, as the Spanish press calls him.
    'cabecilla$',
    'presidentes$',
    'lideres$',
    'jefes$',
    'mandatarios$',
  ],
};

/**
 * People who belong to an organisation by their role: a commander of a
 * group, an expert at an institute ("Alan Boswell, expert à l'International
 * Crisis Group"). Plurals too: "one of the commanders of the SSC militia, Abdiqani Mohamed".
 * Leading the whole body is LEADER_OF.
 */
export const MEMBER_TITLES: Stems = {
  en: [
    'member$',
    'members$',
    'commander$',
    'official$',
    'expert$',
    'analyst$',
    'researcher$',
    'fellow$',
    'economist$',
    'diplomat$',
    'representative$',
    'envoy$',
    'officer$',
    'lawmaker$',
    'legislator$',
    'commanders$',
    'officials$',
    'experts$',
    'analysts$',
    'researchers$',
    'fellows$',
    'economists$',
    'diplomats$',
    'representatives$',
    'envoys$',
    'officers$',
    'lawmakers$',
    'legislators$',
    'secretary$',
  ],
  fr: [
    'membre$',
    'membres$',
    'commandant$',
    'responsable$',
    'expert$',
    'experte$',
    'analyste$',
    'chercheur$',
    'chercheuse$',
    'economiste$',
    'diplomate$',
    'representant$',
    'representante$',
    'envoye$',
    'officier$',
    'depute$',
    'deputee$',
    'parlementaire$',
    'commandants$',
    'responsables$',
    'experts$',
    'expertes$',
    'analystes$',
    'chercheurs$',
    'chercheuses$',
    'economistes$',
    'diplomates$',
    'representants$',
    'representantes$',
    'envoyes$',
    'officiers$',
    'deputes$',
    'deputees$',
    'parlementaires$',
    'secretaire$',
  ],
  de: [
    'ausenbeauftragte',
    'mitglied',
    'kommandeur',
    'experte$',
    'experten$',
    'expertin$',
    'analyst',
    'forscher',
    'okonom',
    'diplomat$',
    'diplomatin$',
    'vertreter',
    'gesandte',
    'offizier',
    'abgeordnete',
    'kommandant',
  ],
  es: [
    'miembro$',
    'miembros$',
    'comandante$',
    'experto$',
    'experta$',
    'analista$',
    'investigador$',
    'investigadora$',
    'economista$',
    'diplomatico$',
    'representante$',
    'enviado$',
    'oficial$',
    'diputado$',
    'diputada$',
    'legislador$',
    'legisladora$',
    'comandantes$',
    'expertos$',
    'expertas$',
    'analistas$',
    'investigadores$',
    'investigadoras$',
    'economistas$',
    'diplomaticos$',
    'representantes$',
    'enviados$',
    'oficiales$',
    'diputados$',
    'diputadas$',
    'legisladores$',
    'legisladoras$',
    'secretario$',
  ],
};

export const CAPITAL_NOUNS: Stems = {
  en: ['capital$'],
  fr: ['capitale$', 'chef-lieu$'],
  de: ['hauptstadt$'],
  es: ['capital$'],
};

/** "aux côtés de", "an der Seite", "al lado de": the noun whose modifier is the ally. */
export const SIDE_NOUNS: Stems = {
  en: ['side$'],
  fr: ['cotes$', 'cote$'],
  de: ['seite$'],
  es: ['lado$'],
};

/**
 * A side's ranks, where its losses fall: "losses in the ranks of Boko Haram", "pertes dans les rangs
 * de l'EI", "Verluste in den Reihen der Taliban", "bajas en las filas de Sendero Luminoso".
 */
export const RANKS_NOUNS: Stems = {
  en: ['ranks$'],
  fr: ['rangs$'],
  de: ['reihen$'],
  es: ['filas$'],
};

/** The noun "country" in the singular: alone and definite, the country the article is about. */
export const COUNTRY_NOUNS: Stems = {
  en: ['country$'],
  fr: ['pays$'],
  de: ['land$', 'landes$'],
  es: ['pais$'],
};

/** "the same source", "la même source", "derselben Quelle", "la misma fuente": one named before. */
export const SAME_WORDS: Stems = {
  en: ['same$'],
  fr: ['meme$'],
  de: ['dieselbe', 'derselbe', 'desselbe', 'demselbe', 'selbe', 'gleiche'],
  es: ['misma$', 'mismo$', 'mismas$', 'mismos$'],
};

/** "the authorities", "the government" alone: the state the article is about, speaking or acting. */
export const AUTHORITY_NOUNS: Stems = {
  en: ['authorities$', 'government$'],
  fr: ['autorites$', 'gouvernement$'],
  de: ['behorden$', 'regierung$'],
  es: ['autoridades$', 'gobierno$'],
};

/** Nouns of states, which a list of countries may name: "the two powers, India and China". */
export const STATE_NOUNS: Stems = {
  en: [
    'country$',
    'countries$',
    'nation$',
    'nations$',
    'power$',
    'powers$',
    'neighbours$',
    'neighbors$',
  ],
  fr: ['pays$', 'nation$', 'nations$', 'puissance$', 'puissances$', 'voisins$'],
  de: ['land$', 'lander$', 'staat$', 'staaten$', 'macht$', 'machte$', 'atommacht', 'nachbar'],
  es: ['pais$', 'paises$', 'nacion$', 'naciones$', 'potencia$', 'potencias$', 'vecinos$'],
};

/** Towns and villages: "the town of Lalibela" is Lalibela itself, where "the area of Gaza" holds a place. */
export const SETTLEMENT_NOUNS: Stems = {
  en: ['city$', 'town$', 'village$', 'township$', 'locality$', 'localities$'],
  fr: ['ville$', 'village$', 'localite$', 'commune$'],
  de: ['stadt$', 'dorf$', 'dorfes$', 'ort$', 'gemeinde$'],
  es: ['ciudad$', 'pueblo$', 'localidad$', 'municipio$'],
};

/**
 * Settlement nouns that also name an administrative unit holding villages and districts: "the
 * municipality of El Hatillo", "la commune de Kong", "die Gemeinde", "el municipio de": a place
 * named before one of them may lie inside it, as inside a region.
 */
export const MUNICIPALITY_NOUNS: Stems = {
  en: ['municipality$', 'municipalities$'],
  fr: ['commune$', 'communes$'],
  de: ['gemeinde$'],
  es: ['municipio$', 'municipios$'],
};

/** Nouns for an area whose name follows ("la région de Koursk", "the Kursk region", "Gebiet Kursk"). */
export const REGION_NOUNS: Stems = {
  en: [
    'port$',
    'ports$',
    'region$',
    'regions$',
    'province$',
    'provinces$',
    'oblast$',
    'city$',
    'cities$',
    'town$',
    'towns$',
    'village$',
    'villages$',
    'locality$',
    'localities$',
    'area$',
    'district$',
    'districts$',
    'state$',
    'township$',
    'townships$',
    'county$',
    'municipality$',
    'department$',
    'governorate$',
    'prefecture$',
    'enclave$',
    'barangay$',
    'island$',
    // A camp is a place of its own: "the Nahr al-Bared refugee camp".
    'camp$',
    'camps$',
  ],
  fr: [
    'port$',
    'ports$',
    'region$',
    'regions$',
    'province$',
    'provinces$',
    'oblast$',
    'ville$',
    'villes$',
    'village$',
    'villages$',
    'zone$',
    'departement$',
    'localite$',
    'localites$',
    'etat$',
    'canton$',
    'commune$',
    'district$',
    'departements$',
    'gouvernorat$',
    'prefecture$',
    'wilaya$',
    'enclave$',
    'ile$',
    'camp$',
    'camps$',
  ],
  de: [
    'hafen$',
    'insel$',
    'hafenstadt$',
    'hafenstadte$',
    'region$',
    'regionen$',
    'gebiet$',
    'gebiets$',
    'gebietes$',
    'grenzregion$',
    'provinz$',
    'provinzen$',
    'oblast$',
    'stadt$',
    'stadte$',
    'kleinstadt$',
    'siedlung$',
    'siedlungen$',
    // Myanmar's townships keep their English noun in German news: "die Townships Pekon und Hsihseng".
    'township$',
    'townships$',
    'dorf$',
    'dorfes$',
    'dorfer$',
    'ort$',
    'orte$',
    'bezirk$',
    'bezirks$',
    'gemeinde$',
    'bundesstaat$',
    'bundesstaates$',
    'landkreis$',
    'departement$',
    'distrikt$',
    'kreis$',
    'enklave$',
    'lager$',
    'fluchtlingslager$',
  ],
  es: [
    'puerto$',
    'puertos$',
    'campo$',
    'campamento$',
    'region$',
    'regiones$',
    'provincia$',
    'provincias$',
    'oblast$',
    'ciudad$',
    'ciudades$',
    'pueblo$',
    'pueblos$',
    'zona$',
    'localidad$',
    'localidades$',
    'estado$',
    'municipio$',
    'distrito$',
    'departamento$',
    'departamentos$',
    'gobernacion$',
    'prefectura$',
    'enclave$',
    'comuna$',
    'parroquia$',
    'isla$',
  ],
};

/** Days, months and parts of them: "ce mardi", "on Tuesday night", "am Dienstag", "el miércoles". */
export const TIME_NOUNS: Stems = {
  en: [
    ...['monday$', 'tuesday$', 'wednesday$', 'thursday$', 'friday$', 'saturday$', 'sunday$'],
    ...['january$', 'february$', 'march$', 'april$', 'may$', 'june$', 'july$', 'august$'],
    ...['september$', 'october$', 'november$', 'december$'],
    ...['morning$', 'evening$', 'night$', 'weekend$', 'week$', 'month$', 'year$'],
  ],
  fr: [
    ...['lundi$', 'mardi$', 'mercredi$', 'jeudi$', 'vendredi$', 'samedi$', 'dimanche$'],
    ...['janvier$', 'fevrier$', 'mars$', 'avril$', 'mai$', 'juin$', 'juillet$', 'aout$'],
    ...['septembre$', 'octobre$', 'novembre$', 'decembre$'],
    ...['semaine$', 'mois$', 'annee$', 'matin$', 'soir$', 'nuit$', 'week-end$'],
  ],
  de: [
    ...['montag$', 'dienstag$', 'mittwoch$', 'donnerstag$', 'freitag$', 'samstag$', 'sonntag$'],
    ...['januar$', 'februar$', 'marz$', 'april$', 'mai$', 'juni$', 'juli$', 'august$'],
    ...['september$', 'oktober$', 'november$', 'dezember$'],
    ...['woche$', 'wochenende$', 'monat$', 'jahr$', 'abend$', 'nacht$'],
  ],
  es: [
    ...['lunes$', 'martes$', 'miercoles$', 'jueves$', 'viernes$', 'sabado$', 'domingo$'],
    ...['enero$', 'febrero$', 'marzo$', 'abril$', 'mayo$', 'junio$', 'julio$', 'agosto$'],
    ...['septiembre$', 'setiembre$', 'octubre$', 'noviembre$', 'diciembre$'],
    ...['semana$', 'mes$', 'ano$', 'manana$', 'tarde$', 'noche$', 'madrugada$'],
  ],
};

/** Subject pronouns that stand for the actor last named. */
export const PRONOUNS: Stems = {
  en: ['he$', 'she$', 'it$', 'they$'],
  fr: ['il$', 'elle$', 'ils$', 'elles$'],
  de: ['er$', 'sie$', 'es$'],
  es: ['el$', 'ella$', 'ellos$', 'ellas$'],
};

/**
 * Third-person singular subject pronouns, as a speaker: "…, he added", "a-t-il ajouté", "fügte er
 * hinzu", "dijo él". English ones stand for people; French, German and Spanish ones for whatever
 * the noun's gender gives ("il" is also "le ministère"). German "sie" is singular only with a
 * verb in the singular (speaker-pronouns.ts).
 */
export const SINGULAR_PRONOUNS: Stems = {
  en: ['he$', 'she$'],
  fr: ['il$', 'elle$', '-t-il$', '-t-elle$'],
  de: ['er$', 'sie$'],
  es: ['el$', 'ella$'],
};

/** Participles that give a name: "the group, known as JNIM", "connu sous le nom de", "conocido como", "bekannt als". */
export const NAMING_WORDS: Stems = {
  en: ['known$', 'called$', 'dubbed$'],
  fr: ['connu', 'appele', 'surnomme', 'baptise'],
  de: ['bekannt$', 'genannt$', 'sogenannt'],
  es: ['conocid', 'llamad', 'denominad', 'apodad'],
};

/** Claiming "responsibility for" an act is claiming the act: "claimed responsibility for the ambush". */
export const RESPONSIBILITY_NOUNS: Stems = {
  en: ['responsibility$'],
  fr: ['responsabilite$'],
  de: ['verantwortung$'],
  es: ['responsabilidad$', 'autoria$'],
};

/** Possessive determiners that may stand for a state or a group ("its war", "sa guerre", "seinen Krieg", "su guerra"). */
export const POSSESSIVES: Stems = {
  en: ['its$', 'their$'],
  fr: ['sa$', 'son$', 'ses$', 'leur$', 'leurs$'],
  de: ['sein', 'ihr', 'dessen$', 'deren$'],
  es: ['su$', 'sus$'],
};

/** Words that make soldiers the other side's: "enemy losses", "l'ennemi", "der Feind", "el enemigo". */
export const ENEMY_WORDS: Stems = {
  en: ['enem', 'adversar', 'opposing$'],
  fr: ['ennemi', 'adversaire', 'adverse$'],
  de: ['feind', 'gegner', 'gegnerisch'],
  es: ['enemig', 'adversari', 'rival'],
};

/** Nouns of a border: "the border with Armenia" is Armenia's edge. */
export const BORDER_NOUNS: Stems = {
  en: ['border$', 'frontier$'],
  fr: ['frontiere$'],
  de: ['grenze$'],
  es: ['frontera$'],
};

/** What makes a clash a border one: "border clashes", "affrontements frontaliers", "combates fronterizos". */
export const BORDER_MODIFIERS: Stems = {
  en: ['border$', 'cross-border$'],
  fr: ['frontalier', 'transfrontalier'],
  de: ['grenz'],
  es: ['fronteriz', 'transfronteriz'],
};

/**
 * Nouns that name an alliance or a coalition of sides ("the alliance", "la coalición", "das
 * Bündnis"): "the alliance" alone names again the one body whose own name holds one of
 * ALLIANCE_WORDS (sentence-reading.ts). The press calls a coalition an alliance and back again
 * ("la coalición árabe … la alianza árabe"), so both are one family.
 */
export const ALLIANCE_NOUNS: Stems = {
  en: ['alliance$', 'coalition$'],
  fr: ['alliance$', 'coalition$'],
  de: ['allianz$', 'bundnis$', 'koalition$'],
  es: ['alianza$', 'coalicion$'],
};

/** The words of ALLIANCE_NOUNS, folded, as they stand in a body's name in any language. */
export const ALLIANCE_WORDS: ReadonlySet<string> = new Set(
  Object.values(ALLIANCE_NOUNS)
    .flat()
    .map((stem) => stem.replace(/\$$/u, '')),
);

/** Nouns a text uses to name again an armed group it has named ("la milice", "die Gruppe", "the rebels"). */
export const GROUP_NOUNS: Stems = {
  en: [
    'militia',
    'group$',
    'rebels$',
    'movement$',
    'paramilitar',
    'jihadists$',
    'organisation$',
    'organization$',
  ],
  fr: [
    'milice',
    'groupe$',
    'rebelles$',
    'mouvement$',
    'paramilitaire',
    'djihadistes$',
    'jihadistes$',
    'organisation$',
  ],
  de: [
    'miliz',
    'gruppe$',
    'rebellen$',
    'bewegung$',
    'paramilitar',
    'dschihadisten$',
    'organisation$',
  ],
  es: [
    'milicia',
    'grupo$',
    'rebeldes$',
    'movimiento$',
    'paramilitar',
    'yihadistas$',
    'organizacion$',
  ],
};

export const MINISTER_TITLES: Stems = {
  en: ['minister$'],
  fr: ['ministre$'],
  de: ['minister$'],
  es: ['ministro$', 'ministra$'],
};

/** The adjective that makes a minister the head of government. */
export const PRIME: Stems = {
  en: ['prime$'],
  fr: ['premier$', 'premiere$'],
  de: ['premier'],
  es: ['primer$', 'primera$'],
};

/**
 * Military ranks: who holds one is a member of an armed force ("der ruandische Brigadegeneral
 * Pascal Muhizi", "el general de brigada Megbey Haile"); a rank with a state beside it is a
 * member of that state's armed force, not of the state ("an Indian officer, Major General Gulab
 * Singh Rawat"; a police or customs officer names its service beside it, which is no rank).
 * Captains and lieutenants are left out: teams and airlines have them too.
 */
export const MILITARY_RANKS: Stems = {
  en: ['general$', 'colonel$', 'brigadier$', 'sergeant$', 'admiral$', 'officer$'],
  fr: ['general$', 'colonel$', 'lieutenant-colonel$', 'sergent$', 'amiral$', 'officier$'],
  de: [
    'general$',
    'generalmajor$',
    'generalleutnant$',
    'oberst$',
    'oberstleutnant$',
    'feldwebel$',
    'admiral$',
    'offizier$',
  ],
  es: ['general$', 'coronel$', 'sargento$', 'almirante$', 'oficial$'],
};

/** Patrols, sides as their soldiers are: "army patrols", "patrullas militares". */
export const PATROL_NOUNS: Stems = {
  en: ['patrol$', 'patrols$'],
  fr: ['patrouille$', 'patrouilles$'],
  de: ['patrouille$', 'patrouillen$'],
  es: ['patrulla$', 'patrullas$'],
};

/** The word that makes a leader the head of a body's armed wing, not of the body ("Militärchef"). */
export const MILITARY: Stems = {
  en: ['military$'],
  fr: ['militaire$', 'militaires$'],
  de: ['militar'],
  es: ['militar$', 'militares$'],
};

/**
 * Names every state's institutions share ("Fuerzas Armadas", "Defence Force",
 * "Ministry of Defence", "Verteidigungsministerium", "la Policía"): never an entity of their
 * own, or every country's ministry would be one; the country beside them says whose.
 * Matched on the folded name.
 */
export const GENERIC_INSTITUTION_NAME =
  /^(?:the )?(?:police|policia|polizei|armed forces|military|army|navy|air force|defen[cs]e forces?|fuerzas? de defensa|forces de defense|verteidigungs(?:streit)?krafte|ministry of (?:defen[cs]e|foreign affairs|the interior)|(?:defen[cs]e|foreign|interior) ministry|forces armees|armee|ministere (?:de la defense|des affaires etrangeres|de l'interieur)|marine|armee de l'air|fuerzas armadas|fuerza aerea|armada|ejercito|ministerio de (?:defensa|asuntos exteriores|exteriores|(?:el |l )?interior)|streitkrafte|armee|bundeswehr|luftwaffe|(?:verteidigungs|ausen|innen)ministerium)$/u;

/**
 * The words of a state's own force's name between its noun and its country ("Fuerzas de Defensa
 * de Israel", "forces armées angolaises"): not "libération", "démocratiques", which name rebels
 * after the country they fight over ("Armée de libération du Soudan").
 */
export const STATE_FORCE_WORDS =
  /^(?:defen[cs]e|defensa|verteidigung|armees?|armadas?|armed|nationale?s?|nacional(?:es)?|royal(?:e|es)?)$/u;

/**
 * Men under arms by the common word any side's may bear: "the fighters", "les combattants", "die
 * Kämpfer", "los guerrilleros". Alone they stand for the one armed group the story names as acting
 * (argument.ts, `theGroup`), as "the militants" do; with a side beside them, for that side.
 */
export const COMBATANT_NOUNS: Stems = {
  en: ['fighters$', 'combatants$', 'guerrillas$', 'militiamen$'],
  fr: ['combattants$', 'guerilleros$', 'guerrilleros$', 'miliciens$'],
  de: ['kampfer$', 'kampfern$', 'guerilleros$', 'milizionare$', 'milizionaren$'],
  es: ['combatientes$', 'guerrilleros$', 'guerrilleras$', 'milicianos$'],
};

/** Members of an armed group: with the group beside them they stand for it. */
export const MEMBERS: Stems = {
  en: [
    'mercenar',
    'fighters$',
    'guerrillas$',
    'jihadists$',
    'militants$',
    'combatants$',
    'militiamen$',
    'gunmen$',
    'commandos$',
    'commanders$',
    'rebels$',
    'insurgents$',
    'terrorists$',
    'paramilitaries$',
    'gangsters$',
    'officials$',
    'attackers$',
    'assailants$',
  ],
  fr: [
    'mercenaire',
    'combattants$',
    'guerilleros$',
    'guerrilleros$',
    'miliciens$',
    'militants$',
    'commandos$',
    'commandants$',
    'djihadistes$',
    'jihadistes$',
    'rebelles$',
    'insurges$',
    'terroristes$',
    // "des éléments de Boko Haram": the press's word for a group's men.
    'elements$',
    'paramilitaires$',
    'responsables$',
    'cadres$',
    'assaillants$',
  ],
  de: [
    'kommandeure',
    'soldner',
    'kampfer',
    'guerillas$',
    'guerilleros$',
    'milizionar',
    'dschihadisten$',
    'rebellen$',
    'aufstandischen$',
    'terroristen$',
    'paramilitars$',
    'vertreter$',
    'funktionare$',
    'angreifer$',
  ],
  es: [
    'comandantes$',
    'mercenario',
    'combatientes$',
    'guerrilleros$',
    'guerrilleras$',
    'milicianos$',
    'militantes$',
    'yihadistas$',
    'rebeldes$',
    'insurgentes$',
    'terroristas$',
    'elementos$',
    'paramilitares$',
    'pandilleros$',
    'mareros$',
    'dirigentes$',
    'mandos$',
    'atacantes$',
    'asaltantes$',
  ],
};

/**
 * "fifteen others", "quinze autres", "weitere 15", "otros quince", "another four soldiers", "six
 * more", "quatre soldats supplémentaires", "seis soldados más": more of those just counted.
 */
export const MORE_OF_THEM: Stems = {
  en: ['others$', 'other$', 'another$', 'more$', 'further$'],
  fr: ['autres$', 'autre$', 'supplementaires$'],
  de: ['weitere', 'andere'],
  es: ['otros$', 'otras$', 'otro$', 'otra$', 'mas$'],
};

/** Members of a body: they stand for it only when it is an armed group (argument.ts). */
export const GROUP_MEMBERS: Stems = {
  en: ['members$', 'member$'],
  fr: ['membres$', 'membre$'],
  de: ['mitglieder$', 'mitglied$', 'mitgliedern$'],
  es: ['miembros$', 'miembro$', 'integrantes$', 'integrante$'],
};

/** Mercenaries: "Russian mercenaries", "mercenaires russes", "russische Söldner", "mercenarios rusos". */
export const MERCENARY_NOUNS: Stems = {
  en: ['mercenar'],
  fr: ['mercenaire'],
  de: ['soldner'],
  es: ['mercenari'],
};

/**
 * Military craft and arms of service: with a country beside them they stand for its armed force
 * ("US jets", "navires russes"). An arm of service ("the Russian navy", "air force", "fuerza
 * aérea") is argument.ts's `armOfService`.
 */
export const MILITARY_CRAFT: Stems = {
  en: ['warplane', 'jets$', 'jet$', 'aircraft$', 'warship', 'destroyer', 'frigate', 'fighter jet'],
  fr: ['avion', 'chasseurs$', 'navires de guerre', 'fregate', 'destroyer', 'aviation$'],
  de: [
    'kampfjet',
    'kampfflugzeug',
    'kriegsschiff',
    'zerstorer',
    'fregatte',
    'luftwaffe$',
    'marine$',
  ],
  es: ['avion', 'cazas$', 'buques de guerra', 'destructor', 'fragata', 'aviacion$', 'armada$'],
};

/**
 * Arms a side fights with, beside the weapons and craft the gazetteer and MILITARY_CRAFT know:
 * "used helicopters and artillery against", "setzte Kampfhubschrauber … ein" (German compounds
 * end in one of these).
 */
export const ARMS_NOUNS: Stems = {
  en: [
    'helicopter',
    'gunship',
    'artillery$',
    'drone',
    'missile',
    'rocket',
    'mortar',
    'bomb',
    'tanks$',
  ],
  fr: ['helicoptere', 'artillerie$', 'drone', 'missile', 'roquette', 'mortier', 'bombe', 'chars$'],
  de: ['hubschrauber', 'artillerie$', 'drohne', 'rakete', 'panzer$', 'morser', 'bombe'],
  es: ['helicoptero', 'artilleria$', 'dron', 'misil', 'cohete', 'mortero', 'bomba', 'tanques$'],
};

/** Verbs of leading: their subject leads their object ("Hemeti heads the RSF", "dirigé par"). */
export const LEAD_VERBS: Stems = {
  en: [
    'lead$',
    'leads$',
    'led$',
    'head$',
    'heads$',
    'headed$',
    'run$',
    'runs$',
    'ran$',
    'rule',
    'command',
  ],
  fr: ['dirig', 'men', 'command', 'gouvern'],
  // A relative clause keeps the separable verb whole: "der die Hamas anführte".
  de: [
    'fuhrt',
    'gefuhrt',
    'angefuhrt',
    'anfuhrt',
    'anfuhren$',
    'leitet',
    'geleitet',
    'regiert',
    'befehligt',
  ],
  es: ['lider', 'dirig', 'encabez', 'comand', 'gobiern'],
};

/** Command over a force: "under the command of", "sous le commandement de", "unter dem Kommando von", "bajo el mando de". */
export const COMMAND_NOUNS: Stems = {
  en: ['command$', 'leadership$'],
  fr: ['commandement$', 'direction$'],
  de: ['kommando$', 'befehl$', 'fuhrung$'],
  es: ['mando$', 'liderazgo$', 'direccion$'],
};

/** Verbs of leading that rule a place: a group that rules it holds it ("Hamas has ruled Gaza"). */
export const RULE_VERBS: Stems = {
  en: ['rule', 'run$', 'runs$', 'ran$'],
  fr: ['gouvern', 'dirig'],
  de: ['regiert', 'herrsch'],
  es: ['gobiern', 'dirig'],
};

/** The singular noun for a state's army: alone and definite, it refers back to the army named. */
export const ARMY_NOUNS: Stems = {
  en: ['army$', 'military$', 'junta$'],
  fr: ['armee$', 'junte$'],
  de: ['armee$', 'militar$', 'junta$', 'militarjunta$'],
  es: ['ejercito$', 'junta$'],
};

/** A country's ruling military: "the junta", "la junte", "die Militärjunta", "la junta militar". */
export const JUNTA_NOUNS: Stems = {
  en: ['junta$'],
  fr: ['junte$'],
  de: ['junta$', 'militarjunta$'],
  es: ['junta$'],
};

/**
 * Capitalised words the analyser may tag as a name that never are one on
 * their own: institutions in general, compass points, page furniture.
 */
export const NEVER_A_NAME_ALONE: Stems = {
  en: [
    'commission$',
    'council$',
    'government$',
    'state$',
    'junta$',
    'defense$',
    'defence$',
    'west$',
    'east$',
    'north$',
    'south$',
    'reply$',
    'photo$',
    'photos$',
  ],
  fr: [
    'commission$',
    'conseil$',
    'gouvernement$',
    'etat$',
    'junte$',
    'defense$',
    'ouest$',
    'est$',
    'nord$',
    'sud$',
    'photo$',
  ],
  de: [
    'kommission$',
    'rat$',
    'regierung$',
    'staat$',
    'junta$',
    'verteidigung$',
    'westen$',
    'osten$',
    'norden$',
    'suden$',
    'foto$',
    'reply$',
  ],
  es: [
    'comision$',
    'consejo$',
    'gobierno$',
    'estado$',
    'junta$',
    'defensa$',
    'oeste$',
    'este$',
    'norte$',
    'sur$',
    'foto$',
    // The press capitalises a state's institutions by their common nouns: "el Ejecutivo",
    // "el Congreso", "Exteriores", "Interior", "el Acuerdo".
    'ejecutivo$',
    'congreso$',
    'exteriores$',
    'interior$',
    'acuerdo$',
  ],
};

/** A part of a country by its compass point: "in the north of Israel", "im Norden Israels". */
export const COMPASS_NOUNS: Stems = {
  en: [
    'north$',
    'south$',
    'east$',
    'west$',
    'northeast$',
    'northwest$',
    'southeast$',
    'southwest$',
    'centre$',
    'center$',
  ],
  fr: [
    'nord$',
    'sud$',
    'est$',
    'ouest$',
    'nord-est$',
    'nord-ouest$',
    'sud-est$',
    'sud-ouest$',
    'centre$',
  ],
  de: [
    'norden$',
    'suden$',
    'osten$',
    'westen$',
    'nordosten$',
    'nordwesten$',
    'sudosten$',
    'sudwesten$',
    'zentrum$',
  ],
  es: [
    'norte$',
    'sur$',
    'este$',
    'oeste$',
    'noreste$',
    'noroeste$',
    'sureste$',
    'suroeste$',
    'centro$',
  ],
};

/** A state's land: "on Azerbaijani territory", "auf aserbaidschanischem Gebiet", "en territorio ruso". */
export const TERRITORY_NOUNS: Stems = {
  en: ['territory$', 'soil$'],
  fr: ['territoire$', 'sol$'],
  de: ['gebiet$', 'territorium$', 'staatsgebiet$', 'boden$'],
  es: ['territorio$', 'suelo$'],
};

/**
 * A state's agencies and ministries, which are not its leadership: the chief of one ("Chief of
 * Afghan Intelligence Agency") leads that body, not the state.
 */
export const STATE_AGENCIES: Stems = {
  en: ['agency$', 'ministry$', 'department$', 'intelligence$', 'service$', 'services$'],
  fr: ['agence$', 'ministere$', 'departement$', 'renseignement$', 'service$', 'services$'],
  de: ['behorde$', 'amt$', 'ministerium$', 'geheimdienst', 'nachrichtendienst'],
  es: ['agencia$', 'ministerio$', 'departamento$', 'inteligencia$', 'servicio$', 'servicios$'],
};

/** Words that make soldiers a state's without naming it: "government soldiers", "soldats gouvernementaux". */
export const GOVERNMENT_WORDS: Stems = {
  en: ['government$', 'governmental$'],
  fr: ['gouvernementa'],
  de: ['regierung'],
  es: ['gubernamental', 'gobierno$'],
};

/**
 * Nouns that describe a news outlet by themselves: "the Iraqi news site", "le quotidien algérien",
 * "die irakische Nachrichtenseite", "el diario mexicano".
 */
export const OUTLET_NOUNS: Stems = {
  en: [
    'newspaper',
    'daily$',
    'broadcaster',
    'outlet$',
    'website$',
    'tabloid',
    'monitor$',
    'channel$',
    'television$',
  ],
  fr: ['journal$', 'quotidien$', 'hebdomadaire$', 'chaine$', 'television$', 'radio$', 'site$'],
  de: [
    'nachrichtenagentur',
    'nachrichtenseite',
    'nachrichtenportal',
    'nachrichtensender',
    'zeitung$',
    'tageszeitung$',
    'sender$',
    'fernsehsender$',
    'portal$',
  ],
  es: ['diario$', 'periodico$', 'cadena$', 'canal$', 'television$', 'emisora$', 'portal$'],
};

/** An agency, which is a news agency only when it is a known outlet or "news" says so. */
export const AGENCY_NOUNS: Stems = {
  en: ['agency$'],
  fr: ['agence$'],
  de: ['agentur$'],
  es: ['agencia$'],
};

/** "news agency", "agence de presse", "agencia de noticias": the word that makes an agency news. */
export const NEWS_WORDS: Stems = {
  en: ['news$'],
  fr: ['presse$', 'information$'],
  de: ['nachrichten$', 'presse$'],
  es: ['noticias$', 'prensa$'],
};

/**
 * Nouns of people who act for no state: "a Brazilian settler", "un touriste français", "ein
 * deutscher Journalist", "un trabajador chino". A nationality on them tells whose citizen one
 * person is, not which country the story is about.
 */
export const CIVILIAN_NOUNS: Stems = {
  en: [
    'settler',
    'tourist',
    'journalist',
    'reporter',
    'worker',
    'citizen',
    'national$',
    'nationals$',
    'civilian',
    'farmer',
    'student',
    'businessm',
    'doctor',
    'nurse',
    'teacher',
    'hostage',
    'pilgrim',
    'man$',
    'men$',
    'woman$',
    'women$',
    'child',
    'boy$',
    'boys$',
    'girl$',
    'girls$',
    'resident',
    'volunteer',
    'missionar',
    'priest',
    'engineer',
    'photographer',
    'traveller',
    'traveler',
    'expatriate',
  ],
  fr: [
    'colon$',
    'colons$',
    'touriste',
    'journaliste',
    'reporter',
    'travailleu',
    'ouvrier',
    'citoyen',
    'ressortissant',
    'civil$',
    'civils$',
    'agriculteur',
    'etudiant',
    'homme$',
    'hommes$',
    'femme$',
    'femmes$',
    'enfant',
    'otage',
    'pelerin',
    'habitant',
    'resident',
    'medecin',
    'infirmi',
    'enseignant',
    'humanitaire',
    'volontaire',
    'missionnaire',
    'pretre',
    'ingenieur',
    'photographe',
    'voyageu',
    'expatrie',
  ],
  de: [
    'siedler',
    'tourist',
    'journalist',
    'reporter',
    'arbeiter',
    'burger',
    'staatsangehorig',
    'zivilist',
    'landwirt',
    'student',
    'mann$',
    'manner$',
    'frau$',
    'frauen$',
    'kind$',
    'kinder$',
    'geisel',
    'pilger',
    'einwohner',
    'bewohner',
    'arzt',
    'arztin',
    'helfer',
    'ingenieur',
    'fotograf',
    'priester',
    'reisende',
  ],
  es: [
    'colono',
    'turista',
    'periodista',
    'reporter',
    'trabajador',
    'obrero',
    'ciudadan',
    'nacionales$',
    'civil$',
    'civiles$',
    'campesino',
    'agricultor',
    'estudiante',
    'hombre',
    'mujer',
    'nino',
    'rehen',
    'peregrino',
    'habitante',
    'residente',
    'medico',
    'enfermer',
    'cooperante',
    'voluntari',
    'misioner',
    'sacerdote',
    'ingeniero',
    'fotografo',
    'viajero',
  ],
};

/**
 * A leader's or a group's men, who are fighters only with a possessive that says whose ("his
 * men", "ses hommes", "seine Männer", "sus hombres"; argument.ts `possessedFighters`).
 */
export const FOLLOWER_NOUNS: Stems = {
  en: ['men$'],
  fr: ['hommes$'],
  de: ['manner$', 'mannern$', 'leute$', 'leuten$'],
  es: ['hombres$'],
};

/**
 * Words that tie a group to another it is not ("the al-Qaeda-linked group", "un groupe affilié à
 * l'EI", "der IS-nahestehenden Miliz", "grupos vinculados a Al Qaeda"): a group named on them
 * describes another, and is no side in view for "the group" (discourse.ts `actingGroups`).
 */
export const AFFILIATION_WORDS: Stems = {
  en: ['linked$', 'affiliated$', 'allied$', 'aligned$', 'loyal$', 'backed$', 'sponsored$'],
  fr: ['lie$', 'lies$', 'liee$', 'liees$', 'affilie', 'allie', 'proche$', 'proches$', 'soutenu'],
  de: ['nahestehend', 'verbundet', 'verbunden', 'unterstutzt', 'treu'],
  es: ['vinculad', 'ligad', 'afiliad', 'aliad', 'respaldad', 'apoyad', 'leal$', 'leales$'],
};

/**
 * Words that make troops a state's own without naming the state, beside the government's
 * (`GOVERNMENT_WORDS`): "security forces", "regime forces", "les forces de sécurité", "las
 * fuerzas del régimen"; in German the compound's opening ("Sicherheitskräfte", "Regimetruppen").
 * Troops loyal to the government are its own too (`LOYALIST_WORDS`).
 */
export const STATE_SECURITY_WORDS: Stems = {
  en: ['security$', 'regime$'],
  fr: ['securite$', 'regime$'],
  de: ['sicherheit', 'regime'],
  es: ['seguridad$', 'regimen$'],
};

/**
 * A plural for soldiers that, definite and alone, is a state's military as a body: "los militares",
 * "les militaires" (English and German say it in the singular: "the military", "das Militär",
 * `ARMY_NOUNS`).
 */
export const MILITARY_PLURALS: Stems = {
  en: [],
  fr: ['militaires$'],
  de: [],
  es: ['militares$'],
};

/**
 * Words for troops loyal to the government, which are its own forces ("pro-government forces",
 * "regierungstreue Truppen", "les forces loyalistes"); on militias the same words name allies,
 * which a militia's noun never reaches (argument.ts `stateForces` reads troops' nouns only).
 */
export const LOYALIST_WORDS: Stems = {
  en: ['pro-government$', 'loyalist$'],
  fr: ['progouvernementa', 'pro-gouvernementa', 'loyaliste'],
  de: ['regierungstreu'],
  es: ['progubernamental', 'pro-gubernamental', 'leal$', 'leales$'],
};
