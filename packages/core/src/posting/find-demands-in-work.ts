import type { RequirementKind } from '../types'
import { foldInPlace, readInlineKind } from './posting-cues'
import { findNeedComplement } from './split-work-then-need'
import { statesOnlyNiceCue } from './states-only-nice-cue'

export type WorkDemand = { start: number; end: number; kind: RequirementKind }

// Where a duty's sentence hands over to a clause of its own: a semicolon or a dash closes a stretch of it (a segment),
// a comma only a clause inside the stretch.
const SEGMENT_JOINT = /\s*;\s*|\s+[-–—]\s+/gu
const CLAUSE_JOINT = /,\s+/gu

// The words that join a clause to the work before it and name nothing asked: conjunctions, relatives that take up the
// work ("which", "o que", "lo que"), and words of consequence. Closed classes, in the three languages.
const CONNECTIVES =
  /^(?:(?:and|so|then|thus|which|where|whereby|but|e|entao|o que|que|onde|mas|porem|pois|por isso|portanto|y|asi que|lo que|lo cual|donde|pero|por eso|por lo que|por lo tanto)\s+)*/u

// The subject a verb of demanding may take inside a duty: none (the relative stood before it), the work taken up by a
// pronoun ("this", "isso", "esto"), the reader ("you"), or a noun the relative names ("a role that", "papel que",
// "tarea que"). Any other subject ("the client needs a quote", "when a machine needs repair") is the work's business,
// not the reader's.
const DEMAND_SUBJECT =
  '(?:(?:this|that|it|you|isso|isto|esse|essa|este|esta|voce|eso|esto|ello|tu)\\s+(?:also\\s+|tambem\\s+|tambien\\s+)?|(?:(?:an?|the|um|uma|o|a|un|una|el|la)\\s+)?\\p{L}+\\s+(?:which|that|que)\\s+(?:also\\s+|tambem\\s+|tambien\\s+)?)?'
// A verb of demanding, in the present or the future, with its link to what it demands: "requires", "calls for",
// "will demand", "pede", "exige", "precisa de", "vai exigir", "requiere", "necesita", "exigirá". A closed class.
const DEMAND_VERB =
  '(?:requires?|will require|demands?|will demand|calls? for|will call for|needs?|will need|asks? for|exige|exigem|exigira|vai exigir|pede|pedem|pedira|vai pedir|requer|requerem|requerera|vai requerer|precisa(?:m|ra)? de|vai precisar de|demanda|demandam|demandara|vai demandar|pide|piden|pedira|requiere|requieren|requerira|necesita|necesitan|necesitara|va a exigir|va a requerir|va a necesitar)'
const DEMANDS = new RegExp(`^${DEMAND_SUBJECT}${DEMAND_VERB}\\s+`, 'u')
// A passive or an infinitive after the verb ("needs to be counted", "precisa ser revisado", "necesita ser aprobado"):
// the work's own need, not a thing asked of the person.
const NOT_ASKED = /^(?:to\b|be\b|ser\b|estar\b|que\b)/u
// Having stated as the reader's circumstance beside the work: "having used Jira", "tendo vivência com Lean",
// "teniendo experiencia en SAP". What is had is asked.
const HAVING = /^(?:having|tendo|possuindo|teniendo|contando con|contando com)\s+/u
// The work itself said to be needed, by a pronoun that takes it up: "so this is essential", "então esse é
// indispensável", "por eso es imprescindible". The necessity must close the clause: "which is essential to our
// growth" speaks of the work's worth, not of the person.
const WORK_NEEDED =
  /^(?:(?:this|that|it|which|isso|isto|esse|essa|este|esta|eso|esto|ello)\s+)?(?:is|e|es|sera|will be)\s+(?:(?:absolutely|really|truly|totally|simply|realmente|totalmente|simplemente|mesmo)\s+)?(?:essential|indispensable|a must|mandatory|required|indispensavel|imprescindivel|obrigatorio|essencial|fundamental|imprescindible|obligatorio|esencial)\s*(?:here|aqui|aca)?\s*[.!]?\s*$/u

// A preposition of the means or the place the work is done in: "in", "on", "with", "using", "no", "na", "com", "en",
// "con". What follows the last one names the tool.
const MEANS = /\b(?:in|on|with|using|via|through|em|no|na|nos|nas|com|usando|en|con|mediante)\s+/gu

/** The offset past the connectives that open a folded clause. */
function skipConnectives(folded: string): number {
  return CONNECTIVES.exec(folded)?.[0].length ?? 0
}

