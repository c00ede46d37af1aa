import type { Analysis, AnalysisLanguage } from '../../../src/ingest/nlp/analysis';
import { CoreNlpClient } from '../../../src/ingest/nlp/corenlp-client';
import { NLP_START_TIMEOUT_MS, nlpUrlForTests } from '../../support/nlp';
import { arcs, entities, token } from './analysis-helpers';

/** Sentences written for these tests: a passive or a delivery, a place with its preposition, a source. */
const SENTENCES: Record<AnalysisLanguage, string> = {
  en: 'The missiles were delivered to Russia by North Korea, according to Joe Biden in Washington.',
  fr: 'Des missiles ont été livrés à la Russie par la Corée du Nord, selon Emmanuel Macron.',
  de: 'Die Raketen wurden von Nordkorea an Russland geliefert, sagte Olaf Scholz in Berlin.',
  es: 'Los soldados fueron desplegados en Rusia el mes pasado, según Pedro Sánchez en Madrid.',
};

/** Arcs as "rel(head, dependent)" and entities as "TYPE text" that each parse must contain. */
const EXPECTED: Record<AnalysisLanguage, { arcs: string[]; entities: string[] }> = {
  en: {
    arcs: [
      'root(ROOT, delivered)',
      'nsubj:pass(delivered, missiles)',
      'aux:pass(delivered, were)',
      'obl(delivered, Russia)',
      'case(Russia, to)',
    ],
    entities: [
      'LOCATION Russia',
      'LOCATION North Korea',
      'PERSON Joe Biden',
      'LOCATION Washington',
    ],
  },
  fr: {
    arcs: [
      'nsubj:pass(livrés, missiles)',
      'obl(livrés, Russie)',
      'case(Russie, à)',
      'obl:agent(livrés, Corée)',
      'case(Emmanuel, selon)',
    ],
    entities: ['LOCATION Russie', 'LOCATION Corée du Nord', 'PERSON Emmanuel Macron'],
  },
  de: {
    arcs: [
      'nsubj:pass(geliefert, Raketen)',
      'obl(geliefert, Russland)',
      'case(Russland, an)',
      'obl:agent(geliefert, Nordkorea)',
      'case(Nordkorea, von)',
    ],
    entities: ['LOCATION Nordkorea', 'PERSON Olaf Scholz', 'LOCATION Berlin'],
  },
  // The Spanish UD model marks the periphrastic passive's subject nsubj, with aux "fueron".
  es: {
    arcs: [
      'nsubj(desplegados, soldados)',
      'aux(desplegados, fueron)',
      'obl(desplegados, Rusia)',
      'case(Rusia, en)',
      'case(Pedro, según)',
    ],
    entities: ['LOCATION Rusia', 'PERSON Pedro Sánchez', 'LOCATION Madrid'],
  },
};

describe('CoreNlpClient reads the four languages into the Analysis shape', () => {
  let client: CoreNlpClient;
  const analyses = new Map<AnalysisLanguage, Analysis>();

  beforeAll(async () => {
    client = new CoreNlpClient({ url: await nlpUrlForTests(), timeoutMs: 120_000 });
    for (const [language, text] of Object.entries(SENTENCES) as [AnalysisLanguage, string][]) {
      analyses.set(language, await client.analyse(text, language));
    }
  }, NLP_START_TIMEOUT_MS);

  const sentenceOf = (language: AnalysisLanguage) => {
    const analysis = analyses.get(language)!;
    expect(analysis.sentences).toHaveLength(1);
    return analysis.sentences[0]!;
  };

  test.each(Object.keys(SENTENCES) as AnalysisLanguage[])(
    '%s: 1-based tokens, a tree of arcs, offsets into the text sent, the analyser named',
    (language) => {
      const analysis = analyses.get(language)!;
      const sentence = sentenceOf(language);
      const text = SENTENCES[language];
      expect(analysis).toMatchObject({ language, analyser: client.name });
      expect(sentence.tokens.map((t) => t.index)).toEqual(sentence.tokens.map((_, i) => i + 1));
      expect(sentence.dependencies).toHaveLength(sentence.tokens.length);
      expect(sentence.dependencies.filter((arc) => arc.head === 0)).toHaveLength(1);
      for (const entity of sentence.entities) {
        expect(text.slice(entity.start, entity.end)).toBe(entity.text);
        expect(sentence.tokens[entity.first - 1]!.start).toBe(entity.start);
        expect(sentence.tokens[entity.last - 1]!.end).toBe(entity.end);
      }
    },
  );

  test.each(Object.keys(EXPECTED) as AnalysisLanguage[])(
    '%s: the subject of the passive, obl with its case marker, the entities folded',
    (language) => {
      const sentence = sentenceOf(language);
      expect(arcs(sentence)).toEqual(expect.arrayContaining(EXPECTED[language].arcs));
      expect(entities(sentence)).toEqual(expect.arrayContaining(EXPECTED[language].entities));
    },
  );

  test('en: Universal POS from Penn tags, lemmas, token NER folded', () => {
    const sentence = sentenceOf('en');
    expect(token(sentence, 'delivered')).toMatchObject({ pos: 'VERB', lemma: 'deliver' });
    expect(token(sentence, 'were')).toMatchObject({ pos: 'AUX', lemma: 'be' });
    expect(token(sentence, 'Russia')).toMatchObject({ pos: 'PROPN', ner: 'LOCATION' });
    expect(token(sentence, 'missiles').pos).toBe('NOUN');
    expect(token(sentence, 'to').pos).toBe('ADP');
  });

  test('fr: "du" is two syntactic words over the same two characters; I-LOC folded', () => {
    const sentence = sentenceOf('fr');
    const de = token(sentence, 'de');
    const le = token(sentence, 'le');
    expect([de.start, de.end]).toEqual([le.start, le.end]);
    expect(SENTENCES.fr.slice(de.start, de.end)).toBe('du');
    expect(token(sentence, 'Russie')).toMatchObject({ pos: 'PROPN', ner: 'LOCATION' });
  });

  test('es: lemmas of participles', () => {
    expect(token(sentenceOf('es'), 'desplegados').lemma).toBe('desplegado');
  });

  test('a line break ends a sentence: a headline without a full stop stays apart', async () => {
    const analysis = await client.analyse(
      'Missiles for Russia\nThe missiles were delivered.\n\nBy a reporter\nThey arrived.',
      'en',
    );
    expect(analysis.sentences.map((s) => s.tokens.map((t) => t.word).join(' '))).toEqual([
      'Missiles for Russia',
      'The missiles were delivered .',
      'By a reporter',
      'They arrived .',
    ]);
    expect(analysis.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  test('fr: a name after a typographic apostrophe is parsed as after a straight one', async () => {
    const text = 'Des soldats ont été tués dans des affrontements avec l’Azerbaïdjan.';
    const sentence = (await client.analyse(text, 'fr')).sentences[0]!;
    expect(arcs(sentence)).toEqual(expect.arrayContaining(['case(Azerbaïdjan, avec)']));
    const name = token(sentence, 'Azerbaïdjan');
    expect(text.slice(name.start, name.end)).toBe('Azerbaïdjan');
  });

  test('a sentence wrapped over two lines stays one sentence, its offsets into the text', async () => {
    const text = 'The missiles were delivered\nto Russia by North Korea last\nweek.';
    const analysis = await client.analyse(text, 'en');
    expect(analysis.sentences).toHaveLength(1);
    const week = token(analysis.sentences[0]!, 'week');
    expect(text.slice(week.start, week.end)).toBe('week');
  });
});
