import { findSkills, loadTaxonomy, type Taxonomy } from '@shortlist/core'
import type { SkillFinder } from './tokenize-text'

let taxonomy: Taxonomy | null = null

/** The curated taxonomy, loaded once per process. */
export function defaultTaxonomy(): Taxonomy {
  taxonomy ??= loadTaxonomy()
  return taxonomy
}

/** A skill finder over the curated taxonomy, so "k8s" and "Kubernetes" collapse into one skill id. */
export function loadDefaultSkillFinder(): SkillFinder {
  const loaded = defaultTaxonomy()
  return (text) => findSkills(text, loaded)
}
