import { loadWordNet } from '../scoring/load-wordnet'
import { leadsWithCredential } from './classify-requirement'
import { findConductQualities } from './find-conduct-qualities'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isDutyLike, isQualificationLike, readInlineKind } from './posting-cues'
import { asksOutrightInAnyClause, EMPLOYER_SUBJECT } from './read-employer-text'
import { statesReadiness } from './read-readiness-asks'
import { findPersonQualities, isCharacterAdjective, namesQuality } from './reads-as-traits'
import { statesJobCondition, statesSchedule } from './states-job-condition'

// The reader as a clause's subject ("You know…", "the main thing is you turn up", "as you will be on site", "Você
// domina…"): the pronoun before a verb. After a word of condition, time, content or an object's verb ("if you came…",
// "who you've shod for", "that you pass", "hire you on …") the reader is not who the clause asks.
const READER_SUBJECT =
  /(?<!\b(?:if|when|whether|unless|once|who|whom|that|what|how|where|why|about|for|with|to|than|hire|let|tell|give|thank|contact|send|ask|offer|pay|train|help|see|meet|call)\s)\b(?:you(?:'ll|'re|'ve|'d)?|voce|voces|vc|usted|ustedes)\b(?!\s+(?:on|in|at|to|for|with|from|about|back|up|know|soon|again)\b|[.,;!?)]|$)/u
// The reader in Romance object or dative forms ("te", "contigo", "lhe"), as the subject of a dropped pronoun's verb
// ("tú"), or as the owner opening the sentence ("Your records are…", "Tu semana será…"): read conservatively, any of
// them keeps the sentence.
const ROMANCE_READER = /\b(?:te|ti|contigo|tus|teu|tua|teus|tuas|lhe|tu)\b/u
const OWNER_OPENING = /^(?:your|seu|sua|seus|suas|tu|tus|teu|tua)\s/u
// Obligation, importance or need said of what follows or precedes ("A card is needed", "É importante ser discreto",
// "the main thing is …", "tiene que ser fino", "hay que saber").
const OBLIGATION =
  /\b(?:need|needs|needed|necessary|must|have to|has to|had to|important|essential|key|crucial|vital|main thing|matters?|necessari[oa]s?|necesari[oa]s?|importantes?|essencia\p{L}*|esencia\p{L}*|fundamenta\p{L}*|imprescindi\p{L}*|indispensa\p{L}*|tem que|tiene que|tienen que|hay que|debe|deve|precisa|necesita|importa\p{L}*)\b/u
// Nouns of what a person can do, has met or holds, beyond those `isQualificationLike` reads: "a second language",
// "hands-on use of …", "exposure to …", "command of …", "a CAM designation", "registro no conselho".
const CAPABILITY =
  /\b(?:languages?|idiomas?|linguas?|lenguas?|designations?|registrations?|licen[cs]es?|credentials?|registro|credencia\p{L}*|carnet|habilitacao|hands-on|exposure|exposicao|exposicion|command of|grasp of|practice|pratica|practica|vivencia|trayectoria)\b/u
// A sentence that points back at the ask before it ("The same goes for X", "Lo mismo vale para quien …", "O mesmo
// vale para …"): it asks as that one did.
const SAME_AS_BEFORE = /^(?:the same|same|lo mismo|o mesmo|igual|likewise|also)\b/u
// A person wanted, described by a relative or a "with" ("someone who listens", "alguien que sepa", "alguém com …").
const PERSON_DESCRIBED =
  /\b(?:someone|somebody|a person|people|anyone|anybody|alguien|alguem|uma pessoa|una persona|quien|quem)\s+(?:who|that|whos|with|que|con|com|haya|tenga|tenha|sepa|saiba)\b/u
