/** Neutralises anything in untrusted text that looks like one of our data-block tags, so it cannot close a block early. */
export function escapeDataBlock(text: string): string {
  return text.replace(/<(\/?)(\s*[a-z_]*_data\b)/gi, '‹$1$2').replace(/<!--/g, '‹!--')
}
