import { loadWordNet } from '../scoring/load-wordnet'

// Words that end a noun phrase: articles, prepositions, conjunctions and pronouns, in EN, PT and ES.
const ENDS_PHRASE = new Set(
  (
    'a an the and or but to for with in on at of from by as into across within your our their its this that these ' +
    'those all every each up out e ou o um uma os as de do da dos das em no na nos nas com para por y u un una el ' +
    'la los las en del al con'
  ).split(' '),
)

// Nouns that head a qualification ("Lead generation experience", "Test automation skills", "Work ethic"): a phrase
// they close names what the candidate brings, whatever verb its first word is spelled like.
const QUALIFICATION_HEADS = new Set(
  (
    'experience experiences experiencia knowledge history ethic skills skill background expertise exposure ' +
    'familiarity understanding certification certificate licence license'
  ).split(' '),
)

// Nouns of qualification that make a noun phrase of any word before them ("Work experience", "Work ethic").
const FIRST_QUALIFICATION_NOUNS = new Set(['experience', 'experiencia', 'knowledge', 'history', 'ethic'])

// Most words of the noun phrase after the first word that are read for its head.
const MOST_PHRASE_WORDS = 4

/** The words after the first, up to the first word that ends a noun phrase. */
function phraseAfterLead(words: readonly string[]): string[] {
  const phrase: string[] = []
  for (const word of words.slice(1, 1 + MOST_PHRASE_WORDS)) {
    if (ENDS_PHRASE.has(word)) break
    phrase.push(word)
  }
  return phrase
}

/**
 * Decides whether the first word of a line, a word spelled like a verb of doing ("own", "lead", "test", "work"), is
 * used as that verb, from the words around it, as its part of speech in context would: "Own the weekly rota" and
 * "Lead a crew of four" are imperatives, the work; "Own van", "Own tools and transport" put an adjective before a
 * thing with no article between, and "Lead generation experience", "Work ethic" are noun phrases whose head names a
 * qualification. An adjective is read only before a made thing (WordNet's artifacts) that closes the phrase: a duty's
 * object is rarely a bare artifact with nothing after it ("Own projects end to end" is the work).
 * `words` are the line's folded words.
 */
export function readsLeadAsVerb(words: readonly string[]): boolean {
  const lead = words[0]
  if (lead === undefined) return false
  // "Work experience in …", "Knowledge history": a noun of qualification right after the lead makes a noun phrase.
  if (FIRST_QUALIFICATION_NOUNS.has(words[1] ?? '')) return false
  const wordNet = loadWordNet()
  const isNoun = (word: string) => wordNet.lemmas(word).some((lemma) => wordNet.isNoun(lemma))
  const phrase = phraseAfterLead(words)
  const head = phrase[phrase.length - 1]
  // A compound of nouns ("Lead generation experience"): the lead is a noun too, and so is every word up to the head.
  // An adjective among them ("Develop deep understanding", "Use comprehensive knowledge") makes the head the object
  // of a verb.
  if (
    head !== undefined &&
    QUALIFICATION_HEADS.has(head) &&
    isNoun(lead) &&
    phrase.slice(0, -1).every((word) => isNoun(word) && !wordNet.isAdjective(word))
  )
    return false
  const next = words[1]
  if (phrase.length === 1 && next !== undefined && wordNet.isAdjective(lead)) {
    const noun = wordNet.lemmas(next).find((lemma) => wordNet.isNoun(lemma)) ?? next
    if (wordNet.namesArtifact(noun)) return false
  }
  return true
}
