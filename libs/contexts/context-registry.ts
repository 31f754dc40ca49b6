import type { ContextName } from '@repaero/platform';
import type { BoundedContext } from './bounded-context';
import { productionContext } from './production';
import { resourcesContext } from './resources';
import { stockContext } from './stock';

/** The contexts built so far, in roll-out order; the others are listed so configuration can name them. */
const BUILT: readonly BoundedContext[] = [stockContext, productionContext, resourcesContext];

export function enabledContexts(names: readonly ContextName[]): { enabled: BoundedContext[]; notBuiltYet: ContextName[] } {
  const enabled = BUILT.filter((context) => names.includes(context.name));
  const notBuiltYet = names.filter((name) => !BUILT.some((context) => context.name === name));
  return { enabled, notBuiltYet };
}
