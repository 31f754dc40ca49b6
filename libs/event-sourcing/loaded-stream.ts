/** A stream folded up to a version: what the pipeline decides on and the state cache keeps. */
export interface LoadedStream<State> {
  readonly state: State;
  readonly version: number;
  readonly position: number;
}
