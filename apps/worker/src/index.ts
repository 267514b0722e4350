export type { RunningWorkers, StartWorkersOptions, WorkerLogger } from './start-workers'
export { startWorkers } from './start-workers'
