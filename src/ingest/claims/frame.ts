import type { Span } from '../../domain/mention';
import type { Modality } from '../../domain/modality';
import type { LinkedMention } from '../linked-mention';
import { appositions } from './appositions';
import { compileCues } from './cue';
import { findSpeakers } from './find-speakers';
import {
  ACCORDING_TO,
  ANONYMOUS_REPORTS,
  BACK_REFERENCES,
  CHANNELS,
  THE_REPORT,
} from './reporting-verbs';
import { reportingVerbHits } from './reporting-verb-hits';
import type { SentenceView } from './sentence-view';
import { cuesIn, foldedSlice } from './sentence-view';

/**
 * What a sentence says about who speaks: the speakers and reporters its
 * reporting verbs introduce, the modality they give, the channel, and the
 * part of the sentence that holds what is said (`content`). A sentence with
 * no reporting verb is the article's own voice: no speaker, all content.
 */
export interface Frame {
  readonly speakers: readonly LinkedMention[];
  readonly reporters: readonly LinkedMention[];
  readonly modality: Modality | null;
  readonly content: Span;
  /** "il a déclaré", "he said": the speaker is the one named before. */
  readonly pronoun: boolean;
  /** "des rapports ont circulé": REPORTED with no one named. */
  readonly anonymous: boolean;
  /** "selon le rapport": the reporter already named in the article. */
  readonly theReport: boolean;
  /** The words point back at the previous sentence ("que ces informations proviennent..."). */
  readonly backReference: boolean;
  readonly channel: string | null;
  /** A frame verb was found. */
  readonly framed: boolean;
  /** A speaker said it with a verb ("a déclaré que"), not "selon X": a conditional after it is a future in the past. */
  readonly verbal: boolean;
}

const ACCORDING = compileCues(ACCORDING_TO);
const ANONYMOUS = compileCues(ANONYMOUS_REPORTS);
const REPORT = compileCues(THE_REPORT);
const BACK = compileCues(BACK_REFERENCES);
const CHANNEL_CUES = CHANNELS.map(([name, cues]) => [name, compileCues(cues)] as const);
const PRONOUN_BEFORE = /(?<!\p{L})(?:il|elle|ils|elles|he|she|they)\s*$/u;
const PRONOUN_AFTER =
  /^-t-(?:il|elle)|^-(?:ils|elles)|^\s+(?:he|she|they|le communique|la declaration|le texte|the statement)(?!\p{L})/u;

export function readFrame(view: SentenceView): Frame {
  const whole = view.sentence.span;
  const apposed = appositions(view);
  let content: Span = whole;
  let framed = false;
  let pronoun = false;
  let modality: Modality | null = null;
  let verbal = false;
  const speakers: LinkedMention[] = [];
  const reporters: LinkedMention[] = [];
  for (const hit of reportingVerbHits(view)) {
    const found = hit.gerund
      ? gerundSpeakers(view, hit.span, apposed)
      : findSpeakers(view, hit.span, apposed);
    const before = foldedSlice(view, { start: whole.start, end: hit.span.start });
    const after = foldedSlice(view, { start: hit.span.end, end: whole.end });
    const pronounAfter = found.mentions.length === 0 ? PRONOUN_AFTER.exec(after) : null;
    const isPronoun =
      found.mentions.length === 0 && (PRONOUN_BEFORE.test(before) || pronounAfter !== null);
    if (found.mentions.length === 0 && !isPronoun) continue;
    const frame = pronounAfter
      ? { start: hit.span.start, end: hit.span.end + pronounAfter[0].length }
      : found.frame;
    framed = true;
    pronoun ||= isPronoun;
    const media = found.mentions.length > 0 && found.mentions.every((m) => m.media);
    if (hit.relay || media) reporters.push(...found.mentions);
    else {
      speakers.push(...found.mentions);
      modality = hit.modality;
      verbal = true;
    }
    if (hit.relay && modality === null) modality = 'REPORTED';
    content = narrower(content, contentOf(view, hit.span, frame));
  }
  for (const match of cuesIn(view, ACCORDING)) {
    const found = findSpeakers(view, match.span, apposed, 'according');
    const theReport = cuesIn(view, REPORT).some((r) => r.span.start === match.span.start);
    if (found.mentions.length === 0 && !theReport) continue;
    framed = true;
    const media = found.mentions.every((m) => m.media);
    if (media) reporters.push(...found.mentions);
    else speakers.push(...found.mentions);
    if (media && modality === null) modality = 'REPORTED';
    if (!media && modality === null) modality = 'ASSERTED';
    content = narrower(content, accordingContent(view, match.span, found.frame));
  }
  const anonymous = cuesIn(view, ANONYMOUS)[0];
  if (anonymous) {
    framed = true;
    modality ??= 'REPORTED';
    // "Ces dernières semaines, des rapports ont circulé sur l'envoi...": the words follow; not "Russia has reportedly...".
    const named = view.mentions.some((m) => m.span.end <= anonymous.span.start);
    if (!named && anonymous.span.start <= content.start + 40) {
      content = narrower(content, { start: anonymous.span.end, end: whole.end });
    }
  }
  const theReport = cuesIn(view, REPORT).length > 0;
  if (theReport) modality = 'REPORTED';
  return {
    speakers: unique(speakers),
    reporters: unique(reporters),
    modality,
    content,
    pronoun,
    anonymous: anonymous !== undefined,
    theReport,
    backReference: cuesIn(view, BACK, content).some((m) => m.span.start - content.start < 12),
    channel: channelOf(view, content),
    framed,
    verbal,
  };
}

