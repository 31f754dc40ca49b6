import { BusinessRuleViolation, fold, type Decider, type DomainEvent } from '@repaero/event-sourcing';

export interface DeciderThen<Event extends DomainEvent> {
  /** decide returns exactly these events (deep equality, in order). */
  then(expected: readonly Event[]): void;
  /** decide accepts the command and records nothing (an idempotent repeat, say). */
  thenNothingHappens(): void;
  /** decide refuses with a BusinessRuleViolation carrying this rule code (and these details, if given). */
  thenThrows(rule: string, details?: Record<string, unknown>): void;
}

export interface DeciderWhen<Command, Event extends DomainEvent> {
  when(command: Command): DeciderThen<Event>;
}

export interface DeciderSpecification<Command, Event extends DomainEvent> extends DeciderWhen<Command, Event> {
  given(events: readonly Event[]): DeciderWhen<Command, Event>;
}

/**
 * Given/when/then for a pure decider, in the manner of Emmett's DeciderSpecification; call it inside `it()`.
 * decide runs twice on the same input: a decider reading the clock or a random source fails here.
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
): DeciderSpecification<Command, Event> {
  const given = (history: readonly Event[]): DeciderWhen<Command, Event> => ({
    when: (command) => {
      const decide = (): readonly Event[] => decider.decide(command, fold(decider, history));
      const decided = (): readonly Event[] => {
        let first: readonly Event[];
        try {
          first = decide();
        } catch (error) {
          throw new Error(`expected decide to succeed, but it threw ${describeError(error)}`, { cause: error });
        }
        expect(decide()).toEqual(first);
        return first;
      };
      return {
        then: (expected) => {
          expect(decided()).toEqual(expected);
        },
        thenNothingHappens: () => {
          expect(decided()).toEqual([]);
        },
        thenThrows: (rule, details) => {
          let events: readonly Event[];
          try {
            events = decide();
          } catch (error) {
            if (!(error instanceof BusinessRuleViolation)) {
              throw new Error(`expected rule "${rule}" to be broken, but decide threw ${describeError(error)}`, { cause: error });
            }
            expect(error.rule).toBe(rule);
            if (details) expect(error.details).toMatchObject(details);
            return;
          }
          throw new Error(`expected rule "${rule}" to be broken, but decide returned ${JSON.stringify(events)}`);
        },
      };
    },
  });
  return { given, when: (command) => given([]).when(command) };
}

function describeError(error: unknown): string {
  if (error instanceof BusinessRuleViolation) return `BusinessRuleViolation(${error.rule}): ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
