import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';

/**
 * Frequent nouns of news reports, per language, written as texts write
 * them. None may name an entity: "Armee", "Region" or "Nach Angaben" once
 * became entities of German articles.
 */
const NEWS_NOUNS: Readonly<Record<string, string>> = {
  de: `Armee Region Regierung Truppen Soldaten Krieg Angaben Ministerium Minister Präsident Sprecher
    Sprecherin Land Länder Staat Staaten Streitkräfte Militär Geheimdienst Behörden Behörde Polizei
    Stadt Dorf Dörfer Grenze Front Angriff Angriffe Verluste Waffen Hilfe Bericht Berichten Medien
    Agentur Nachrichtenagentur Zeitung Parlament Opposition Rebellen Miliz Kämpfer Zivilisten Tote
    Menschen Woche Jahr Tag Kreise Quellen Experten Beamte Generalstab Verteidigungsministerium
    Außenministerium Kongress Kommission Union Regime Führung Einheiten Kreml-Sprecher`,
  en: `army region government troops soldiers war ministry minister president spokesman spokesperson
    country state states forces military intelligence authorities police city village border front
    attack losses weapons aid report media agency newspaper parliament opposition rebels militia
    fighters civilians people week year day officials sources experts union regime leadership
    island`,
  fr: `armée région gouvernement troupes soldats guerre ministère ministre président porte-parole pays
    État États forces militaires renseignement autorités police ville village frontière front attaque
    pertes armes aide rapport médias agence journal parlement opposition rebelles milice combattants
    civils semaine année jour responsables sources experts union régime réunion`,
  es: `ejército región gobierno tropas soldados guerra ministerio ministro presidente portavoz país
    Estado estados fuerzas militares inteligencia autoridades policía ciudad pueblo frontera frente
    ataque pérdidas armas ayuda informe medios agencia periódico parlamento oposición rebeldes milicia
    combatientes civiles semana año día funcionarios fuentes expertos Congreso Cancillería unión
    régimen reunión`,
};

/** Phrases that once became entities of German articles. */
const NEWS_PHRASES = ['Nach Angaben', 'nach Angaben', 'Truppen Verluste'];

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

describe('no common noun names an entity, in any language', () => {
  const gazetteer = buildGazetteer([]);
  // Commodities are common nouns on purpose ("oil", "Drohnen"): what is supplied or sanctioned.
  const named = (text: string) =>
    gazetteer
      .lookup(text)
      .filter((e) => e.entity.kind !== 'COMMODITY')
      .map((e) => `${text} → ${e.entity.id}`);

  test.each(Object.entries(NEWS_NOUNS))(
    'no frequent %s news noun is a name, as written or at the start of a sentence',
    (_, list) => {
      const nouns = list.split(/\s+/u).filter((n) => n !== '');
      expect(nouns.flatMap((noun) => [...named(noun), ...named(capitalised(noun))])).toEqual([]);
    },
  );

  test('no phrase of common words is a name', () => {
    expect(NEWS_PHRASES.flatMap(named)).toEqual([]);
  });
});
