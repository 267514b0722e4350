// Moved to the engine so workers tell outages apart from failures too; re-exported for the API's error handler.
export { classifyOutage, type Outage } from '@shortlist/engine'
