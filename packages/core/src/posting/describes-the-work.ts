import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isQualificationLike, readInlineKind } from './posting-cues'

// The work itself as a sentence's subject ("The work", "This role", "Your day", "O trabalho", "A rotina", "El puesto",
// "Tu jornada"), then a verb of including or consisting: the sentence says what the job is made of.
const WORK_INCLUDES =
  /^(?:(?:the|this|your|a|an|each|every|o|a|esta|este|essa|esse|seu|sua|el|la|tu|cada)\s+)?(?:typical\s+|normal\s+|tipico\s+|tipica\s+)?(?:work|job|role|position|post|day|days|week|shift|shifts|routine|trabalho|funcao|cargo|vaga|rotina|dia|dia a dia|turno|trabajo|puesto|funcion|jornada|rutina|dia a dia)\s+(?:(?:here|aqui|mostly|mainly|usually|principalmente|sobre todo)\s+)?(?:involves|includes|consists of|entails|covers|means|is mostly|is mainly|envolve|inclui|consiste em|abrange|implica|significa|incluye|consiste en|abarca|comprende)\b/u

// A short activity or thing said to be the bulk of the job ("Writing is most of this job", "Atender o telefone é metade
// do trabalho", "Las visitas son gran parte del puesto"): the job's make-up told from the other side. The subject is
// kept to a few words, so a quality described at length ("clear and respectful communication with farmers is a core
// part of the day") is not taken for an activity.
const BULK_OF_WORK =
  /^(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+(?:is|are|makes up|make up|takes up|take up|e|sao|es|son|ocupa|ocupan|representa|representan)\s+(?:most|much|half|the bulk|the majority|a (?:big|large|good|huge|major) (?:part|share|chunk)|a maior parte|metade|grande parte|boa parte|a maioria|la mayor parte|la mitad|gran parte|buena parte|la mayoria)\s+(?:of|do|da|del|de la|de)\s+(?:(?:this|the|your|o|a|el|la|seu|sua|tu|este|esta|esse|essa|nosso|nossa|nuestro|nuestra)\s+)?(?:job|role|work|position|day|week|trabalho|funcao|cargo|vaga|dia a dia|rotina|dia|trabajo|puesto|funcion|rutina|jornada)\s*[.!]?$/u

/**
 * True when a sentence tells what the job is made of with the work as its subject ("The work involves arranging
 * meetings with families…", "A rotina envolve atender clientes…", "El puesto implica visitar obras…"), or with an
 * activity as the bulk of it ("Writing is most of this job"): a duty,
 * however many things it names, unless it also states a kind.
 */
export function describesTheWork(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/^[^\p{L}]+/u, '')
  return (WORK_INCLUDES.test(folded) || BULK_OF_WORK.test(folded)) && readInlineKind(folded) === null
}

// A conjunction of consequence after a comma: what follows is what the work makes necessary ("…, so good written
// English is essential", "…, por isso é preciso ter CNH", "…, por lo que se requiere licencia").
const CONSEQUENCE =
  /,\s+(?:so|so that|therefore|hence|which means|por isso|entao|portanto|por lo que|asi que|por eso|por ello)\s+/u

/**
 * Cuts a sentence that describes the work and then says what it takes ("The work involves arranging meetings with
 * families and completing paperwork, so good written English is essential") before its consequence: the description
 * is a duty, the consequence is what is asked. Offsets are kept, as the folded text keeps the original's length.
 */
export function splitWorkConsequence(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const sentence = text.slice(start, end)
  const folded = normalizeText(sentence)
  if (folded.length !== sentence.length) return [{ start, end }]
  const joint = CONSEQUENCE.exec(folded)
  if (!joint) return [{ start, end }]
  const before = sentence.slice(0, joint.index)
  const after = sentence.slice(joint.index + joint[0].length)
  if (!describesTheWork(before)) return [{ start, end }]
  if (
    readInlineKind(after) === null &&
    findRequirementPredicate(after) === null &&
    !isQualificationLike(after)
  )
    return [{ start, end }]
  return [
    { start, end: start + joint.index },
    { start: start + joint.index + joint[0].length, end },
  ]
}
