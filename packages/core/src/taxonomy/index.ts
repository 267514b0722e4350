export { AMBIGUITY_RULES, type AmbiguityRule, TECHNICAL_CATEGORIES } from './ambiguity-rules'
export { buildSkillMatcher, type SkillMatcher } from './build-skill-matcher'
export {
  CUSTOM_SKILL_CATEGORY,
  type CustomSkill,
  customSkillId,
  toCustomSkill,
  ZCustomSkill,
} from './custom-skill'
export { findNamedSkillCategories, findSkills } from './find-skills'
export { parseCsv, parseEscoSkills } from './import-esco'
export {
  familyForOccupationCode,
  ISCO_FAMILIES,
  type OccupationImport,
  parseEscoOccupations,
  parseOnetAlternateTitles,
  reconcileOccupations,
  SOC_FAMILIES,
} from './import-occupations'
export { IMPORTED_CATEGORY, parseOnetTechnologySkills } from './import-onet'
export {
  buildTaxonomy,
  extendTaxonomy,
  IMPORTED_FILE_NAME,
  type LoadTaxonomyOptions,
  loadTaxonomy,
  readTaxonomyFiles,
  type Taxonomy,
} from './load-taxonomy'
export { type ImportResult, mergeImportedSkills } from './merge-imported-skills'
export { mergeSkills } from './merge-skills'
export { getSkill, lookupSkillId, narrowerSkillIds, relatedSkillIds } from './query-taxonomy'
export { slugify } from './slugify'
export { type SkillRecord, type TaxonomyFile, ZTaxonomyFile } from './taxonomy-data.schema'
export { TAXONOMY_VERSION } from './taxonomy-version'
export { toTaxonomyFile } from './to-taxonomy-file'
export { aliasKey, foldText, type Token, tokenizeText } from './tokenize-text'
