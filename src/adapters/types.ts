// The adapters' contract lives in the core, which tries them before its own detection.
export type { FailureExtractor } from '../core/extract';
