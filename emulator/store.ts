import { newEnvironment } from "./builtins";
import { loadStateFile, writeStateFileAtomically } from "./persistence";
import type { EmulatorState } from "./state";

/** Options for {@link Store}. */
export interface StoreOptions {
  /** File to load at start and persist to after every mutating request; in memory only when absent. */
  readonly statePath?: string;
}

/**
 * The in-memory environment. Route handlers read and change `state` directly (it is plain data); the server
 * calls {@link Store.persist} after each mutating request, so handlers never think about files.
 */
export class Store {
  /** The live environment. Replaced wholesale by {@link Store.reset}. */
  state: EmulatorState;
  private readonly statePath: string | undefined;

  /** Loads `statePath` when it exists (throws StateFileError when it is corrupt), else a new environment. */
  constructor(options: StoreOptions = {}) {
    this.statePath = options.statePath;
    this.state = (this.statePath && loadStateFile(this.statePath)) || newEnvironment();
  }

  /** Back to a brand-new environment (built-ins only), persisted at once. */
  reset(): void {
    this.state = newEnvironment();
    this.persist();
  }

  /** Writes the state file atomically; a no-op without `statePath`. */
  persist(): void {
    if (this.statePath) writeStateFileAtomically(this.statePath, this.state);
  }

  /** A deep copy of the state, safe to hand out. */
  snapshot(): EmulatorState {
    return structuredClone(this.state);
  }
}
