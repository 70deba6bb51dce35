import "./server-dependencies-guard";
export { startEmulator } from "./emulator";
export type { EmulatorOptions, RunningEmulator } from "./emulator";
export { Store } from "./store";
export { StateFileError } from "./persistence";
export { ERRORS, type ErrorBody, type ErrorDefinition, type ErrorName } from "./errors";
export type { FaultSpec } from "./faults";
export type { LoggedRequest, RequestLogSummary } from "./request-log";
export type * from "./state";
