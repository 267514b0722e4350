// Qualities named as command of oneself, in Spanish and Portuguese: "autocontrol", "autocontrole", "autodisciplina",
// "automotivación", "autoconfianza", "autoconfiança", "autogestión", "autocrítica", "autonomía". WordNet holds the
// English ones ("self-control"); the Romance compounds carry the same meaning in a prefix no suffix rule catches. The
// roots are what the self commands, so "automatización" or "automotriz" are not read as qualities.
const SELF_QUALITY =
  /^auto(?:control|controle|disciplina|motivac|motivad|confian|confianc|gestion|gestao|critic|estima|nomi|nomo|nom[ao])\p{L}*$/u

/** True when a folded Spanish or Portuguese word names a quality of command of oneself ("autocontrol"). */
export function namesSelfQuality(word: string): boolean {
  return SELF_QUALITY.test(word)
}
