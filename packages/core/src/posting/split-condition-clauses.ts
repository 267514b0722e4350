import { normalizeText } from './normalize-text'

// What a condition of the job is about. One sentence often states several ("Able to stand for long periods and lift
// 25 lb", "Horário das 14h às 22h; é preciso residir em Londrina"): each is confirmed with the candidate on its own,
// so each is read apart. A condition's subject is told by the first word of a small closed class of the language's
// own vocabulary for it (days and clock times, living and commuting, permits, licences to drive, loads, postures,
// heights, weather, the body's measures, the home workplace, checks), in EN, PT and ES. Folded text.
const CONDITION_SUBJECTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'time',
    /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|evenings?|nights?|overnights?|holidays|shifts?|rota|on[- ]call|overtime|business hours|time ?zones?|hours (?:a|per) week|segundas?|tercas?|quartas?|quintas?|sextas?|sabados?|domingos?|feriados|fins? de semana|noites?|noturn[oa]s?|madrugadas?|turnos?|escalas?|plant(?:ao|oes)|jornada|horarios?|carga horaria|horas? (?:extras?|semanais)|sobreaviso|lunes|martes|miercoles|jueves|viernes|noches?|festivos|fines? de semana|guardias?|tiempo extra|horas semanales|horario (?:comercial|laboral)|utc ?[+-]|cet|cst|est|pst|gmt)\b|\b\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?|h)(?![\p{L}])/u,
  ],
  [
    'place',
    /\b(?:on[- ]?site|in[- ]office|in the office|hybrid|remote(?:-first|ly)?|relocat\w*|commut\w*|live (?:in|within|near|close)|based in|reside\w*|residir|residencia|residente|morar|more (?:em|na|no)|mora (?:em|na|no)|vivir|viva (?:en|cerca)|presencial(?:mente)?|hibrid[oa]|remot[oa]|escritorio|oficina|office)\b/u,
  ],
  [
    'permit',
    /\b(?:right to work|work(?:ing)? authori[sz]ation|authori[sz]ed to work|(?:permission|eligib\w*|entitled|permitted) to work|work permit|visas?|citizenship|passports?|permiso de (?:trabajo|residencia)|pasaportes?|passaportes?|autorizacao de trabalho|visto de trabalho|cidadania|ciudadania|nacionalidad|nacionalidade)\b/u,
  ],
  [
    'licence',
    // A licence named by its driving class ("a valid G licence", "B+E", "licencia B1"); a lone "a" is an article.
    /\b(?:driver'?s licen[cs]e|driving (?:licen[cs]e|record)|dmv record|cnh|carteira de (?:motorista|habilitacao)|licencia de (?:conducir|conduccion|manejo)|carne de (?:conducir|conduccion)|carnet de conducir)\b|(?<![\p{L}\p{N}])(?:[b-e]|[a-e][1-9]|a[b-e]|[gm][12]?|(?:class|category) [\p{L}\d]{1,2}) (?:driv\w+ )?licen[cs]e\b|\b(?:licencia|licenca|carnet|carne|permiso) (?:(?:de conducir|de manejo|tipo|clase|categoria) )?(?:[b-e]|[a-e][1-9]|a[b-e]|[a-e]1?\+e)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[a-e]1?\+e(?![\p{L}\p{N}])/u,
  ],
  [
    'vehicle',
    /\b(?:(?:own|personal|reliable|your) (?:\w+ )?(?:vehicle|car|transport(?:ation)?|truck)|(?:veiculo|carro|moto|automovel|vehiculo|auto|coche) (?:propri[oa]|propi[oa])|(?:conducao|transporte|movilidad) propi?r?i?[oa])\b/u,
  ],
  [
    'load',
    /\b(?:lift(?:ing)?|carry(?:ing)?|push(?:ing)?|levantar|carregar|cargar|manual handling|heavy (?:lifting|loads))\b[^.;]{0,30}?\b(?:\d+(?:[.,]\d+)? ?(?:lbs?|pounds|kgs?|kilos?|quilos)|heavy|safely)\b|\bmanual handling\b/u,
  ],
  [
    'posture',
    /\b(?:stand(?:ing)?(?! out)|on (?:your|their) feet|sit(?:ting)?|walk(?:ing)?|bend(?:ing)?|stoop(?:ing)?|kneel(?:ing)?|em pe|de pie|caminhar|caminar)\b/u,
  ],
  [
    'heights',
    /\b(?:heights?|ladders?|scaffold\w*|roofs?|rooftops?|altura|alturas|andaimes?|andamios?|telhados?|tejados?|escadas|escaleras)\b/u,
  ],
  [
    'climate',
    /\b(?:temperatures?|outdoors|weather|freezers?|heat|cold|-?\d+ ?°\s?[fc]|intemperies?|ao ar livre|al aire libre|calor|frio|camaras? frias?)\b|-?\d+ ?°/u,
  ],
  [
    'measure',
    /\b(?:estatura|height of|minimum height|altura minima|arm reach|alcance (?:de|do) braco|alcance de brazo)\b/u,
  ],
  [
    'workspace',
    /\b(?:quiet|private|dedicated) (?:\w+ )?(?:space|workspace|room|office)|\bheadset|\bfone de ouvido|\bauriculares/u,
  ],
  [
    'connection',
    /\b(?:(?:stable|reliable|wired|fast|high-speed|good|home) (?:internet|broadband|wi-?fi|connection)|(?:internet|broadband|wi-?fi) (?:connection|access|speed)|\d+ ?mbps|(?:conexao|conexion) (?:estavel|estable|de internet|a internet)|internet (?:estavel|estable|de alta velocidad|banda larga|cabeada|cableada))\b/u,
  ],
  [
    'check',
    /\b(?:background|credit|criminal|drug|dbs) (?:checks?|screens?|screening|record)|\bantecedentes\b|\bexame toxicologico\b/u,
  ],
  ['smoking', /\b(?:non-?smok\w*|smok\w*|fumante|fumador[a]?|fume|fumar)\b/u],
  [
    'travel',
    /\b(?:travel\w*|viajar|viagens?|viajes?|deslocamentos?|desplazamientos?|deploy(?:ed|ment)? to|overnight stays?|stay(?:ing)? overnight|pernoit\w*|pernoct\w*)\b/u,
  ],
]

