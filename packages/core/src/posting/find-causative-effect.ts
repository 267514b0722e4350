// A verb that makes someone do or feel something ("make us smile", "fazer seus olhos brilharem", "te hará destacar",
// "nos deixa de queixo caído"), in EN, PT and ES.
const CAUSATIVE =
  /^(?:make|makes|made|making|fazer|faz|fazem|fara|farao|faria|fariam|deixar|deixa|deixam|deixara|deixarao|deixaria|deixariam|tornar|torna|tornam|tornara|hacer|hace|hacen|hara|haran|haria|harian|dejar|deja|dejan|dejara|dejaran|dejaria|poner|pone|ponen|pondra|pondran)$/u
// The one made to feel or do, after the verb: a person ("you", "us", "a gente") or something of a person's ("your
// application", "seus olhos", "nuestro día"). "nos" and "te" after a Portuguese verb are read as a preposition
// ("fazer nos primeiros meses"), so only the unambiguous forms are taken there.
const PERSON_AFTER = /^(?:you|us|me|them|him|her|everyone|voce|voces|vcs|ustedes|usted|mim|ti|todos|todas)$/u
const POSSESSIVE_AFTER =
  /^(?:your|our|their|his|her|seu|sua|seus|suas|nosso|nossa|nossos|nossas|tu|tus|su|sus|nuestro|nuestra|nuestros|nuestras)$/u
const ARTICLE = /^(?:the|o|a|os|as|el|la|los|las)$/u
// A person named after "of": "da gente", "de todos", "de nos", "of us", "of everyone".
const PERSON_OF = /^(?:gente|nos|nosotros|todos|todas|voce|voces|ustedes|usted|us|everyone|you|mim|ti)$/u
// The same person as a clitic before the verb ("te hará", "nos deixa", "lo pondrá").
const CLITIC_BEFORE = /^(?:te|nos|me|lo|la|los|las|le|les|lhe|lhes|vos)$/u
// An auxiliary of the future or the conditional before the verb ("will make", "vai fazer", "va a hacer").
const AUXILIARY = /^(?:will|would|could|can|may|might|'ll|vai|vao|iria|irao|va|van|vas|a|going|to|is|are)$/u

/**
 * The indexes of the words of a clause that tells what the things under a heading do to someone ("Vai fazer seus
 * olhos brilharem na entrevista", "Will make us smile at the interview", "Te hará destacar"): a causative verb with
 * the person it moves and what it moves them to. The clause only weighs the listed things, so its words (the doing
 * verb, the interview where the effect happens) are no duty and no hiring process. Empty when there is none: "What
 * you'll do" or "O que você vai fazer no dia a dia" make no one do anything.
 */
export function findCausativeEffect(words: readonly string[]): Set<number> {
  const inside = new Set<number>()
  for (const [at, word] of words.entries()) {
    if (!CAUSATIVE.test(word)) continue
    const before = words[at - 1] ?? ''
    const after = words[at + 1] ?? ''
    let objectEnd = -1
    if (CLITIC_BEFORE.test(before)) objectEnd = at
    else if (PERSON_AFTER.test(after)) objectEnd = at + 1
    else if (/^a$/u.test(after) && words[at + 2] === 'gente') objectEnd = at + 2
    // "hacer que nos brillen los ojos", "fazer com que a banca sorria": the effect told as a clause of its own.
    else if (after === 'que') objectEnd = at + 1
    else if (after === 'com' && words[at + 2] === 'que') objectEnd = at + 2
    else if (POSSESSIVE_AFTER.test(after) && (words[at + 2] ?? '').length > 0) objectEnd = at + 2
    // The person's thing named with the person after it ("faz o olho da gente brilhar", "hace los ojos de todos
    // brillar", "makes the eyes of everyone light up"): an article, the thing, and "of" a person.
    else if (
      ARTICLE.test(after) &&
      /^(?:da|de|do|del|of)$/u.test(words[at + 3] ?? '') &&
      PERSON_OF.test(words[at + 4] ?? '')
    )
      objectEnd = at + 4
    // The effect must follow the one moved: "make your day" names a thing made, not someone moved to act.
    if (objectEnd < 0 || objectEnd + 1 >= words.length) continue
    let start = CLITIC_BEFORE.test(before) ? at - 1 : at
    while (start > 0 && AUXILIARY.test(words[start - 1] ?? '')) start -= 1
    for (let index = start; index < words.length; index += 1) inside.add(index)
    return inside
  }
  return inside
}
