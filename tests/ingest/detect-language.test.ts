import { detectLanguage } from '../../src/ingest/detect-language';

// Short news paragraphs written for this test, one per language.
const PARAGRAPHS = {
  en: 'The Pentagon said on Tuesday that North Korean troops had suffered heavy losses in the Kursk region. A spokesman declined to give a number, but officials in Seoul believe that several hundred soldiers were killed.',
  fr: 'Le Pentagone a confirmé mardi que les soldats nord-coréens ont subi de lourdes pertes dans la région de Koursk. Selon un porte-parole, plusieurs centaines de militaires auraient été tués depuis le début des combats.',
  de: 'Nach Angaben des Pentagons haben nordkoreanische Soldaten in der russischen Region Kursk schwere Verluste erlitten. Ein Sprecher wollte keine Zahl nennen, doch in Seoul geht man davon aus, dass mehrere Hundert Soldaten getötet wurden.',
  es: 'El Pentágono confirmó el martes que los soldados norcoreanos han sufrido graves pérdidas en la región rusa de Kursk. Según un portavoz, varios cientos de militares habrían muerto desde el inicio de los combates.',
} as const;

describe('detectLanguage', () => {
  test.each(Object.entries(PARAGRAPHS))(
    'reads a %s news paragraph as its language',
    (lang, text) => {
      expect(detectLanguage(text)).toBe(lang);
    },
  );

  test('reads German full of English loan words as German', () => {
    const text =
      'Der Deal mit Pjöngjang sei ein Gamechanger, sagte ein Analyst im Interview. Die Start-ups aus dem Silicon Valley liefern Software-Updates und Know-how für die Drohnen, das Briefing im Newsroom war aber kurz.';
    expect(detectLanguage(text)).toBe('de');
  });

  test('reads a German article dense with names and "in" as German, not English (the old failure)', () => {
    const text =
      'Kim Jong Un in Moskau: Putin und Kim unterzeichnen in Wladiwostok ein Abkommen. US-Präsident Joe Biden hat das Treffen in Washington kritisiert, NATO-Generalsekretär Mark Rutte ebenfalls.';
    expect(detectLanguage(text)).toBe('de');
  });

  test('tells Spanish from French although they share "la", "de", "que" and "en"', () => {
    expect(detectLanguage('La ministra de Defensa dijo que la ayuda llegará en enero.')).toBe('es');
    expect(detectLanguage('La ministre de la Défense a dit que l’aide arrivera en janvier.')).toBe(
      'fr',
    );
  });

  test('falls back to French on a text without any stop word', () => {
    expect(detectLanguage('Pjöngjang, Moskau, Kyjiw.')).toBe('fr');
  });
});
