// Abbreviations a full stop ends without ending the sentence: Latin shorthands, company forms and the titles that
// precede a person's name in EN, PT and ES ("founded by Dr. Lee", "fundado por el Lic. Pérez", "com a Profa. Lima").
const ABBREVIATION =
  /\b(?:e\.g|i\.e|etc|vs|ex|p\.\s?ex|Inc|Ltd|St|Sr|Sra|Srta|Jr|Dr|Dra|Mr|Mrs|Ms|Prof|Profa|Lic|Ing|Arq|Eng)\.$/i

/** True when the text before a sentence stop ends with an abbreviation, so the stop does not end a sentence. */
export function endsWithAbbreviation(before: string): boolean {
  return ABBREVIATION.test(before)
}
