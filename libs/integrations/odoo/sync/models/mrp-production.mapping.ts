import { loadStream, type DomainEvent } from '@repaero/event-sourcing';
import {
  workOrderStreamId,
  type PartIssuedToTask,
  type WorkOrderCreated,
  type WorkOrderStatus,
  type WorkOrderStatusChanged,
  type WorkOrderSubject,
} from '@repaero/contexts/production/contracts/work-order-events';
import type { OdooPort } from '../../odoo.port';
import { OdooRecordNotPushed } from '../odoo-record-not-pushed';
import { comparable, type OdooModelMapping, type OdooValues } from '../odoo-model-mapping';

export interface WorkOrderForOdoo {
  readonly workOrderId: string;
  readonly number: string;
  readonly subject: WorkOrderSubject;
  readonly status: WorkOrderStatus;
  /** Parts issued to its tasks, by part number. */
  readonly components: Readonly<Record<string, number>>;
}

type OdooProductionState = 'draft' | 'confirmed' | 'done' | 'cancel';
type Relevant = WorkOrderCreated | WorkOrderStatusChanged | PartIssuedToTask;
const HANDLES = ['production.WorkOrderCreated', 'production.WorkOrderStatusChanged', 'production.PartIssuedToTask'] as const satisfies readonly Relevant['type'][];

function evolve(state: WorkOrderForOdoo | undefined, event: DomainEvent): WorkOrderForOdoo | undefined {
  const known = event as Relevant;
  switch (known.type) {
    case 'production.WorkOrderCreated':
      return { workOrderId: known.data.workOrderId, number: known.data.number, subject: known.data.subject, status: 'draft', components: {} };
    case 'production.WorkOrderStatusChanged':
      return state && { ...state, status: known.data.to };
    case 'production.PartIssuedToTask': {
      if (!state) return state;
      const before = state.components[known.data.partNumber] ?? 0;
      return { ...state, components: { ...state.components, [known.data.partNumber]: Math.round((before + known.data.quantity) * 1000) / 1000 } };
    }
    default:
      return state;
  }
}

