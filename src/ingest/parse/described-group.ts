import type { Entity } from '../../domain/entity';
import type { AnalysisLanguage } from '../nlp/analysis';
import type { SentenceReading } from './sentence-reading';

/**
 * The definite articles of a group named by what it is: "the rebels", "les insurgés" (and "aux"
 * split into "à les"), "die Aufständischen", "der Miliz", "los rebeldes". French "des" stays out:
 * it is also "some" ("des rebelles").
 */
const DEFINITE: Record<AnalysisLanguage, RegExp> = {
  en: /^the$/u,
  fr: /^(?:l'|le|la|les)$/u,
  de: /^(?:der|die|das|den|dem|des)$/u,
  es: /^(?:el|la|los|las)$/u,
};

/**
 * "The rebels", "les insurgés", "die Aufständischen", "los yihadistas" when no armed group acts in
 * view (`groupsNamed`): the one armed group of no state the article names at all, as "the
 * alliance" is the one alliance it names (sentence-reading.ts). Definite only: "rebels" or "des
 * rebelles" may be any. With two such groups named, or none, the description names neither. The
 * caller has already refused a description whose words name another body ("pro-government
 * militias", "local gangs").
 */
export function theOneGroupNamed(reading: SentenceReading, noun: number): Entity | null {
  const { graph } = reading;
  if (!graph.children(noun, 'det').some((d) => DEFINITE[reading.language].test(graph.folded(d))))
    return null;
  const groups = [...reading.entities.values()].filter((entity) => armedGroup(reading, entity));
  return groups.length === 1 ? groups[0]! : null;
}

/**
 * A known armed group (Boko Haram, the M23), or a force the article names that is no state's
 * ("the Ambazonia Restoration Forces"): not a state's army, command or corps, nor a mercenary
 * company, whose men are named for it apart ("the mercenaries").
 */
function armedGroup(reading: SentenceReading, entity: Entity): boolean {
  const { gazetteer } = reading;
  if (gazetteer.isArmedGroup(entity.id)) return true;
  return (
    entity.kind === 'ARMED_FORCE' &&
    !gazetteer.isStateForce(entity.id) &&
    gazetteer.mercenariesOf(entity.id) === undefined
  );
}

/**
 * "the attackers who fled", "los rebeldes fallecidos", "die geflohenen Angreifer" hung as a clause:
 * a clause on a group's noun that names nobody says what its men did or suffered, not whose they
 * are. "Militias backed by Iran" name their backer, and stay another body's.
 */
export function clauseOnly(reading: SentenceReading, modifier: number): boolean {
  const { graph } = reading;
  return (
    graph.is(modifier, 'acl', 'acl:relcl') &&
    reading.isVerb(modifier) &&
    graph.subtree(modifier).every((t) => reading.mentionAt(t) === null)
  );
}
