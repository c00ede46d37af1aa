import type { Claim, TimeRange } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { claimId } from '../../domain/ids';
import { predicateDefinition } from '../../domain/predicates';
import { COLLECTIVE_NUMBERS } from '../mentions/number-words';
import { findQuantities } from '../normalize/find-quantities';
import { unitOf } from '../normalize/quantity-unit';
import { resolveTimes } from '../normalize/resolve-times';
import type { Attribution } from './attribution';
import { attributionOf } from './attribution';
import {
  attributedModality,
  claimModality,
  deniedBackground,
  hedgedEvent,
  hypothetical,
} from './claim-modality';
import { carryReports } from './discourse';
import { askedWhether } from './questions';
import { wishedOfOthers } from './wishes';
import { armsUsed } from './frames/arms-used';
import { employedTroops } from './frames/employed-troops';
import { fightFrames, lossFramesWithPresence } from './frames/fighters-present';
import { outletFrames } from './frames/outlet-frames';
import { partFrames } from './frames/part-frames';
import { placeFrames } from './frames/place-frames';
import { presenceFrames } from './frames/presence-frames';
import { situationFrames } from './frames/situation-frames';
import { stanceFrames } from './frames/stance-frames';
import { strongholdFrames } from './frames/stronghold-frames';
import { titleFrames } from './frames/title-frames';
import { transferFrames } from './frames/transfer-frames';
import type { FrameRule, Proposal } from './proposal';
import type { SentenceReading } from './sentence-reading';

const RULES: readonly FrameRule[] = [
  transferFrames,
  lossFramesWithPresence,
  fightFrames,
  employedTroops,
  armsUsed,
  stanceFrames,
  titleFrames,
  placeFrames,
  outletFrames,
  partFrames,
  situationFrames,
  presenceFrames,
  strongholdFrames,
];

export interface ClaimSettings {
  readonly articleId: string;
  readonly publishedAt: string;
  readonly extractor: string;
}

/** A claim before its id, with what the discourse rules may still fill in. */
export interface ReadClaim {
  readonly proposal: Proposal;
  readonly sentence: number;
  attribution: Attribution;
  reportedBy: Entity | null;
  time: Claim['time'];
  modality: Claim['modality'];
}

/**
 * Stage 4: every rule on every token of every sentence; each proposal that
 * fits the vocabulary gets its attribution, modality, quantity and date;
 * then the article's discourse rules (discourse.ts) fill in what a sentence
 * says of the previous one. Background facts are kept once per article.
 */
export function readClaims(readings: readonly SentenceReading[], settings: ClaimSettings): Claim[] {
  const read: ReadClaim[] = [];
  // Dates are parsed only for the sentences that need one: chrono is a costly part of extraction.
  const times = new Map<number, TimeRange | null>();
  const timeOf = (reading: SentenceReading): TimeRange | null => {
    const index = reading.graph.sentence.index;
    if (!times.has(index)) {
      const { sentenceText, span } = reading.graph;
      const found = resolveTimes(sentenceText, span.start, reading.language, settings.publishedAt);
      times.set(index, found[0]?.range ?? null);
    }
    return times.get(index) ?? null;
  };
  for (const reading of readings) {
    reading.noteNamedForces();
    for (let token = 1; token <= reading.graph.size; token += 1) {
      for (const proposal of RULES.flatMap((rule) => rule(reading, token))) {
        if (!fits(reading, proposal)) continue;
        const granted = proposal.structural || proposal.presupposed;
        if (!granted && hypothetical(reading, proposal.trigger)) continue;
        if (!granted && askedWhether(reading, proposal.trigger)) continue;
        if (!granted && wishedOfOthers(reading, proposal.trigger)) continue;
        const attribution: Attribution = proposal.structural
          ? {
              speakers: [],
              reporter: null,
              channel: null,
              stance: null,
              unnamedReport: false,
              reportAnaphor: false,
              reportingVerb: null,
              unnamedSpeaker: null,
            }
          : attributionOf(reading, proposal.trigger);
        read.push({
          proposal,
          sentence: reading.graph.sentence.index,
          attribution,
          reportedBy: attribution.reporter,
          time: proposal.structural ? null : timeOf(reading),
          modality: proposal.structural
            ? deniedBackground(reading, proposal.trigger)
              ? 'DENIED'
              : hedgedEvent(reading, proposal.trigger)
                ? 'ALLEGED'
                : 'ASSERTED'
            : proposal.presupposed
              ? attributedModality(attribution)
              : claimModality(
                  reading,
                  proposal.trigger,
                  attribution,
                  !proposal.negationInside,
                  proposal.subject.entity,
                ),
        });
      }
    }
  }
  carryReports(readings, read, timeOf);
  return uniqueClaims(
    dedupe(read).flatMap((claim) =>
      toClaims(readings, claim, settings).map((made) => [claim.proposal, made] as const),
    ),
  );
}

