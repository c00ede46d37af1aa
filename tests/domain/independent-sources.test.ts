import type { EvidenceTrace } from '../../src/domain/evidence';
import { countIndependentSources } from '../../src/domain/evidence';

/** A claim as the independence rule reads it: said by `speaker`, relayed by `agency`, printed by `publisher`. */
function claim(
  sentence: string,
  {
    speaker = null,
    agency = null,
    publisher = 'Evening Post',
  }: {
    speaker?: string | null;
    agency?: string | null;
    publisher?: string;
  } = {},
): EvidenceTrace {
  const source = speaker
    ? `SPEAKER\u0000${speaker}`
    : agency
      ? `AGENCY\u0000${agency}`
      : `PUBLISHER\u0000${publisher}`;
  return { source, sentenceKey: sentence, speakerId: speaker, agencyId: agency };
}

describe('countIndependentSources (issue 9: stories, not printings)', () => {
  test('one wire sentence printed by three outlets is one story', () => {
    const wire = ['Evening Post', 'Morning Star', 'Daily Courier'].map((publisher) =>
      claim('units were seen', { publisher }),
    );
    expect(countIndependentSources(wire)).toBe(1);
  });

  test('two speakers named in one sentence are two stories, in every outlet that prints it', () => {
    const printed = (publisher: string) => [
      claim('gur and pentagon confirmed', { speaker: 'gur', publisher }),
      claim('gur and pentagon confirmed', { speaker: 'pentagon', publisher }),
    ];
    expect(countIndependentSources(printed('Evening Post'))).toBe(2);
    expect(countIndependentSources([...printed('Evening Post'), ...printed('Morning Star')])).toBe(
      2,
    );
  });

  test('a copy that lost its speaker joins the speaker named in the same sentence elsewhere', () => {
    expect(
      countIndependentSources([
        claim('troops are in kursk said ryder', { speaker: 'ryder' }),
        claim('troops are in kursk said ryder', { publisher: 'Morning Star' }),
      ]),
    ).toBe(1);
    expect(
      countIndependentSources([
        claim('gur and pentagon confirmed', { speaker: 'gur' }),
        claim('gur and pentagon confirmed', { speaker: 'pentagon' }),
        claim('gur and pentagon confirmed', { publisher: 'Morning Star' }),
      ]),
    ).toBe(2);
  });

  test("one agency's dispatch is one story, unless it names two speakers", () => {
    const relayed = ['Evening Post', 'Morning Star', 'Daily Courier'].map((publisher, i) =>
      claim(`sentence ${i}`, { agency: 'afp', publisher }),
    );
    expect(countIndependentSources(relayed)).toBe(1);
    expect(
      countIndependentSources([
        claim('the ministry confirmed', { speaker: 'ministry', agency: 'afp' }),
        claim('the general said', { speaker: 'general', agency: 'afp' }),
        claim('a third sentence', { agency: 'afp', publisher: 'Morning Star' }),
      ]),
    ).toBe(2);
  });

  test('one speaker in several sentences is one source; unrelated outlets are as many stories', () => {
    expect(
      countIndependentSources([
        claim('first', { speaker: 'kremlin' }),
        claim('second', { speaker: 'kremlin', publisher: 'Morning Star' }),
        claim('third', { publisher: 'Daily Courier' }),
        claim('fourth', { publisher: 'Le Monde' }),
      ]),
    ).toBe(3);
  });
});
