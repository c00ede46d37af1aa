import { joinWrappedLines } from '../../../src/ingest/nlp/wrapped-lines';

describe('joinWrappedLines: which line breaks stay sentence ends', () => {
  test('a break inside a sentence becomes a space, one character for one', () => {
    const text = 'Russia has been receiving drones sent\nmainly across the Caspian Sea.';
    const joined = joinWrappedLines(text);
    expect(joined).toBe('Russia has been receiving drones sent mainly across the Caspian Sea.');
    expect(joined).toHaveLength(text.length);
  });

  test('a headline, a byline or a finished sentence keeps its break', () => {
    const text = [
      'Azerbaiyán confirma la muerte de siete militares',
      'Ereván confirma un soldado muerto.',
      'Por Lorne Cook',
      '«Fue un ataque»',
      'el ministerio lo dijo.',
    ].join('\n');
    expect(joinWrappedLines(text)).toBe(text);
  });

  test('a blank line and a line starting in upper case stay breaks', () => {
    const text = 'Sudan army repels attack\n\nthe army said\nThe RSF did not respond';
    expect(joinWrappedLines(text)).toBe(text);
  });
});