/** The stretches of a duty between semicolons and dashes, each with the clauses its commas part. */
function readSegments(duty: string): Array<{ start: number; end: number; clauses: number[] }> {
  const segments: Array<{ start: number; end: number; clauses: number[] }> = []
  let from = 0
  const close = (end: number, next: number) => {
    const clauses = [from]
    for (const joint of duty.slice(from, end).matchAll(CLAUSE_JOINT))
      clauses.push(from + joint.index + joint[0].length)
    segments.push({ start: from, end, clauses })
    from = next
  }
  for (const joint of duty.matchAll(SEGMENT_JOINT)) close(joint.index, joint.index + joint[0].length)
  close(duty.length, duty.length)
  return segments
}

/** The span without the spaces and closing stop around it. */
function trim(duty: string, start: number, end: number): { start: number; end: number } {
  let to = end
  while (to > start && /[\s.;,!]/u.test(duty[to - 1] ?? '')) to -= 1
  let from = start
  while (from < to && /\s/u.test(duty[from] ?? '')) from += 1
  return { start: from, end: to }
}

/**
 * What a line of the job's work demands of the person who does it, said in a clause beside the work: "Run MRP every
 * Monday, which calls for a sound grasp of lead times", "Conduzir a reunião diária, papel que exige três anos de PCP",
 * "Atender proveedores, lo que requiere inglés fluido", "…, tendo vivência com Lean", "…; quem lê desenho técnico ganha
 * tempo aqui" (a clause that says it only helps is asked as a nice-to-have), "…no SAP - então esse é indispensável"
 * (the work taken up by a pronoun and said to be needed asks for the work's own words). The work itself stays a duty;
 * a duty that only names a tool ("Update the tracker in Jira") demands nothing. Offsets are the duty's own.
 */
export function findDemandsInWork(duty: string): WorkDemand[] {
  const folded = foldInPlace(duty)
  const demands: WorkDemand[] = []
  const segments = readSegments(duty)
  const work = segments[0]
  if (!work) return demands
  for (const [index, segment] of segments.entries()) {
    // The work opens the duty: its first clause is never a demand of its own.
    for (const clause of index === 0 ? segment.clauses.slice(1) : segment.clauses) {
      const opening = clause + skipConnectives(folded.slice(clause, segment.end))
      const said = folded.slice(opening, segment.end)
      const rest = duty.slice(opening, segment.end)
      const restKind = readInlineKind(rest)
      const demanded = DEMANDS.exec(said)
      const having = HAVING.exec(said)
      const need = demanded || having ? null : findNeedComplement(rest)
      const complement = demanded?.[0].length ?? having?.[0].length ?? need
      if (complement !== null && complement !== undefined && !NOT_ASKED.test(said.slice(complement))) {
        const span = trim(duty, opening + complement, segment.end)
        if (span.end > span.start)
          demands.push({ ...span, kind: restKind === 'nice_to_have' ? 'nice_to_have' : 'required' })
        break
      }
      const clauseEnd = segment.clauses.find((next) => next > clause) ?? segment.end
      if (WORK_NEEDED.test(folded.slice(opening, clauseEnd).replace(/[\s,]+$/u, ''))) {
        // The work's own words name what is needed: the means it is done with, after the last preposition of means
        // ("…diretamente no |SAP, módulo PP", "Book freight in |SAP TM"), or the work whole when it names none.
        const means = [...folded.slice(work.start, work.clauses[1] ?? work.end).matchAll(MEANS)].pop()
        const from = means ? work.start + means.index + means[0].length : work.start
        // The clause that calls it needed is no part of it ("…en Odoo, eso es imprescindible").
        demands.push({ ...trim(duty, from, index === 0 ? clause : work.end), kind: 'required' })
        break
      }
      // A clause that says what follows it only helps ("um espanhol intermediário entra como bônus", "quem lê desenho
      // técnico ganha tempo aqui"): what it names is a nice-to-have. A bare cue names nothing, and a clause a bare
      // "and" joins to the work goes on telling the work ("…, and look after them from first chat to welcome home").
      const joined = folded.slice(clause, opening).trim()
      if (restKind === 'nice_to_have' && !statesOnlyNiceCue(rest) && !/^(?:and|e|y)$/u.test(joined)) {
        demands.push({ ...trim(duty, opening, segment.end), kind: 'nice_to_have' })
        break
      }
    }
  }
  return demands
}
