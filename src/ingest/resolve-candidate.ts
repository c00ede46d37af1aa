import type { Entity, EntityKind } from '../domain/entity';
import { entityId, foldText } from '../domain/ids';
import type { Gazetteer } from './gazetteer/gazetteer';
import type { Link, LinkedMention } from './linked-mention';
import type { FoundMention } from './mentions/found-mention';

/**
 * Links a name no gazetteer knows: an acronym to the name it abbreviates, a
 * lone word to a person of the article with that surname, or an acronym to
 * an entity of the article whose initials it spells or whose name it
 * begins ("SITE" → "SITE Intelligence Group"); otherwise a strong
 * guess becomes a candidate entity and a weak one is dropped (null).
 */
export function resolveCandidate(
  mention: FoundMention,
  linked: readonly LinkedMention[],
  gazetteer: Gazetteer,
): Link | null {
  const guess = mention.guess;
  if (!guess) return null;
  if (mention.acronymOf) {
    const longForm = linked.find(
      (l) => l.span.start === mention.acronymOf!.start && l.span.end === mention.acronymOf!.end,
    );
    if (longForm) return link(longForm.entity, 'acronym', longForm.country, longForm.media);
  }
  const sameSurface = linked.find((l) => foldText(l.surface) === foldText(mention.surface));
  if (sameSurface)
    return link(sameSurface.entity, sameSurface.via, sameSurface.country, sameSurface.media);
  const words = guess.name.split(/\s+/u);
  if (words.length === 1) {
    const person = bySurname(guess.name, linked) ?? knownBySurname(guess.name, gazetteer);
    if (person) return link(person, 'surname', null, false);
    const capitals = /^\p{Lu}{2,}$/u.test(guess.name);
    const abbreviated = capitals
      ? (byInitials(guess.name, linked) ?? byFirstWord(guess.name, linked))
      : null;
    if (abbreviated)
      return link(abbreviated.entity, 'acronym', abbreviated.country, abbreviated.media);
  }
  if (guess.strength === 'weak') return null;
  return link(candidateEntity(guess.kind, guess.name), 'candidate', null, guess.media);
}

function link(entity: Entity, via: Link['via'], country: Entity | null, media: boolean): Link {
  return { entity, via, country, media };
}

/**
 * A full name ending in the surname, or in the surname with an Arabic article joined to it:
 * "Ghandour" is "Ahmed al-Ghandour", "Burhan" is "Abdel Fattah al-Burhan".
 */
function surnamePattern(folded: string): RegExp {
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`\\s(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?${escaped}$`, 'u');
}

/** A person already named in the article whose last name is `name` ("Kirby" → "John Kirby"). */
function bySurname(name: string, linked: readonly LinkedMention[]): Entity | null {
  const folded = foldText(name);
  const person = [...linked]
    .reverse()
    .find(
      (l) =>
        l.entity.kind === 'PERSON' &&
        foldText(l.entity.name).split(' ').length > 1 &&
        surnamePattern(folded).test(foldText(l.entity.name)),
    );
  return person?.entity ?? null;
}

/** A well-known person whose name ends with `name` and who is the only one to. */
function knownBySurname(name: string, gazetteer: Gazetteer): Entity | null {
  const people = gazetteer.lookup(name).filter((e) => e.entity.kind === 'PERSON');
  const ids = new Set(people.map((e) => e.entity.id));
  return ids.size === 1 ? people[0]!.entity : null;
}

function initials(name: string): string {
  return name
    .split(/[\s\-']+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/** An entity of the article whose capitalised words spell the acronym ("NSC" → "National Security Council"). */
function byInitials(acronym: string, linked: readonly LinkedMention[]): LinkedMention | null {
  return (
    linked.find((l) =>
      [l.entity.name, ...l.entity.labels.map((x) => x.text)].some(
        (n) => n.includes(' ') && initials(n) === acronym,
      ),
    ) ?? null
  );
}

/** An organisation of the article whose name starts with the word ("SITE" → "SITE Intelligence Group"). */
function byFirstWord(word: string, linked: readonly LinkedMention[]): LinkedMention | null {
  return (
    [...linked]
      .reverse()
      .find(
        (l) =>
          (l.entity.kind === 'ORGANIZATION' || l.entity.kind === 'ARMED_FORCE') &&
          l.entity.name.includes(' ') &&
          l.entity.name.split(' ')[0] === word,
      ) ?? null
  );
}

/**
 * The entity a name no data defines makes: its kind and its name give its
 * id, like every entity, and the name is its one label ("und": the language
 * of a name like "Pat Ryder" is not known). The same form whether the graph
 * already holds it or not, so that extracting a text twice gives one batch.
 */
export function candidateEntity(kind: EntityKind, name: string): Entity {
  return {
    id: entityId(kind, name),
    kind,
    name,
    labels: [{ lang: 'und', text: name }],
    aliases: [],
  };
}
