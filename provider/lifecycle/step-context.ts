/** What each step of one kind's lifecycle (./lifecycle) works with. */
import type { Session } from "./session";
import type { Props, ResourceDefinition } from "./types";

/** The kind a lifecycle runs, and where its steps get the operation's session. */
export interface StepContext<Inputs extends Props> {
  readonly definition: ResourceDefinition<Inputs>;
  /** The operation's session, asked for at each call and never captured, so no client or credential reaches state. */
  readonly session: () => Session;
}
