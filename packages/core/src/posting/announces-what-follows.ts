import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { normalizeText } from './normalize-text'
import { isQualificationLike } from './posting-cues'
import { readMinYears } from './read-min-years'

// Words that point forward, at what comes after the sentence: "the following", "below", "here is", "next", "a seguir",
// "abaixo", "confira", "a continuación", "lo siguiente", "debajo".
// "Following" alone may be a noun ("a following of clients"), and "seguinte" an adjective of time ("no dia seguinte").
const POINTS_FORWARD =
  /\b(?:the following|as follows|below|here (?:is|are)|here's|the next (?:part|section|lines?|list|points?)|a seguir|abaixo|o seguinte|os seguintes|as seguintes|confira|a continuacion|lo siguiente|los siguientes|las siguientes|debajo|como sigue)\b/u
// A count of things left unnamed ("two more things matter", "algumas coisas", "unas cosas"): the things come after.
const UNNAMED_COUNT =
  /\b(?:two|three|four|a few|some|several|dois|duas|tres|algumas|alguns|poucas|dos|tres|algunas|algunos|unas|unos)\s+(?:more\s+|other\s+|mais\s+|outras\s+|outros\s+|mas\s+|otras\s+|otros\s+)?(?:things|points|items|coisas|pontos|itens|cosas|puntos|items)\b/u
// An aside that refers the reader on ("(see below)", "(ver abaixo)") qualifies a thing named before it.
const REFERS_ON = /\((?:see|ver|veja|vea)\b[^()]*\)/u

/**
 * True when a sentence only announces what follows it ("To be considered, you'll need to bring the following.", "The
 * table below is what we screen against.", "Confira abaixo o que pedimos.", "A continuación, lo que buscamos."): it
 * points forward, or counts things it leaves unnamed, and names nothing of its own (no skill, no years, no
 * qualification). Its lines are the asks; the sentence itself asks nothing.
 */
export function announcesWhatFollows(sentence: string, taxonomy: Taxonomy): boolean {
  const folded = normalizeText(sentence)
  if (!POINTS_FORWARD.test(folded) && !UNNAMED_COUNT.test(folded)) return false
  if (REFERS_ON.test(folded)) return false
  return (
    findSkills(sentence, taxonomy).length === 0 &&
    readMinYears(sentence) === null &&
    !isQualificationLike(sentence)
  )
}
