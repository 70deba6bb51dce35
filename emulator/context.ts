import type { TokenStore } from "./auth";
import type { FaultRegistry } from "./faults";
import type { RequestLog } from "./request-log";
import type { Spec } from "./spec";
import type { Store } from "./store";

/** Values the emulated environment substitutes into email template redirect URLs. */
export interface EnvironmentSettings {
  /** Replaces `{{APP_ID}}`. */
  readonly appId: string;
  /** Replaces `{{APP_URL}}`. */
  readonly appUrl: string;
}

/** The services every route module and hook receives: one emulated environment. */
export interface EmulatorContext {
  readonly spec: Spec;
  readonly store: Store;
  readonly tokens: TokenStore;
  readonly faults: FaultRegistry;
  readonly log: RequestLog;
  readonly settings: EnvironmentSettings;
}
