import { bulletPattern } from './split-lines'

/** A list's label and its colon ("Tools: ", "Operating Systems："). */
export const labelPrefix = /^[^:：]{1,30}[:：]\s*/u

const listPrefix =
  /^\s*(?:skills|technical skills|tech stack|stack|technologies|tools|languages|frameworks|habilidades|tecnologias|ferramentas|competencias|herramientas)\s*[:：]/iu

/** True for a line that enumerates items ("Python, Go, SQL") rather than describing work in sentences. */
export function isListLine(line: string): boolean {
  if (listPrefix.test(line)) return true
  const body = line
    .replace(bulletPattern, '')
    .replace(/^[^:：]{1,30}[:：|]\s*/u, '')
    .trim()
  if (/[.!?]$/.test(body)) return false
  const items = body.split(/\s*[,;|•·]\s*/).filter(Boolean)
  if (items.length < 3) return false
  const short = items.filter((item) => item.split(/\s+/).length <= 4)
  return short.length >= items.length * 0.75
}

/**
 * True when a line of a skills section enumerates items: at least three, nearly all of them short. Unlike
 * `isListLine` a closing full stop is allowed, since lists in skills sections often end with one.
 */
export function enumeratesItems(body: string): boolean {
  // Two sentences in a row are prose, however many commas they hold.
  if (/\p{Ll}[.!?]\s+\p{Lu}/u.test(body)) return false
  if (isListLine(body)) return true
  // "WAAS (Wan Optimization)" is one item with an aside; the aside's words do not make it a sentence.
  const items = body
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/[.]\s*$/, '')
    .split(/\s*[,;|•●▪]\s*/u)
    .filter(Boolean)
  if (items.length < 3) return false
  return items.filter((item) => item.split(/\s+/).length <= 4).length >= items.length * 0.75
}

/**
 * A table row's label whose colon was lost when the table became text ("Operating Systems Windows, Unix",
 * "Programming Languages Python, Java"): the words resumes head their skill lists with.
 */
const listLabels = String.raw`(?:programming|scripting|web|markup|query)\s+languages?|languages|(?:operating|os)\s+systems?|databases?|(?:rdbms|dbms)|(?:web\s+|key\s+)?technolog(?:y|ies)|(?:testing\s+|test\s+management\s+|build\s+|ci\s+|devops\s+|bi\s+|reporting\s+|project\s+management\s+|configuration\s+management\s+|version\s+control\s+|configuration\s+|release\s+|monitoring\s+|automation\s+|other\s+)?tools(?:\s+and\s+utilities)?|frameworks?|methodolog(?:y|ies)|middleware|platforms?|domains?|ide'?s?|packages|application\s+servers?|web\s+servers?|version\s+control|configuration\s+management`

const labelledRow = new RegExp(`^\\s*(?:${listLabels})\\b\\s*[-–—:]?\\s+(?=\\S)`, 'iu')

/** A list label before a list: only stripped when a comma shows a list follows ("Platform Engineering" is a skill). */
export const listLabelPattern = new RegExp(`^\\s*(?:${listLabels})\\b\\s*[-–—:]?\\s+(?=[^,]+,)`, 'iu')

const wholeListLabel = new RegExp(`^(?:${listLabels})\\s*[:：]?$`, 'iu')

/** True when a line is a table row of a skills list: a list label, then what it lists. */
export function isLabelledRow(line: string): boolean {
  return labelledRow.test(line.replace(bulletPattern, ''))
}

/** True when a line is only a list label ("Build Tools", "Operating Systems"), its items on the next lines. */
export function isListLabel(line: string): boolean {
  return wholeListLabel.test(line.replace(bulletPattern, '').trim())
}