/** DOMAIN §5: an MO is confirmed to be worked on, marked done on release, cancelled with the work order. */
function odooStateOf(status: WorkOrderStatus): OdooProductionState {
  switch (status) {
    case 'draft':
      return 'draft';
    case 'open':
    case 'in_progress':
    case 'awaiting_parts':
    case 'ready_for_release':
      return 'confirmed';
    case 'released':
      return 'done';
    case 'cancelled':
      return 'cancel';
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

async function productId(odoo: OdooPort, code: string): Promise<number | undefined> {
  const [found] = await odoo.searchRead<{ id: number }>('product.product', [['default_code', '=', code]], ['id'], 1);
  return found?.id;
}

/** The component repaired, or the service product for aircraft work: found by `default_code`, created the first time. */
async function finishedProduct(odoo: OdooPort, subject: WorkOrderSubject, serviceProductCode: string): Promise<number> {
  const [code, name] = subject.kind === 'component' ? [subject.partNumber, subject.description ?? subject.partNumber] : [serviceProductCode, 'Aircraft maintenance work'];
  return (await productId(odoo, code)) ?? (await odoo.create('product.product', { default_code: code, name, type: 'consu', is_storable: false }));
}

interface ComponentLine {
  readonly product_id: number;
  readonly product_uom_qty: number;
}

/** The MO's raw moves, summed by product. */
async function componentLines(odoo: OdooPort, id: number): Promise<{ lines: ComponentLine[]; moves: { id: number; product_id: number; product_uom_qty: number }[] }> {
  const [order] = await odoo.read<{ move_raw_ids: number[] }>('mrp.production', [id], ['move_raw_ids']);
  const ids = Array.isArray(order?.move_raw_ids) ? order.move_raw_ids : [];
  const rows = ids.length === 0 ? [] : await odoo.read<{ id: number; product_id: unknown; product_uom_qty: number }>('stock.move', ids, ['product_id', 'product_uom_qty']);
  const moves = rows.map((row) => ({ id: row.id, product_id: comparable(row.product_id) as number, product_uom_qty: row.product_uom_qty }));
  const totals = new Map<number, number>();
  for (const move of moves) totals.set(move.product_id, (totals.get(move.product_id) ?? 0) + move.product_uom_qty);
  const lines = [...totals].filter(([, quantity]) => quantity > 0).map(([product_id, quantity]) => ({ product_id, product_uom_qty: Math.round(quantity * 1000) / 1000 }));
  return { lines: lines.sort((a, b) => a.product_id - b.product_id), moves };
}

/**
 * x2many commands that bring the raw moves to `wanted`, line by line: a confirmed move cannot be deleted
 * in Odoo ("You can only delete draft or cancelled moves"), so a line is added or its quantity changed, never replaced.
 */
async function lineCommands(odoo: OdooPort, id: number, wanted: readonly ComponentLine[]): Promise<unknown[]> {
  const { moves } = await componentLines(odoo, id);
  const commands: unknown[] = [];
  for (const line of wanted) {
    const [first, ...others] = moves.filter((move) => move.product_id === line.product_id);
    if (!first) commands.push([0, 0, line]);
    else if (first.product_uom_qty !== line.product_uom_qty || others.some((move) => move.product_uom_qty !== 0)) {
      commands.push([1, first.id, { product_uom_qty: line.product_uom_qty }], ...others.map((move) => [1, move.id, { product_uom_qty: 0 }]));
    }
  }
  const products = new Set(wanted.map((line) => line.product_id));
  for (const move of moves) if (!products.has(move.product_id) && move.product_uom_qty !== 0) commands.push([1, move.id, { product_uom_qty: 0 }]);
  return commands;
}

/** Walks the MO from the state Odoo holds to the one our work order says; each call is its own Odoo transaction. */
async function advance(odoo: OdooPort, id: number, target: unknown, quantity: unknown): Promise<void> {
  const [current] = await odoo.read<{ state: string }>('mrp.production', [id], ['state']);
  let state = current?.state ?? 'draft';
  if (state === target || state === 'done' || state === 'cancel') return;
  if (target === 'cancel') {
    await odoo.call('mrp.production', 'action_cancel', {}, { ids: [id] });
    return;
  }
  if (state === 'draft') {
    await odoo.call('mrp.production', 'action_confirm', {}, { ids: [id] });
    state = 'confirmed';
  }
  if (target === 'done') {
    await odoo.call('mrp.production', 'action_assign', {}, { ids: [id] });
    await odoo.write('mrp.production', [id], { qty_producing: quantity });
    // Without it button_mark_done answers a consumption-warning wizard and the MO stays in to_close.
    await odoo.call('mrp.production', 'set_qty_producing', {}, { ids: [id] });
    await odoo.call('mrp.production', 'button_mark_done', {}, { ids: [id] });
  }
}

/**
 * Work orders → `mrp.production`, found by `origin` (our work-order number). Components are the parts
 * issued to its tasks (their products pushed by the product reactor), compared by reconcile as the raw
 * moves' quantities summed by product.
 */
export const mrpProductionMapping: OdooModelMapping<WorkOrderForOdoo> = {
  model: 'mrp.production',
  reactor: 'odoo-mrp-production',
  handles: HANDLES,
  keysOf: async (event) => {
    const workOrderId = (event.data as { workOrderId?: unknown }).workOrderId;
    return typeof workOrderId === 'string' ? [workOrderId] : [];
  },
  load: async (workOrderId, ctx) =>
    (await loadStream(ctx.pipeline, { initialState: (): WorkOrderForOdoo | undefined => undefined, evolve }, workOrderStreamId(workOrderId))).state,
  fields: async (order, ctx, after) => {
    await ctx.caughtUp('product.product', after);
    const components: ComponentLine[] = [];
    for (const [partNumber, quantity] of Object.entries(order.components)) {
      const id = await productId(ctx.odoo, partNumber);
      if (id === undefined) throw new OdooRecordNotPushed('product.product', partNumber);
      components.push({ product_id: id, product_uom_qty: quantity });
    }
    components.sort((a, b) => a.product_id - b.product_id);
    return {
      origin: order.number,
      product_id: await finishedProduct(ctx.odoo, order.subject, ctx.config.serviceProductCode),
      product_qty: 1,
      state: odooStateOf(order.status),
      components,
    };
  },
  identity: (fields) => [['origin', '=', fields.origin]],
  create: async (odoo, { state, components, ...header }: OdooValues) => {
    const id = await odoo.create('mrp.production', { ...header, move_raw_ids: (components as ComponentLine[]).map((line) => [0, 0, line]) });
    await advance(odoo, id, state, header.product_qty);
    return id;
  },
  update: async (odoo, id, { state, components, ...header }: OdooValues) => {
    const [current] = await odoo.read<{ state: string }>('mrp.production', [id], ['state']);
    // Lines of a done or cancelled MO are history in Odoo too.
    const open = current?.state === 'draft' || current?.state === 'confirmed';
    await odoo.write('mrp.production', [id], open ? { ...header, move_raw_ids: await lineCommands(odoo, id, components as ComponentLine[]) } : { origin: header.origin });
    await advance(odoo, id, state, header.product_qty);
  },
  readBack: async (odoo, id) => {
    const [row] = await odoo.read<Record<string, unknown>>('mrp.production', [id], ['origin', 'product_id', 'product_qty', 'state']);
    if (!row) return undefined;
    return { origin: row.origin, product_id: comparable(row.product_id), product_qty: row.product_qty, state: row.state, components: (await componentLines(odoo, id)).lines };
  },
};
