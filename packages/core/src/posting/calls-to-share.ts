import { normalizeText } from './normalize-text'

// An imperative of passing a post on, liking it or tagging someone in it ("Share this!", "Tag a friend", "Comparte",
// "Compartilhe", "Marque um amigo", "Etiqueta a", "Repost"), opening a sentence.
const SHARE_VERB =
  /^(?:like|share|repost|retweet|reblog|forward|tag|mention|pass (?:this|it) on|spread the word|compart(?:e|a|an|ilhe|ilha|am|ilhem)|partilh(?:e|a)|repass(?:e|a)|reenvi(?:a|e)|divulgu?(?:e|a)|difund(?:e|a)|marque|marca|etiquet(?:a|e)|mencion(?:a|e)|curta|dale like|deja tu like|deixe (?:seu|o seu) like)\b/u
// What the call passes the post to or for: a person the reader knows, the reader's network, the post itself, or a
// purpose of reaching others ("so it reaches", "para que le llegue", "pra chegar").
const SHARE_TARGET =
  /\b(?:friends?|someone|somebody|anyone|colleagues?|network|this|post|amig[oa]s?|alguem|alguien|colegas?|conhecid[oa]s?|conocid[oa]s?|rede|red|contatos|contactos|esta vaga|esta oferta|este post|esta publicacion|so (?:that|it)|para que|pra que|para chegar|pra chegar|para llegar|(?:and|&|e|y) (?:share|like|tag|follow|compart\p{L}*|marque|marca|curta|sigue|siga))\b/u

/**
 * "Like & share! Tag a welder you know 👇", "¡Comparte con tus colegas!", "Compartilhe pra chegar em mais gente":
 * the reader asked to pass the post on, which asks nothing of a candidate. Told by an imperative of sharing or tagging
 * that takes a person, the post or a purpose of reaching others; "Share knowledge with the team" takes none of these.
 */
export function callsToShare(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  if (!SHARE_VERB.test(folded)) return false
  const words = folded.split(' ').filter((word) => /\p{L}/u.test(word)).length
  return words <= 14 && SHARE_TARGET.test(folded)
}
