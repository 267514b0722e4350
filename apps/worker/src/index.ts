export { startWorkers } from './start-workers'
export type { RunningWorkers, StartWorkersOptions, WorkerLogger } from './start-workers'