// Finite verbs of a closed class in EN, PT and ES: copulas, auxiliaries and modals, and the existential "hay/há".
const CLOSED_FINITE =
  /\b(?:is|are|was|were|isn't|aren't|has|have|had|does|do|did|will|would|can|could|should|shall|may|might|gets|got|it's|that's|there's|we're|they're|sao|esta|estao|foi|tem|tinha|ha|sera|serao|es|son|estan|fue|era|tiene|tienen|hay|vale|sera|seran|va|vamos)\b/u
// A verb in the third person singular in English, before what it takes ("runs a busy service", "helps with our
// guests"): the word before an article, a determiner or a preposition.
const THIRD_PERSON_VERB =
  /\b(\p{L}{3,}s)\s+(?:a|an|the|our|their|its|his|her|with|on|in|at|to|for|from|into|more|less|everything|nothing|well)\b/gu

const SUBORDINATE_CLAUSE =
  /\b(?:when|whenever|if|unless|who|whom|which|that|where|because|while|que|quando|cuando|donde|onde|porque|si|se)\b[^,;:]*/gu

/** True when the sentence has a finite verb: a closed-class one, a first person plural, or an English -s verb. */
function hasFiniteVerb(folded: string, raw: string): boolean {
  // Only the main clause counts: a verb inside a bracket or a clause of time, condition or relation ("The backbone to
  // call a stop when something isn't safe") leaves a noun phrase, an item.
  const plain = folded.replace(/\([^)]*\)/gu, ' ').replace(SUBORDINATE_CLAUSE, ' ')
  // PT "é" folds to the conjunction "e", so it is looked for before folding.
  if (/(?:^|\s)é\s/u.test(raw)) return true
  if (CLOSED_FINITE.test(plain) || EMPLOYER_SUBJECT.test(plain)) return true
  if (/\b\p{L}{3,}(?:amos|emos|imos)\b/u.test(plain)) return true
  // A PT/ES verb made impersonal by "se" after its own subject ("las discusiones se resuelven hablando", "o trabalho se
  // faz em dupla"): "se" opening a clause may be "if", so only a determiner and a noun before it make it the verb's.
  if (/\b(?:el|la|los|las|o|a|os|as|lo)\s+\p{L}{3,}\s+se\s+\p{L}{3,}(?:a|e|an|en|am|em)\b/u.test(folded))
    return true
  const wordNet = loadWordNet()
  for (const match of plain.matchAll(THIRD_PERSON_VERB)) {
    const word = match[1] as string
    if (wordNet.lemmas(word).some((lemma) => lemma !== word && wordNet.isVerb(lemma))) return true
  }
  return false
}

// Things the reader is to own: "your own", "own vehicle", "carro próprio", "herramientas propias".
const OWNED =
  /\b(?:your own|own (?:\p{L}+ )?(?:tools?|vehicle|car|truck|van|transport|equipment|kit)|propri[oa]s?|propi[oa]s?)\b/u

/** True when the sentence's first word is a quality of character (WordNet in English, endings in PT and ES). */
function opensWithQuality(folded: string): boolean {
  const first = /^\p{L}+/u.exec(folded)?.[0]
  if (first === undefined) return false
  const wordNet = loadWordNet()
  return (
    wordNet.isTraitWord(first) ||
    wordNet.namesFeeling(first) ||
    namesQuality(first) ||
    isCharacterAdjective(first)
  )
}

/**
 * True when a whole sentence of running prose tells something (about the employer, the work, other people or the
 * process) and asks nothing of the candidate. "Around the clinic …", "This work is hard on the body.", "No hay dos
 * días iguales.", "Medical Imaging runs a three-room service …". Told means: a finite verb whose subject is not the
 * reader, and none of what asks: a cue of kind, a predicate of needing, an obligation or importance, a noun of
 * qualification or capability, a quality (described or leading the sentence), readiness, a condition of the job, a
 * credential, something to own, a person wanted, or a reference back to the ask before. A line with no finite verb
 * ("Exposure to a regional studbook.") is an item, not a statement, and is never read as told. The reader named only
 * as an owner inside the sentence ("Pictures of your work help") or inside a clause of condition or content ("if
 * you …, we can …") is not asked anything.
 */
export function tellsWithoutAsking(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/^[^\p{L}\p{N}]+/u, '')
  if (folded.length === 0 || !hasFiniteVerb(folded, sentence.toLowerCase())) return false
  if (readInlineKind(sentence) !== null || findRequirementPredicate(folded) !== null) return false
  if (isQualificationLike(sentence) && !isDutyLike(sentence)) return false
  if (OBLIGATION.test(folded) || CAPABILITY.test(folded) || SAME_AS_BEFORE.test(folded)) return false
  if (OWNED.test(folded) || PERSON_DESCRIBED.test(folded) || OWNER_OPENING.test(folded)) return false
  if (READER_SUBJECT.test(folded) || ROMANCE_READER.test(folded)) return false
  // A quality opening the sentence is its subject ("Quiet, patient hands … matter more to us than speed", "Paciencia
  // con los clientes, ante todo"): the employer saying what it values in the person, an ask.
  if (opensWithQuality(folded)) return false
  return !(
    findPersonQualities(sentence) !== null ||
    findConductQualities(sentence) !== null ||
    statesReadiness(sentence) ||
    statesJobCondition(sentence) ||
    statesSchedule(sentence) ||
    leadsWithCredential(sentence) ||
    asksOutrightInAnyClause(folded)
  )
}
