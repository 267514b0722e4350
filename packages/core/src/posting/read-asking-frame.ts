import type { CueSection } from './score-cue-words'

/**
 * The frame in which a heading asks something of the reader, read from the heading's folded words: what the reader is
 * to bring or have ("What you bring", "Lo que tenés que traer", "O que você precisa trazer"), an idiom of obligation
 * ("make-or-break", "sí o sí") or that idiom denied ("none of these are make-or-break"), and a condition of lacking the
 * thing ("no te frenes si no lo tenés", "apply even if you don't have them"), which only an extra can survive.
 * Returns the section the frame names and the indexes of its words, which weigh what the heading names and are no
 * content of their own; null when the heading has no such frame.
 */
export function readAskingFrame(
  words: readonly string[],
): { section: CueSection; words: Set<number> } | null {
  const text = words.join(' ')
  const inside = new Set<number>()
  let section: CueSection | null = null
  const take = (pattern: RegExp): boolean => {
    let found = false
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      found = true
      let start = 0
      for (const [index, word] of words.entries()) {
        if (start < match.index + match[0].length && start + word.length > match.index) inside.add(index)
        start += word.length + 1
      }
    }
    return found
  }
  // A denial or a condition of lacking makes the rest optional, whatever obligation the heading also names.
  if (take(DENIED_OBLIGATION) || take(LACKING_CONDITION)) section = 'nice_to_have'
  // The clause of a bracket that holds the denial ("(none of these are make-or-break)", "(no te frenes si no lo
  // tenés)") only says why the extras count: all its words weigh.
  if (section === 'nice_to_have') {
    const bracket = /\(([^()]*)\)/u.exec(words.join(' '))
    if (bracket) markSpan(words, bracket.index, bracket.index + bracket[0].length, inside)
    return { section, words: inside }
  }
  // Obligation put to the reader over being or being able ("Además tenés que poder:", "You also have to be:", "Também
  // tem que saber:") asks what follows, whatever word of addition opens the line: more that is asked is still asked.
  const obligation = take(OBLIGATION_IDIOM) || take(ABSENCE_STOPS) || take(OBLIGATION_TO_BE_ABLE)
  const addressed =
    words.some((word) => READER.test(word) || SECOND_PERSON_HAVING.test(word)) || OBLIGATION_FRAME.test(text)
  // "What you'll have" in the future may be what the employer gives; the reader's present or obligation asks.
  const future = /\b(?:you'll|you will|vai|vas a|vais|va a|tendras|teras)\b/u.test(text)
  let having = false
  for (const [index, word] of words.entries()) {
    // The verb follows what frames it as a heading ("What you bring", "Lo que tenés que traer", "O que você precisa
    // ter"); one opening the line asks for its own object ("Tengas secundaria completa") and is an item.
    // Having inside a condition ("Extra credit if you have", "Suma si tenés") is the condition's: what it weighs
    // decides.
    const before = words.slice(0, index)
    if (!HAVING_VERB.test(word) || !addressed || !before.some((word) => FRAMING.test(word))) continue
    if (before.some((word) => /^(?:if|when|whether|se|si|caso|quando|cuando)$/u.test(word))) continue
    if (future && /^(?:have|has|ter|tener|tienes|tenes|tem|tens)$/u.test(word)) continue
    inside.add(index)
    having = true
  }
  if (having) take(OBLIGATION_FRAME)
  if (!obligation && !having) return null
  return { section: 'required', words: inside }
}

function markSpan(words: readonly string[], from: number, to: number, inside: Set<number>): void {
  let start = 0
  for (const [index, word] of words.entries()) {
    if (start < to && start + word.length > from) inside.add(index)
    start += word.length + 1
  }
}

// The reader named: a pronoun of the second person, or the object pronoun Spanish and Portuguese put before a verb.
const READER = /^(?:you|you're|you've|your|voce|voces|tu|vos|usted|ustedes|te|ti)$/u

