import { BusinessRuleViolation, type Decider, type ProposedEvent } from '@repaero/event-sourcing';

/** A deliberately NOT idempotent aggregate: every Count adds one, so a command applied twice shows. */
export type TallyEvent = { readonly type: 'tally.Counted'; readonly data: { readonly what: string; readonly by: string } };
export type TallyCommand = { readonly type: 'Count'; readonly what: string; readonly by: string };
export type TallyState = { readonly status: 'counting'; readonly total: number };

export const tallyDecider: Decider<TallyCommand, TallyEvent, TallyState> = {
  initialState: () => ({ status: 'counting', total: 0 }),
  evolve: (state, event) => ({ ...state, total: state.total + (event.type === 'tally.Counted' ? 1 : 0) }),
  decide: (command) => {
    if (!command.what) throw new BusinessRuleViolation('tally.what-required', 'count something');
    return [{ type: 'tally.Counted', data: { what: command.what, by: command.by } }];
  },
};

export const SOURCE_EVENT = 'test.ThingHappened';
export const OTHER_EVENT = 'test.NothingToSee';

let counter = 0;

/** A source event as another context would have recorded it. */
export function sourceEvent(data: { readonly thing: string }, type = SOURCE_EVENT): ProposedEvent {
  counter += 1;
  return {
    id: `01900000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    recordedAt: new Date(Date.UTC(2026, 10, 28, 9, 0, counter % 60)).toISOString(),
    data,
    metadata: {
      actor: { id: 'u-7', name: 'Stella Storekeeper', roles: ['storekeeper'] },
      correlationId: `corr-${counter}`,
      causationId: `corr-${counter}`,
      source: 'api',
    },
  };
}