/**
 * The vocabulary's domain and range hold, and nothing relates to itself; nor is a state at war
 * with its own armed force (a side read as helping an attack on "the army" of its own state).
 */
function fits(reading: SentenceReading, proposal: Proposal): boolean {
  const definition = predicateDefinition(proposal.predicate);
  const subject = proposal.subject.entity;
  if (!definition.domain.includes(subject.kind)) return false;
  const object = proposal.object?.entity ?? null;
  if (object === null) return definition.range.length === 0;
  const forceOf = (state: Entity) => reading.gazetteer.country(state.id)?.armedForce?.id;
  // A state neither fights nor backs its own army: such a reading joined the two by mistake.
  const ownForce =
    (proposal.predicate === 'AT_WAR_WITH' || proposal.predicate === 'SUPPORTS_MILITARILY') &&
    (forceOf(subject) === object.id || forceOf(object) === subject.id);
  return definition.range.includes(object.kind) && object.id !== subject.id && !ownForce;
}

function toClaims(
  readings: readonly SentenceReading[],
  claim: ReadClaim,
  settings: ClaimSettings,
): Claim[] {
  const reading = readings[claim.sentence]!;
  const { proposal } = claim;
  // An outlet that is the only source says it itself ("The New York Times confirmed…"); one
  // that is told, or that passes on unnamed sources or another sentence's report, relays.
  const outletAlone =
    claim.attribution.speakers.length === 0 &&
    !claim.attribution.unnamedReport &&
    claim.reportedBy !== null &&
    claim.reportedBy === claim.attribution.reporter;
  const speakers =
    claim.attribution.speakers.length > 0
      ? claim.attribution.speakers
      : [outletAlone ? claim.reportedBy : null];
  const sentenceSpan = reading.graph.span;
  return speakers.map((speaker) => ({
    id: claimId({
      articleId: settings.articleId,
      subjectId: proposal.subject.entity.id,
      predicate: proposal.predicate,
      objectId: proposal.object?.entity.id ?? null,
      objectValue: proposal.value,
      attributedToId: speaker?.id ?? null,
      itemId: proposal.item?.entity.id ?? null,
      sentenceStart: sentenceSpan.start,
      // "and fifteen others wounded": a second count of the same side, a claim of its own.
      ...(proposal.countedUnit === undefined ? {} : { count: String(proposal.counted) }),
    }),
    articleId: settings.articleId,
    subjectId: proposal.subject.entity.id,
    predicate: proposal.predicate,
    objectId: proposal.object?.entity.id ?? null,
    objectValue: proposal.value,
    quantity: quantityOf(reading, proposal, proposal.predicate === 'SUFFERED_LOSSES_IN'),
    time: claim.time,
    locationId: proposal.location?.entity.id ?? null,
    itemId: proposal.item?.entity.id ?? null,
    modality: claim.modality,
    attributedToId: speaker?.id ?? null,
    reportedById: outletAlone ? null : (claim.reportedBy?.id ?? null),
    sentence: reading.graph.sentenceText,
    sentenceSpan,
    channel: claim.attribution.channel,
    extractor: settings.extractor,
    confidence: proposal.structural ? 0.9 : 0.7,
  }));
}

/** The singular indefinite article, which counts one: "a soldier", "un officier", "ein Soldat". */
const INDEFINITE_ONE = /^(?:a|an|un|une|ein|eine|einen|einem|einer|una)$/u;

/**
 * The number the counted noun carries ("10 000 à 12 000 soldats", "varios cientos de soldados");
 * for people lost, the singular indefinite article counts one ("un officier a été tué").
 */
