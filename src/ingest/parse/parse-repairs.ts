import type { AnalysisLanguage, AnalysisSentence } from '../nlp/analysis';
import { asSaidClause } from './repairs/as-said-clause';
import {
  modifierOfSecondSide,
  placeAfterBetweenSides,
  sideAfterBetweenName,
} from './repairs/between-sides';
import { contentAfterCitation } from './repairs/cited-content';
import { dayAfterName, germanNameAfterDay } from './repairs/days-beside-names';
import {
  germanRelativeOnVerb,
  harmAfterComma,
  participleAfterComma,
} from './repairs/comma-clauses';
import { englishHelpedToFight, loneIndirectObject } from './repairs/english-objects';
import { germanGenitiveBeforeForce, nounAfterHyphenedName } from './repairs/forces-in-names';
import { germanAgentOnSubjectName, germanSubjectBeforeObject } from './repairs/german-word-order';
import {
  germanActiveNotPassive,
  germanAuxiliaryRoot,
  germanHeadlineSubject,
} from './repairs/german-verbs';
import { bareNameAfterName, listedObliques } from './repairs/lists';
import {
  acronymAfterNoun,
  flatAcrossComma,
  frenchDesAfterNoun,
  placeNounAfterName,
  spanishArabicArticle,
} from './repairs/names';
import {
  englishAttackGerund,
  englishFightersTakenForVerb,
  frenchArticleBeforeAttack,
} from './repairs/nouns-read-as-verbs';
import {
  countedNounAfterNumberWord,
  germanMoreThanCount,
  numberWordTaggedAdjective,
  numberWordTaggedName,
} from './repairs/numbers';
import { germanCountryAfterName, germanPlaceAfterForce } from './repairs/object-after-subject';
import {
  agentAfterParticiple,
  englishReducedRelative,
  germanRecipientBeforeParticiple,
} from './repairs/participles';
import {
  speakerAfterOutlet,
  subjectAfterSaid,
  trailingReportAside,
} from './repairs/reported-speech';
import { nameBesideSource } from './repairs/source-apposition';
import { spanishSubjectAfterVerb } from './repairs/spanish-word-order';
import {
  courseOfEvent,
  germanNaheSubject,
  placeAfterTime,
  spanishEstarPlace,
} from './repairs/time-and-place';
import {
  chiefBeforeName,
  germanHyphenedTitle,
  titleAfterSpeaker,
  titleTaggedAdjective,
} from './repairs/titles';

/**
 * Known, systematic mistakes of the parser, undone before the rules read a sentence. Each repair
 * is a rewrite of the tree that keeps every token and leaves other sentences as they were.
 */
export function repairParse(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  return REPAIRS.reduce((repaired, repair) => repair(repaired, language), sentence);
}

type Repair = (sentence: AnalysisSentence, language: AnalysisLanguage) => AnalysisSentence;

/** In order: a later repair reads the tree the earlier ones left. */
const REPAIRS: readonly Repair[] = [
  // First: the repairs below read a reported clause where it belongs.
  contentAfterCitation,
  nameBesideSource,
  asSaidClause,
  frenchArticleBeforeAttack,
  englishAttackGerund,
  englishFightersTakenForVerb,
  englishHelpedToFight,
  countedNounAfterNumberWord,
  numberWordTaggedName,
  numberWordTaggedAdjective,
  chiefBeforeName,
  frenchDesAfterNoun,
  trailingReportAside,
  subjectAfterSaid,
  germanAuxiliaryRoot,
  germanActiveNotPassive,
  germanHeadlineSubject,
  germanMoreThanCount,
  courseOfEvent,
  placeAfterTime,
  germanNaheSubject,
  dayAfterName,
  germanNameAfterDay,
  germanSubjectBeforeObject,
  germanAgentOnSubjectName,
  spanishSubjectAfterVerb,
  germanCountryAfterName,
  germanPlaceAfterForce,
  speakerAfterOutlet,
  sideAfterBetweenName,
  modifierOfSecondSide,
  placeAfterBetweenSides,
  acronymAfterNoun,
  loneIndirectObject,
  titleAfterSpeaker,
  agentAfterParticiple,
  englishReducedRelative,
  germanRecipientBeforeParticiple,
  participleAfterComma,
  harmAfterComma,
  germanRelativeOnVerb,
  listedObliques,
  bareNameAfterName,
  flatAcrossComma,
  placeNounAfterName,
  spanishEstarPlace,
  spanishArabicArticle,
  nounAfterHyphenedName,
  germanGenitiveBeforeForce,
  titleTaggedAdjective,
  germanHyphenedTitle,
];
