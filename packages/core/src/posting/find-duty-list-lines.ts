import { loadWordNet } from '../scoring/load-wordnet'
import { isBulletLine, type PageLine } from './find-page-furniture'
import { normalizeText } from './normalize-text'

// A job description's list of duties is written in the third person of the present ("Performs…", "Participates in…",
// "Realiza…", "Elabora…", "Atiende…"), with the role as its unstated subject, and often closes on "other duties as
// assigned". Such a list tells the job's work wherever it stands, even under no heading or a heading the reader
// cannot place; its lines ask nothing of the candidate. A lone line of that shape in a list of asks is left alone:
// the list is read by the shape of most of its items, not by one verb.

/** Verbs in the third person that describe the candidate, not the work: "Has…", "Holds…", "Speaks…", "Tiene…". */
const DESCRIBES_PERSON = new Set(
  (
    'has holds knows speaks is brings enjoys thrives loves likes wants possesses understands demonstrates shows ' +
    'needs requires takes exhibits displays embraces values meets lives resides ' +
    'tem tenha possui conhece sabe fala domina e esta vive mora reside gosta ' +
    'tiene posee conoce habla maneja es esta cuenta vive reside gusta disfruta'
  ).split(' '),
)
/** Endings of PT and ES nouns and adjectives that a verb in the third person (-a / -e) is not spelt with. */
const NOUN_ENDING =
  /(?:ncia|dade|ade|ude|ia|ura|eza|ira|era|ista|ente|ante|agem|ble|vel|ea|ua|ena|ana|iva|osa|ada)$/u
/** What follows a PT or ES verb that takes an object: an article, a determiner or a preposition. */
const AFTER_VERB =
  /^(?:o|a|os|as|um|uma|el|la|los|las|un|una|de|del|do|da|dos|das|en|em|no|na|con|com|al|ao|y|e|todo|toda|todos|todas|su|sus|seu|sua)$/u
/** "Other duties as assigned", "Outras atividades correlatas", "Otras funciones afines": the catch-all duty. */
const OTHER_DUTIES =
  /^(?:other|any other|outras|demais|otras|toda otra|cualquier otra)\s+(?:(?:related|relevant|pertinentes|correlatas|afines|relacionadas)\s+)?(?:duties|tasks|responsibilities|funcoes|atividades|tarefas|atribuicoes|funciones|tareas|actividades)\b/u

function content(line: string): string {
  return line.replace(
    /^\s*(?:[-•●▪◦‣*+·>]|\d{1,2}[.)]|[\p{Extended_Pictographic}\p{Emoji_Presentation}][\uFE0F\u200D]*)\s*/u,
    '',
  )
}

/** True when a list item opens with a verb in the third person of the present that tells a duty, in EN, PT or ES. */
export function readsAsDutyItem(item: string): boolean {
  const folded = normalizeText(content(item).trim())
  if (OTHER_DUTIES.test(folded)) return true
  const words = folded.match(/\p{L}+/gu) ?? []
  const [first, second] = words
  if (first === undefined || second === undefined || DESCRIBES_PERSON.has(first)) return false
  // EN: "performs" is the third person of "perform" when WordNet holds that verb.
  const english = /^(\p{L}{3,}?)(?:es|s)$/u.exec(first)
  if (english && !/(?:ss|us|is)$/u.test(first)) {
    const wordNet = loadWordNet()
    const bases = [first.slice(0, -1), first.slice(0, -2), first.replace(/ies$/u, 'y')]
    if (bases.some((base) => wordNet.lemmas(base).some((lemma) => lemma === base && wordNet.isVerb(lemma))))
      return true
  }
  // PT and ES: "realiza", "participa", "atiende", "executa", before an article or a preposition.
  return /^\p{L}{4,}[ae]$/u.test(first) && !NOUN_ENDING.test(first) && AFTER_VERB.test(second)
}

/**
 * The indices of the lines that belong to a list of duties: a run of at least three items of one mark, most of which
 * read as duties (see readsAsDutyItem). Only the items that read so are returned. `asked` is for lists under a heading of
 * asks: there a list counts as duties only when three in four of its items read so, since an ask may be told as a
 * verb too ("Performs venipuncture independently").
 */
export function findDutyListLines(lines: readonly PageLine[], asked: boolean): Set<number> {
  const found = new Set<number>()
  let index = 0
  while (index < lines.length) {
    const line = lines[index] as PageLine
    if (!isBulletLine(line.text)) {
      index += 1
      continue
    }
    const mark = /^\s*(\S)/u.exec(line.text)?.[1]
    let end = index
    while (
      end < lines.length &&
      isBulletLine((lines[end] as PageLine).text) &&
      /^\s*(\S)/u.exec((lines[end] as PageLine).text)?.[1] === mark
    )
      end += 1
    const run = lines.slice(index, end)
    const duties = run.flatMap((item, offset) => (readsAsDutyItem(item.text) ? [index + offset] : []))
    const most = asked ? duties.length * 4 >= run.length * 3 : duties.length * 2 > run.length
    if (run.length >= 3 && most) for (const duty of duties) found.add(duty)
    index = end
  }
  return found
}