function quantityOf(
  reading: SentenceReading,
  { counted, countedUnit }: Proposal,
  people: boolean,
): Claim['quantity'] {
  if (counted === null) return null;
  const unit = unitOf(reading.graph.token(countedUnit ?? counted).word);
  const { graph } = reading;
  // "une cinquantaine de soldats", "medio centenar de militares": a collective noun counts too.
  const collective = (t: number) => COLLECTIVE_NUMBERS.has(graph.folded(t));
  const numberHead =
    graph.pos(graph.head(counted)) === 'NUM' ||
    graph.pos(graph.head(counted)) === 'PRON' ||
    collective(graph.head(counted))
      ? graph.head(counted)
      : counted;
  // Determiners stay: "mehrere hundert", "unos 11.000", "des milliers" are part of the number.
  const before = graph.subtree(numberHead).filter((t) => t <= counted);
  const numbers = graph
    .subtree(numberHead)
    .filter((t) => graph.pos(t) === 'NUM' || graph.is(t, 'nummod') || collective(t));
  if (numbers.length === 0) {
    const one =
      people && graph.children(counted, 'det').some((d) => INDEFINITE_ONE.test(graph.folded(d)));
    return one ? { min: 1, max: 1, unit } : null;
  }
  let first = Math.min(...before);
  // "de 10 000 à 12 000 soldats", "10,000 to 12,000 troops": the lower bound may hang elsewhere.
  while (
    first > 2 &&
    graph.pos(first - 1) !== 'PUNCT' &&
    (graph.pos(first - 2) === 'NUM' || graph.pos(first - 1) === 'NUM')
  ) {
    first -= graph.pos(first - 1) === 'NUM' ? 1 : 2;
  }
  const phrase = graph.textOf(first, counted);
  // "4,000 of about 11,000 troops", "six des soldats": a part counted out of a whole is the
  // part's number, the first; otherwise the number nearest the noun.
  const partOf = numberHead !== counted && graph.children(counted, 'case').length > 0;
  const quantities = findQuantities(phrase, 0);
  const found = partOf ? quantities[0] : quantities.pop();
  if (!found) return null;
  return { min: found.min, max: found.max, unit };
}

/** Background facts once per article, from their first statement; the others as read. */
function dedupe(read: readonly ReadClaim[]): ReadClaim[] {
  const seen = new Set<string>();
  return read.filter(({ proposal, modality }) => {
    if (!proposal.structural) return true;
    // A background fact denied somewhere ("Kirkuk is not part of…") is kept beside its assertion.
    const key = `${proposal.subject.entity.id}|${proposal.predicate}|${proposal.object?.entity.id ?? ''}|${modality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Claims with the same id (one fact read by two rules) collapse into one: the reading with a count
 * over one without. Readings that differ otherwise ("killed at least 50 soldiers … three of its own
 * fighters were killed", both read as the army's) are two claims, never one silently kept: the
 * later one is keyed by where its counted word (or its trigger) stands.
 */
export function uniqueClaims(made: readonly (readonly [Proposal, Claim])[]): Claim[] {
  const kept = new Map<string, Claim>();
  // What tells readings apart besides their count; a rule's confidence does not.
  const rest = (c: Claim) => JSON.stringify({ ...c, quantity: null, confidence: null });
  for (const [proposal, claim] of made) {
    const earlier = kept.get(claim.id);
    if (earlier === undefined) {
      kept.set(claim.id, claim);
      continue;
    }
    const counts = [earlier.quantity, claim.quantity].filter((q) => q !== null);
    const oneCount = new Set(counts.map((q) => JSON.stringify(q))).size <= 1;
    if (rest(earlier) === rest(claim) && oneCount) {
      if (claim.quantity !== null || earlier.quantity === null) kept.set(claim.id, claim);
      continue;
    }
    const id = claimId({
      articleId: claim.articleId,
      subjectId: claim.subjectId,
      predicate: claim.predicate,
      objectId: claim.objectId,
      objectValue: claim.objectValue,
      attributedToId: claim.attributedToId,
      itemId: claim.itemId,
      sentenceStart: claim.sentenceSpan.start,
      count: String(proposal.counted ?? proposal.trigger),
    });
    if (!kept.has(id)) kept.set(id, { ...claim, id });
  }
  return [...kept.values()];
}
