// The pure function lives in core so the evaluation embeds requirements exactly as the product does.
export { describeRequirement } from '@shortlist/core'
