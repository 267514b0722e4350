export { classifyJobError } from './classify-job-error'
export type { DrainOutcome, RunningWorkers, StartWorkersOptions, WorkerLogger } from './start-workers'
export { startWorkers } from './start-workers'