/** What a condition is about, told by its first word of one of the classes above, or null when it names none. */
export function readConditionSubject(folded: string): string | null {
  // What a bracket adds ("(e.g. sponsorship campaigns)") illustrates the clause; it does not set its subject.
  const said = folded.replace(/\([^()]*\)?/gu, ' ')
  let first: { subject: string; at: number } | null = null
  for (const [subject, pattern] of CONDITION_SUBJECTS) {
    const at = said.search(pattern)
    if (at >= 0 && (first === null || at < first.at)) first = { subject, at }
  }
  return first?.subject ?? null
}

// Where one clause of a sentence may end and another begin: a semicolon, a conjunction (after a comma or not), a
// reason ("…, so you must…", "…, porque…"), or availability added with a preposition ("…, com disponibilidade para…").
const CLAUSE_JOINT =
  /\s*;\s*|,?\s+(?:and|e|y|&)\s+|,\s+(?:but|mas|pero)\s+|,\s+(?:so|because|as(?! well as)|porque|pois|ya que)\s+|,\s+(?=(?:with|com|con)\s+(?:availability|disponibilidade|disponibilidad)\b)/gu

// A clause that asks again in its own words: a frame of availability, ability or need near its start ("and bank staff
// are asked to be available…", "e é preciso ter disponibilidade…"), or a second infinitive under the first frame
// ("Able to X and to Y", "Disponibilidade para X e realizar Y"), or the frame's preposition said again ("Disponibilidade
// para plantões e para feriados").
const ASKS_AGAIN =
  /^(?:[\p{L}']+\s+){0,4}?(?:availab\w*|disponib\w*|willing\w*|able|abilit\w*|must|need|needs|required|requires|asked|e preciso|e necessario|se requiere|es necesario|precisa|necesita)\b|^to\s+\p{L}+|^(?:com|con|with)\s|^(?:para|for)\s+(?:(?:o|a|os|as|el|la|los|las|the)\s+)?\p{L}/u
const INFINITIVE = /^\p{L}{3,}(?:ar|er|ir)\s/u
// A measure of its own ("alcance de brazo de 2,10 m"): two measured conditions are two asks.
const MEASURED = /\d+(?:[.,]\d+)?\s?(?:m|cm|kg|kgs|lbs?|pounds|kilos?|quilos|°)(?![\p{L}])/u
const ALTERNATIVE = /\s(?:or|ou|o|u)\s/u
const CONTINUES = /^(?:on|in|at|of|to|for|em|no|na|en|de|a|al|para|por)\s/u
const CONTRAST = /^,\s+(?:but|mas|pero)\s+$/u
const REASON = /^,\s+(?:because|as|porque|pois|ya que)\s+$/u
const CONSEQUENCE = /^,\s+so\s+$/u
// Things held or passed (a licence, a permit, a vehicle, a check): named after other asks, they are asks of their own.
const HELD: ReadonlySet<string> = new Set(['licence', 'permit', 'vehicle', 'check'])
// A clause ending on an infinitive its frame governs ("disponibilidad para viajar", "willing to travel"): a bare
// infinitive after "and" ("y pernoctar una noche") is a second verb under the same frame, not an ask of its own.
const ENDS_FRAMED_INFINITIVE = /\b(?:para|a|de)\s+\p{L}{2,}(?:ar|er|ir)$/u
// A reason that opens the sentence ("Como la viña está lejos y no hay transporte, se requiere…", "Since the site is
// remote, …"): it explains the condition after it and asks nothing itself. PT and ES "como" is a reason only before a
// finite verb ("como o galpão fica…"), not before a noun ("como diferencial").
const OPENS_REASON =
  /^(?:because|since|given that|porque|pois|ya que|dado que|puesto que|visto que|ja que|uma vez que|como\s+(?:\p{L}+\s+){0,4}?(?:esta|estan|es|son|queda|quedan|hay|tiene|tienen|e|sao|fica|ficam|ha|tem|temos|tenemos|trabajamos|trabalhamos))\b/u

/**
 * Cuts a sentence that states conditions of the job into one span per condition: "You must be able to work outdoors
 * in all weather and lift up to 40 pounds" asks two things, "Shifts run Monday to Friday, 7 to 3, with overtime" one.
 * Clauses about the same subject stay together (a schedule's days and hours), unless the later one asks again in its
 * own words or measures something of its own; a clause that names no subject ("with warming breaks") goes with the
 * one before it. Returns the whole span when the sentence states fewer than two conditions.
 */
export function splitConditionClauses(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const whole = [{ start, end }]
  const sentence = text.slice(start, end)
  const pieces: Array<{ start: number; end: number; joint: string }> = []
  let at = 0
  let joint = ''
  for (const match of sentence.matchAll(CLAUSE_JOINT)) {
    const before = sentence.slice(0, match.index)
    // A joint inside brackets belongs to an aside ("(chairs, linens and décor)").
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue
    // A conjunction between two days or times ("Tuesdays and Thursdays", "noites e fins de semana") or between a word
    // and itself ("over and over") joins words, not clauses.
    const wordBefore = normalizeText(/[\p{L}\p{N}'-]+$/u.exec(before)?.[0] ?? '')
    const wordAfter = normalizeText(
      /^[\p{L}\p{N}'-]+/u.exec(sentence.slice(match.index + match[0].length))?.[0] ?? '',
    )
    const timeWord = CONDITION_SUBJECTS[0]?.[1] as RegExp
    if (wordBefore === wordAfter || (timeWord.test(wordBefore) && timeWord.test(wordAfter))) continue
    pieces.push({ start: at, end: match.index, joint })
    at = match.index + match[0].length
    joint = match[0]
  }
  if (pieces.length === 0) return whole
  pieces.push({ start: at, end: sentence.length, joint })
  type Group = { start: number; end: number; subject: string | null; folded: string }
  const groups: Group[] = []
  for (const piece of pieces) {
    const folded = normalizeText(sentence.slice(piece.start, piece.end)).trim()
    const subject = readConditionSubject(folded)
    const last = groups[groups.length - 1]
    const sharesFrame = last !== undefined && ENDS_FRAMED_INFINITIVE.test(last.folded)
    const opensAsk =
      ASKS_AGAIN.test(folded) ||
      (/^\s*(?:e|y)\s*$/u.test(normalizeText(piece.joint)) && INFINITIVE.test(folded) && !sharesFrame)
    // "a quiet space, a headset and a stable connection": "and" closes a list of short items, which ask one thing.
    const closesList =
      /^\s+(?:and|e|y|&)\s+$/u.test(piece.joint) &&
      last !== undefined &&
      /,\s/.test(last.folded) &&
      (last.folded.split(/,\s/).pop() ?? '').trim().split(/\s+/).length <= 4
    const starts =
      last === undefined ||
      (subject !== null &&
        !closesList &&
        // A word or a short prepositional phrase ("and weekends", "and on roofs") finishes the phrase before it.
        (folded.split(/\s+/).length > 2 ||
          (folded.split(/\s+/).length === 2 && !CONTINUES.test(folded) && last.subject !== null)) &&
        (last.subject === null
          ? // After a semicolon, a condition follows a clause that named none ("Não ter alergia a poeira; trabalho
            // em pé"): the semicolon ends that clause, so the condition is asked anew.
            (opensAsk || HELD.has(subject) || /;/u.test(piece.joint)) && last.folded.split(/\s+/).length >= 3
          : subject !== last.subject ||
            (opensAsk && last.folded.split(/\s+/).length >= 3) ||
            // "a credit check and a criminal record check": each check, named with its own article, is passed on its
            // own; a licence and the record that goes with it ("a licence and a clean driving record") are one.
            (subject === 'check' && /^(?:an?|um|uma|un|una)\s/u.test(folded)) ||
            // "Full driving licence; a B+E to tow the trailer": a semicolon parts two things held, each held apart.
            (HELD.has(subject) && /;/u.test(piece.joint)) ||
            // "Passport or permit, and a passport valid for travel": the comma closes the alternatives.
            (piece.joint.startsWith(',') && ALTERNATIVE.test(last.folded)) ||
            (MEASURED.test(folded) && MEASURED.test(last.folded) && /^\p{L}/u.test(folded))))
    // "Remote within the country, but you must keep Eastern hours": what is conceded only leads up to the condition
    // after "but", which is what the clause asks.
    // "Classes run on Tuesday nights, so you must keep those evenings free": what comes before "so" is the reason for
    // the condition after it, one ask told with its cause.
    if (last !== undefined && (CONTRAST.test(piece.joint) || CONSEQUENCE.test(piece.joint))) {
      last.end = piece.end
      last.folded = normalizeText(sentence.slice(last.start, last.end))
      last.subject = subject ?? last.subject
    } else if (starts) groups.push({ start: piece.start, end: piece.end, subject, folded })
    // The reason for a condition ("…, because the sites are far apart") explains it and asks nothing.
    else if (subject === null && REASON.test(piece.joint)) continue
    else {
      const group = last as Group
      group.end = piece.end
      group.folded = normalizeText(sentence.slice(group.start, group.end))
      group.subject ??= subject
    }
  }
  // The reason opening the sentence goes with the condition it explains.
  const [reason, explained] = groups
  if (reason && explained && OPENS_REASON.test(reason.folded)) {
    explained.start = reason.start
    groups.shift()
  }
  // A sentence that states no condition, or one clause only, is read whole.
  if (groups.length < 2 || groups.every((group) => group.subject === null)) return whole
  return groups.map((group) => ({ start: start + group.start, end: start + group.end }))
}

/**
 * Puts back together a condition offered as alternatives ("Live in the north end or have easy access to the
 * tram", "Morar em Osasco ou ter transporte até a fábrica"): either way the candidate meets one condition.
 */
export function keepConditionAlternatives(
  text: string,
  span: { start: number; end: number },
  parts: Array<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  if (parts.length < 2) return parts
  const joints = parts
    .slice(1)
    .map((part, index) => text.slice((parts[index] as { end: number }).end, part.start))
  const first = parts[0] as { start: number; end: number }
  return joints.every((joint) => /^[\s,]*(?:or|ou|o|u)\s*$/u.test(joint)) &&
    readConditionSubject(normalizeText(text.slice(first.start, first.end))) !== null
    ? [span]
    : parts
}
