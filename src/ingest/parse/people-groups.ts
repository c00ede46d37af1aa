import type { Entity } from '../../domain/entity';
import { candidateEntity } from '../resolve-candidate';
import type { FoundMention } from '../mentions/found-mention';
import { contains, overlaps, phraseMention } from '../mentions/found-mention';
import type { AnalysisLanguage } from '../nlp/analysis';
import { PEOPLE_GROUP_NOUNS, PEOPLES } from './lexicon/peoples';
import type { People } from './lexicon/peoples';
import { ARMED_WORDS } from './lexicon/predicate-triggers';
import { hasStem } from './lexicon/stems';
import { CIVILIAN_NOUNS } from './lexicon/nouns';
import type { LinkedMention } from '../linked-mention';
import type { SentenceReading } from './sentence-reading';
import type { SentenceGraph } from './sentence-graph';

/** "a", "un", "une", "ein…", "una": one of a people's groups, not the people's armed men. */
const ONE = /^(?:a|an|one|un|une|ein|eine|einer|einen|einem|una|uno)$/u;

/**
 * "Druze militias", "des milices druzes", "drusische Milizen", "milicias drusas": the armed men of
 * a people (lexicon/peoples.ts) that no state or named group stands for are a side of their own,
 * one entity in every language, named by the people and the kind of group ("Druze militias",
 * "Bedouin tribes", "Druze armed groups"). Such a mention takes the place of the people's word
 * read alone (the gazetteer reads "Serb" as Serbia's). "A Bedouin tribe" is one of them, not them.
 */
export function withPeopleGroups(
  graph: SentenceGraph,
  language: AnalysisLanguage,
  found: readonly FoundMention[],
): FoundMention[] {
  let out = [...found];
  for (let noun = 1; noun <= graph.size; noun += 1) {
    if (graph.pos(noun) !== 'NOUN') continue;
    const kind = PEOPLE_GROUP_NOUNS.find((k) => hasStem(graph.folded(noun), k.stems[language]));
    if (!kind || graph.children(noun, 'det', 'nummod').some((d) => ONE.test(graph.folded(d))))
      continue;
    const modifiers = graph.children(noun, 'amod', 'compound');
    if (
      kind.plural === 'armed groups' &&
      !modifiers.some((m) => hasStem(graph.folded(m), ARMED_WORDS[language]))
    )
      continue;
    const described = peopleBeside(graph, language, noun, modifiers);
    // "los rebeldes chiíes hutíes", "Druze Hezbollah fighters": a named group beside them is whose.
    if (!described || namedBeside(graph, noun, out)) continue;
    const first = Math.min(noun, described.token);
    const last = Math.max(noun, described.token);
    const span = { start: graph.token(first).start, end: graph.token(last).end };
    // A name the people's word is part of ("the Druze Sheikh Council") is that name, not them.
    if (
      out.some((m) => overlaps(m.span, span) && m.span.end - m.span.start > span.end - span.start)
    )
      continue;
    out = out.filter((m) => !overlaps(m.span, span));
    const entity = peopleGroup(described.people, kind.plural);
    out.push(phraseMention(graph.articleText, graph.sentence.index, span, entity, null));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A body's name among the words on the noun: the men are that body's, not a people's. */
function namedBeside(graph: SentenceGraph, noun: number, found: readonly FoundMention[]): boolean {
  return graph.children(noun).some((child) => {
    const token = graph.token(child);
    return found.some(
      (m) =>
        contains(m.span, token) &&
        [...m.entries.map((e) => e.entity.kind), m.guess?.kind].some(
          (kind) => kind === 'ORGANIZATION' || kind === 'ARMED_FORCE',
        ),
    );
  });
}

/**
 * The people a group's noun is described by: an adjective or a noun on it, or the word right
 * before it (English, German) or after it (French, Spanish) where the parser hung that word
 * elsewhere ("tribus beduinas" hung on the noun before).
 */
function peopleBeside(
  graph: SentenceGraph,
  language: AnalysisLanguage,
  noun: number,
  modifiers: readonly number[],
): { token: number; people: People } | null {
  const neighbour = language === 'en' || language === 'de' ? noun - 1 : noun + 1;
  const words = [...modifiers, ...(neighbour >= 1 && neighbour <= graph.size ? [neighbour] : [])];
  for (const token of words) {
    if (!/^(?:ADJ|NOUN|PROPN)$/u.test(graph.pos(token))) continue;
    const people = PEOPLES.find((p) => hasStem(graph.folded(token), p.stems[language]));
    if (people) return { token, people };
  }
  return null;
}

/** One people's armed men of one kind, the same entity in every language and article. */
function peopleGroup(people: People, plural: string): Entity {
  const name = `${people.name} ${plural}`;
  return { ...candidateEntity('ARMED_FORCE', name), labels: [{ lang: 'en', text: name }] };
}

/**
 * "Un colon brésilien a été tué", "a Brazilian tourist", "ein brasilianischer Journalist": a
 * nationality on the noun of a person who acts for no state says whose citizen that person is,
 * not which country the story is about (a soldier's says whose army it is, and still does).
 */
export function civiliansNationality(reading: SentenceReading, mention: LinkedMention): boolean {
  if (mention.via !== 'demonym') return false;
  const { graph } = reading;
  for (let t = 1; t <= graph.size; t += 1) {
    if (reading.mentionAt(t) !== mention) continue;
    const noun = graph.head(t);
    return graph.is(t, 'amod') && noun > 0 && reading.has(noun, CIVILIAN_NOUNS);
  }
  return false;
}
