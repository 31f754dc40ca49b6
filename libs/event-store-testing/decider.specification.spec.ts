import { BusinessRuleViolation, type Decider } from '@repaero/event-sourcing';
import { deciderSpec } from './decider.specification';

type CounterEvent =
  | { readonly type: 'counter.Opened'; readonly data: { readonly limit: number } }
  | { readonly type: 'counter.Incremented'; readonly data: { readonly by: number } };
type CounterCommand = { readonly type: 'Open'; readonly limit: number } | { readonly type: 'Increment'; readonly by: number };
type CounterState = { readonly status: 'none' } | { readonly status: 'open'; readonly value: number; readonly limit: number };

const counter: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'counter.Opened':
        return { status: 'open', value: 0, limit: event.data.limit };
      case 'counter.Incremented':
        return state.status === 'open' ? { ...state, value: state.value + event.data.by } : state;
      default: {
        const _: never = event;
        return _;
      }
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        return state.status === 'none' ? [{ type: 'counter.Opened', data: { limit: command.limit } }] : [];
      case 'Increment':
        if (state.status !== 'open') throw new BusinessRuleViolation('counter.not-open', 'open the counter first');
        if (state.value + command.by > state.limit) {
          throw new BusinessRuleViolation('counter.over-limit', 'the limit is reached', { limit: state.limit });
        }
        return [{ type: 'counter.Incremented', data: { by: command.by } }];
      default: {
        const _: never = command;
        return _;
      }
    }
  },
};

const opened: CounterEvent = { type: 'counter.Opened', data: { limit: 5 } };

describe('deciderSpec', () => {
  it('passes when decide returns the expected events', () => {
    deciderSpec(counter)
      .given([opened])
      .when({ type: 'Increment', by: 2 })
      .then([{ type: 'counter.Incremented', data: { by: 2 } }]);
  });

  it('passes when the expected rule is broken, with its details', () => {
    deciderSpec(counter)
      .given([opened, { type: 'counter.Incremented', data: { by: 4 } }])
      .when({ type: 'Increment', by: 2 })
      .thenThrows('counter.over-limit', { limit: 5 });
  });

  it('runs from the initial state without given', () => {
    deciderSpec(counter).when({ type: 'Increment', by: 1 }).thenThrows('counter.not-open');
  });

  it('passes when nothing happens', () => {
    deciderSpec(counter).given([opened]).when({ type: 'Open', limit: 9 }).thenNothingHappens();
  });

  it('fails when the events differ', () => {
    const spec = deciderSpec(counter).given([opened]).when({ type: 'Increment', by: 2 });

    expect(() => spec.then([{ type: 'counter.Incremented', data: { by: 3 } }])).toThrow();
  });

  it('fails when a rule breaks instead of events being decided', () => {
    const spec = deciderSpec(counter).when({ type: 'Increment', by: 1 });

    expect(() => spec.then([])).toThrow(/counter\.not-open/);
  });

  it('fails when no rule breaks, or another one does', () => {
    expect(() => deciderSpec(counter).given([opened]).when({ type: 'Increment', by: 1 }).thenThrows('counter.over-limit')).toThrow(
      /returned/,
    );
    expect(() => deciderSpec(counter).when({ type: 'Increment', by: 1 }).thenThrows('counter.over-limit')).toThrow();
  });

  it('fails when decide is not deterministic', () => {
    let calls = 0;
    const impure: typeof counter = { ...counter, decide: () => [{ type: 'counter.Incremented', data: { by: ++calls } }] };

    expect(() => deciderSpec(impure).when({ type: 'Increment', by: 1 }).then([{ type: 'counter.Incremented', data: { by: 1 } }])).toThrow();
  });
});
