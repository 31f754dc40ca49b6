export interface Runner {
  readonly isLive: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What an engine can run (projections, reactors), by name, and the runners it started for them. */
export class RunnerSet<T extends { readonly name: string }, R extends Runner> {
  private readonly byName = new Map<string, T>();
  private readonly runners = new Map<string, R>();

  /** `kind` names the definitions in error messages. */
  constructor(
    private readonly kind: string,
    definitions: readonly T[],
    private readonly create: (definition: T) => R,
  ) {
    for (const definition of definitions) {
      if (this.byName.has(definition.name)) throw new Error(`${kind} ${definition.name} is registered twice`);
      this.byName.set(definition.name, definition);
    }
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  definition(name: string): T {
    const definition = this.byName.get(name);
    if (!definition) throw new Error(`unknown ${this.kind} ${name}`);
    return definition;
  }

  /** Starts the named runners that are not running yet, one after the other. */
  async start(names: readonly string[] = this.names): Promise<void> {
    for (const name of names) {
      if (this.runners.has(name)) continue;
      const runner = this.create(this.definition(name));
      this.runners.set(name, runner);
      await runner.start();
    }
  }

  async stop(): Promise<void> {
    const runners = [...this.runners.values()];
    this.runners.clear();
    await Promise.all(runners.map((runner) => runner.stop()));
  }

  isLive(name: string): boolean {
    return this.runners.get(name)?.isLive ?? false;
  }
}
