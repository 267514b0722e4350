/** Version of the curated skills data and matcher; bump whenever data or matching rules change. */
export const TAXONOMY_VERSION = 'taxonomy-2026.12.3'
