// Verbs that open a predicate about the candidate with no subject of its own: having, holding, knowing, ability and
// being, in EN, PT and ES ("…, hold a licence", "…, tenha CNH", "…, sepa soldar").
const PREDICATE_VERB =
  '(?:can|hold|holds|have|has|is|be|know|knows|speak|speaks|possess|possesses|bring|brings|understand|understands|tem|tenha|possui|possua|sabe|saiba|seja|fala|fale|domina|domine|conhece|conhe[cç]a|tiene|tenga|posee|posea|sepa|sea|habla|hable|conoce|conozca|cuenta|cuente|maneja|maneje)'
const LISTED_JOINT = new RegExp(`,\\s+(?:(?:and|e|y)\\s+)?(?=${PREDICATE_VERB}\\s)`, 'giu')
const OPENS_PREDICATE = new RegExp(`^\\s*${PREDICATE_VERB}\\s`, 'iu')
const CLOSING_JOINT = new RegExp(`,\\s+(?:and|e|y)\\s+${PREDICATE_VERB}\\s`, 'iu')

/**
 * The commas of a series of predicates that one subject governs: "The right hire has two years on site, can read
 * plans, and is happy on a roof", "Deve ter CNH, saiba ler projetos, e seja pontual". The series shows itself by its
 * closing ", and" before a verb of the same kind; without it, a comma before "has" or "is" may open anything.
 */
export function findListedPredicates(line: string): RegExpExecArray[] {
  if (!CLOSING_JOINT.test(line)) return []
  const joints = [...line.matchAll(LISTED_JOINT)]
  // Two predicates joined by ", and" are left to the readers of a second predicate; a series has a bare comma too.
  return joints.some((joint) => !/\s(?:and|e|y)\s/iu.test(joint[0])) ? joints : []
}

/** True when a clause opens with one of the verbs a series of predicates is made of ("can read plans", "tenha CNH"). */
export function opensListedPredicate(clause: string): boolean {
  return OPENS_PREDICATE.test(clause)
}