/** "Seoul's spy agency gave a lower estimate, saying...": the first named subject of the sentence. */
function gerundSpeakers(
  view: SentenceView,
  verb: Span,
  apposed: readonly Span[],
): { mentions: LinkedMention[]; frame: Span } {
  const direct = findSpeakers(view, verb, apposed);
  if (direct.mentions.length > 0) return direct;
  const subject = view.mentions.find(
    (m) =>
      !m.nested &&
      m.span.end <= verb.start &&
      ['PERSON', 'ORGANIZATION', 'COUNTRY', 'ARMED_FORCE'].includes(m.entity.kind),
  );
  return subject ? { mentions: [subject], frame: { start: verb.start, end: verb.end } } : direct;
}

function unique(mentions: readonly LinkedMention[]): LinkedMention[] {
  return mentions.filter((m, i) => mentions.findIndex((o) => o.entity.id === m.entity.id) === i);
}

function narrower(a: Span, b: Span): Span {
  return b.end - b.start < a.end - a.start ? b : a;
}

const THAT = /^[^.;]{0,60}?(?:(?<!\p{L})(?:que|qu'|that)(?!\p{L})|:)/u;
const ONLY_CLOSING = /^[\s.,;!?»”"')\]]*$/u;
/** What may follow a frame that closes its sentence: "on Tuesday", "lors d'une conférence de presse", "without giving a figure". */
const SHORT_TAIL = /^[\s,]*(?:[\p{L}'’-]+[\s,]+){0,7}[\p{L}'’-]*[\s.!?»”"')\]]*$/u;
/** The frame follows a quotation: "« ... », a déclaré X", "“...,” Ryder told reporters". */
const AFTER_QUOTATION = /[»”"]\s*,?\s*$|,\s*[»”"]\s*$/u;

/**
 * Where the words a verb introduces stand: after "que", "that" or ":"; before
 * the frame when it closes the sentence ("..., a déclaré X.", "..., X said.");
 * otherwise after the verb ("a confirmé la mort de...").
 */
function contentOf(view: SentenceView, verb: Span, frame: Span): Span {
  const whole = view.sentence.span;
  const after = foldedSlice(view, { start: frame.end, end: whole.end });
  const before = foldedSlice(view, { start: whole.start, end: frame.start });
  const that = THAT.exec(after);
  if (that) return { start: frame.end + that[0].length, end: whole.end };
  // "..., U.S. Secretary of State Antony Blinken said on Tuesday": the frame closes what comes before its comma.
  const comma = /,\s*(?:(?:the|le|la|les|l')\s*)?(?:[\p{L}.'’-]+\s+){0,5}$/u.exec(before);
  const statedBefore =
    comma !== null && view.mentions.some((m) => m.span.end <= whole.start + comma.index);
  const closes =
    ONLY_CLOSING.test(after) ||
    AFTER_QUOTATION.test(before) ||
    (statedBefore && SHORT_TAIL.test(after));
  if (closes && before.trim().length > 0)
    return trimEnd(view, { start: whole.start, end: frame.start });
  return { start: Math.max(verb.end, frame.end), end: whole.end };
}

/** "Selon X, ..." holds the words after the comma; "..., selon X." those before. */
function accordingContent(view: SentenceView, cue: Span, frame: Span): Span {
  const whole = view.sentence.span;
  const after = foldedSlice(view, { start: frame.end, end: whole.end });
  const before = foldedSlice(view, { start: whole.start, end: cue.start });
  if (ONLY_CLOSING.test(after) || /,\s*$/u.test(before))
    return trimEnd(view, { start: whole.start, end: cue.start });
  const comma = /^[^,]{0,40},/u.exec(after);
  return { start: frame.end + (comma ? comma[0].length : 0), end: whole.end };
}

function trimEnd(view: SentenceView, span: Span): Span {
  const text = foldedSlice(view, span);
  const trimmed = text.replace(/[\s,;:«»“”"-]+$/u, '');
  return { start: span.start, end: span.start + trimmed.length };
}

function channelOf(view: SentenceView, content: Span): string | null {
  for (const [name, cues] of CHANNEL_CUES) {
    const hits = cuesIn(view, cues).filter(
      (m) => m.span.end <= content.start || m.span.start >= content.end,
    );
    if (hits.length > 0) return name;
  }
  return null;
}