// What frames a heading's verb: an interrogative or relative ("what", "lo que", "o que") or the reader named.
const FRAMING = /^(?:what|which|whatever|que|quem|qual|quais|lo|o|you|you're|voce|tu|vos|usted|te)$/u

// Verbs of bringing, having, holding, needing or knowing, in the forms a heading puts to the reader: English base
// forms, the infinitive (after a frame of obligation), and the second person of tú, vos and você.
const HAVING_VERB =
  /^(?:bring|have|hold|need|know|got|traer|trae|traes|traigas|traiga|aportar|aportas|aporta|tener|tenes|tienes|tengas|tenga|contar|contas|cuentas|cuentes|saber|sabes|sepas|necesitar|necesitas|necesites|trazer|traz|tras|traga|tragas|trouxer|ter|tem|tens|tenha|tenhas|tiver|possuir|possui|possua|possuas|precisar|precisa|precisas|saibas|saiba)$/u

// The same verbs in a second person that names the reader without a pronoun ("tenés", "traés", "cuentas").
const SECOND_PERSON_HAVING =
  /^(?:traes|traigas|aportas|tenes|tienes|tengas|contas|cuentas|cuentes|sabes|sepas|necesitas|necesites|podes|puedes|tragas|tens|tenhas|possuas|precisas|saibas)$/u

// Obligation told with "to have to" or "to need to": "tenés que", "tienes que", "tem que", "tens de", "have to",
// "need to", "hay que".
const OBLIGATION_FRAME =
  /\b(?:(?:tenes|tienes|tengas|tiene|tem|tens|tenha|have|has|need|needs|hay|precisa|precisas)\s+(?:que|de|to))\b/u

// "To have to" or "to need to" followed by a verb of being, being able or knowing: the reader is to be so or able to.
// A verb of doing after it ("What you'll have to do", "Lo que tendrás que hacer") is the role's work, which this leaves.
const OBLIGATION_TO_BE_ABLE =
  /\b(?:tenes|tienes|tendras|tiene|tem|tens|teras|tera|have|has|need|needs|hay|precisa|precisas|precisara|necesitas|necesitaras)\s+(?:que|de|to)\s+(?:(?:also|tambem|tambien|ademas)\s+)?(?:(?:be|be able|poder|ser|estar|saber|conseguir|manage)\b|$)/u

// Idioms of obligation: what cannot be done without ("make-or-break", "sí o sí", "sin falta", "sem falta").
const OBLIGATION_IDIOM =
  /\b(?:make or break|si o si|sin falta|sem falta|no exceptions|sin excepcion|sem excecao|what it takes|hace falta)\b/u

// What the lack of the things stops ("Sin esto no avanzamos", "Without these we can't go ahead", "Sem isso não dá"):
// the things named by a demonstrative are a condition of going on, so they are required. An outcome that still
// allows ("without it you can still apply") is no stop, and names an extra (see NICE_IN_LINE).
const ABSENCE_STOPS =
  /\b(?:without|sin|sem)\s+(?:this|these|that|those|it|them|esto|eso|estos|esos|esas|estas|ello|isso|isto|esses|estes|essas|estas)\b,?(?:\s+\S+){0,2}?\s+(?:no|not|nao|ni|nem|never|nunca|nothing|nada|can't|cannot|won't|don't|doesn't|isn't|there's no)\b(?:\s+\S+){0,3}/u

// An obligation denied, by a negation or a quantifier of none a few words before it: "none of these are
// make-or-break", "ninguno es excluyente", "nenhum é obrigatório", "no es sí o sí".
const DENIED_OBLIGATION =
  /\b(?:none|neither|nothing|nada|nenhum|nenhuma|ningun|ninguno|ninguna|no|not|nao|ni|nem)\b(?:\s+\S+){0,3}?\s+(?:make or break|si o si|deal ?breakers?|excluyentes?|obrigatori\p{L}*|obligatori\p{L}*|required|mandatory|essential|a must|musts)\b|\bn't(?:\s+\S+){0,2}?\s+(?:make or break|deal ?breakers?|required|mandatory|essential|a must)\b/u

// A condition of lacking the thing: "si no lo tenés", "se não tiver", "if you don't have them", "even if you lack",
// "aunque no lo tengas". What one may apply without is an extra.
const LACKING_CONDITION =
  /\b(?:if|si|se|caso|aunque|even if|mesmo que|mesmo se|aun si|incluso si)\s+(?:(?:you|voce|tu|vos|usted)\s+)?(?:no|nao|don't|do not|dont|haven't|have not|lack|lacking|miss)\b(?:\s+(?:lo|la|los|las|le|it|them|these|those|all|any|one|o|a|os|as|eles|elas|isso|eso|esto|tiver|tenha|tenes|tienes|tengas|have|has|possui|cuentas|cuentes|con|com|de|of|every|each)\b){0,4}/u
