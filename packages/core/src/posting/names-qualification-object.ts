import { normalizeText } from './normalize-text'

// A noun of qualification with a complement that names its object ("Experience with cranes", "Experiência em
// torno CNC", "Conocimiento de Revit"): the complement says what is asked, so the line is an item. A heading names
// the kind of thing alone ("Experience", "Your background") and leaves the objects to the lines under it.
const QUALIFICATION_WITH_OBJECT =
  /^[^\p{L}]*(?:(?:some|solid|proven|prior|previous|hands-on|alguma|previa|solida|algo de|cierta)\s+)?(?:experience|experiencia|knowledge|conhecimentos?|conocimientos?|background|familiarity|familiaridade|familiaridad|vivencia|dominio|proficiency|fluency)\s+(?:with|in|of|on|using|em|com|de|do|da|dos|das|en|con|del|no|na|nos|nas)\s+\S/u

/** True when a short line names what a qualification is of, as an item of a list does. */
export function namesQualificationObject(line: string): boolean {
  return QUALIFICATION_WITH_OBJECT.test(normalizeText(line))
}
