import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type OdooRecord = Record<string, unknown> & { readonly id: number };

export interface ReceivedOdooRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}

/** Returns Odoo's message to answer 422 (ValidationError) for these vals, or undefined to accept them. */
export type OdooValidationRule = (vals: Readonly<Record<string, unknown>>, model: string) => string | undefined;

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

/** Many2one fields the peer answers as `[id, display_name]`, as Odoo's read does. */
const MANY2ONE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'stock.warehouse': { lot_stock_id: 'stock.location' },
  'stock.quant': { product_id: 'product.product', location_id: 'stock.location' },
  'mrp.production': { product_id: 'product.product' },
  'stock.move': { product_id: 'product.product', raw_material_production_id: 'mrp.production' },
  'product.product': {},
  'res.partner': {},
  'stock.location': {},
};
/** One2many fields the peer keeps as records of the comodel, written with x2many commands: model → field → [comodel, inverse]. */
const ONE2MANY: Readonly<Record<string, Readonly<Record<string, readonly [string, string]>>>> = {
  'mrp.production': { move_raw_ids: ['stock.move', 'raw_material_production_id'] },
};
const QUANT_INVENTORY_FIELDS = /^(product_id|location_id|lot_id|package_id|owner_id|inventory_.*)$/;
const ERROR_CONTEXT = { lang: 'en_US', tz: false, uid: 2 };

/**
 * A local Odoo 19 JSON-2 server (DOMAIN §5): bearer API key, named arguments, bare JSON results,
 * `{name, message, arguments, context, debug}` error bodies with 401/403/404/422/500.
 */
export class OdooJson2Peer {
  readonly requests: ReceivedOdooRequest[] = [];
  private readonly models = new Map<string, Map<number, Record<string, unknown>>>();
  private readonly rules: OdooValidationRule[] = [];
  private readonly scripted: Reply[] = [];
  private mode: 'up' | 'unavailable' | 'hanging' = 'up';
  private nextId = 100;
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly apiKey: string,
  ) {
    for (const model of Object.keys(MANY2ONE)) this.models.set(model, new Map());
    this.models.get('stock.location')?.set(5, { name: 'WH/Stock' });
    this.models.get('stock.warehouse')?.set(1, { name: 'YourCompany', code: 'WH', lot_stock_id: 5 });
    this.rules.push((vals, model) =>
      model === 'product.product' && !vals.name ? 'The operation cannot be completed: a mandatory field is not set (Product, name).' : undefined,
    );
  }

  /** On `port` when given (a hand-run stand-in for a server), else on a free one. */
  static async start(options: { apiKey: string; port?: number }): Promise<OdooJson2Peer> {
    const server = createServer();
    const peer = new OdooJson2Peer(server, options.apiKey);
    server.on('request', (req, res) => void peer.handle(req, res));
    peer.port = options.port ?? 0;
    await peer.listen();
    peer.port = (server.address() as AddressInfo).port;
    return peer;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Every create/write whose vals match gets a 422, like a failed Odoo constraint; the returned function lifts it. */
  rejectWhen(rule: OdooValidationRule): () => void {
    this.rules.push(rule);
    return () => {
      const index = this.rules.indexOf(rule);
      if (index >= 0) this.rules.splice(index, 1);
    };
  }

  /** The next authenticated requests get these replies, in order. */
  answerNext(...replies: Reply[]): void {
    this.scripted.push(...replies);
  }

  /** `unavailable` answers 503 as a proxy in front of a stopped Odoo would; `hanging` never answers. */
  setMode(mode: 'up' | 'unavailable' | 'hanging'): void {
    this.mode = mode;
  }

  records(model: string): OdooRecord[] {
    return [...(this.models.get(model) ?? new Map<number, Record<string, unknown>>()).entries()].map(([id, values]) => ({ ...values, id }));
  }

  record(model: string, id: number): OdooRecord | undefined {
    const values = this.models.get(model)?.get(id);
    return values && { ...values, id };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** A stopped Odoo: connections are refused until `restart`, which listens on the same port with the records kept. */
  stop(): Promise<void> {
    return this.close();
  }

  restart(): Promise<void> {
    return this.listen();
  }

  private listen(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://peer').pathname;
    let body: unknown;
    try {
      body = raw === '' ? {} : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    this.requests.push({
      method: req.method ?? '',
      path,
      headers: {
        authorization: req.headers.authorization,
        'content-type': req.headers['content-type'],
        'x-odoo-database': req.headers['x-odoo-database'] as string | undefined,
      },
      body,
    });
    if (this.mode === 'hanging') return;
    if (this.mode === 'unavailable') {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.end('<html><body>503 Service Unavailable</body></html>');
      return;
    }
    const reply = this.reply(req.method ?? '', path, req.headers.authorization, body);
    res.writeHead(reply.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }

  private reply(method: string, path: string, authorization: string | undefined, body: unknown): Reply {
    if (method === 'GET' && (path === '/web/version' || path === '/json/version')) {
      return { status: 200, body: { version_info: [19, 0, 0, 'final', 0, ''], version: '19.0' } };
    }
    const match = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(path);
    if (method !== 'POST' || !match) return error(404, 'werkzeug.exceptions.NotFound', 'Not Found');
    if (!/^bearer /i.test(authorization ?? '') || authorization?.slice(7) !== this.apiKey) {
      return error(401, 'odoo.exceptions.AccessDenied', 'Invalid apikey');
    }
    const scripted = this.scripted.shift();
    if (scripted) return scripted;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return error(400, 'werkzeug.exceptions.BadRequest', 'The request body must be a JSON object.');
    }
    const [model, name] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
    // Each call is one transaction: a refused call leaves nothing behind.
    const before = new Map([...this.models].map(([key, table]) => [key, new Map(table)]));
    try {
      return { status: 200, body: this.invoke(model, name, body as Record<string, unknown>) };
    } catch (thrown) {
      if (!(thrown instanceof PeerFailure)) throw thrown;
      for (const [key, table] of before) this.models.set(key, table);
      return thrown.reply;
    }
  }

  private invoke(model: string, method: string, body: Record<string, unknown>): unknown {
    if (method.startsWith('_')) fail(403, 'werkzeug.exceptions.Forbidden', `Private methods (such as '${method}') cannot be called remotely.`);
    if (model === 'res.users' && method === 'context_get') return { ...ERROR_CONTEXT };
    const table = this.models.get(model);
    if (!table) fail(404, 'werkzeug.exceptions.NotFound', `The model '${model}' does not exist.`);
    const { ids, context, ...args } = body as { ids?: number[]; context?: Record<string, unknown> } & Record<string, unknown>;
    switch (method) {
      case 'create':
        return this.create(model, table, args, context);
      case 'write':
        return this.write(model, table, ids ?? [], args);
      case 'read':
        return this.existing(model, table, ids ?? []).map((id) => this.view(model, id, table, args.fields as string[] | undefined));
      case 'search':
        return this.search(table, args).slice(0, (args.limit as number | undefined) ?? undefined);
      case 'search_read':
        return this.search(table, args)
          .slice(0, (args.limit as number | undefined) ?? undefined)
          .map((id) => this.view(model, id, table, args.fields as string[] | undefined));
      case 'action_apply_inventory':
        if (model !== 'stock.quant') break;
        for (const id of this.existing(model, table, ids ?? [])) {
          const quant = table.get(id) as Record<string, unknown>;
          table.set(id, { ...quant, quantity: quant.inventory_quantity ?? 0, inventory_quantity: 0 });
        }
        return null;
      case 'action_confirm':
      case 'action_assign':
      case 'set_qty_producing':
      case 'button_mark_done':
      case 'action_cancel':
        if (model !== 'mrp.production') break;
        return this.production(method, table, this.existing(model, table, ids ?? []));
    }
    return fail(404, 'werkzeug.exceptions.NotFound', `The method '${method}' does not exist on the model '${model}'.`);
  }

  private create(model: string, table: Map<number, Record<string, unknown>>, args: Record<string, unknown>, context?: Record<string, unknown>) {
    const unexpected = Object.keys(args).filter((key) => key !== 'vals_list');
    if (unexpected.length > 0) fail(422, 'builtins.TypeError', `got an unexpected keyword argument '${unexpected[0]}'`);
    if (!Array.isArray(args.vals_list)) fail(422, 'builtins.TypeError', "missing a required argument: 'vals_list'");
    const valsList = args.vals_list as Record<string, unknown>[];
    if (model === 'stock.quant') {
      const inventoryMode = context?.inventory_mode === true;
      if (!inventoryMode || valsList.some((vals) => Object.keys(vals).some((field) => !QUANT_INVENTORY_FIELDS.test(field)))) {
        fail(422, 'odoo.exceptions.UserError', "Quant's creation is restricted, you can't do this operation.");
      }
    }
    valsList.forEach((vals) => this.validate(model, vals));
    return valsList.map((vals) => {
      const id = (this.nextId += 1);
      const [own, lines] = this.splitLines(model, vals);
      table.set(id, model === 'mrp.production' ? { state: 'draft', ...own } : own);
      this.applyLines(model, id, lines);
      return id;
    });
  }

  private splitLines(model: string, vals: Record<string, unknown>): [Record<string, unknown>, Record<string, unknown>] {
    const fields = ONE2MANY[model] ?? {};
    const own = Object.fromEntries(Object.entries(vals).filter(([field]) => !(field in fields)));
    const lines = Object.fromEntries(Object.entries(vals).filter(([field]) => field in fields));
    return [own, lines];
  }

  /**
   * x2many commands as Odoo's ORM runs them: (0, 0, vals) create, (1, id, vals) update, (2, id, 0) delete,
   * (3, id, 0) and (5, 0, 0) unlink from the parent (the inverse is not ondelete=cascade, so the line stays,
   * detached), (6, 0, ids) replace. A raw move that is no longer draft or cancelled cannot be deleted.
   */
  private applyLines(model: string, parentId: number, lines: Record<string, unknown>): void {
    for (const [field, commands] of Object.entries(lines)) {
      const [comodel, inverse] = ONE2MANY[model][field];
      const table = this.models.get(comodel) as Map<number, Record<string, unknown>>;
      const parentState = this.models.get(model)?.get(parentId)?.state;
      const owned = () => [...table.entries()].filter(([, line]) => line[inverse] === parentId).map(([id]) => id);
      const detach = (ids: number[]) => ids.forEach((id) => table.set(id, { ...table.get(id), [inverse]: false }));
      if (!Array.isArray(commands)) fail(422, 'builtins.ValueError', `Wrong value for ${model}.${field}: ${JSON.stringify(commands)}`);
      for (const command of commands as unknown[]) {
        const [code, id, vals] = Array.isArray(command) ? (command as [number, number, unknown]) : [undefined, 0, undefined];
        switch (code) {
          case 0:
            this.validate(comodel, vals as Record<string, unknown>);
            table.set((this.nextId += 1), { state: parentState === 'draft' || parentState === undefined ? 'draft' : 'confirmed', ...(vals as object), [inverse]: parentId });
            break;
          case 1:
            this.existing(comodel, table, [id]);
            table.set(id, { ...table.get(id), ...(vals as object) });
            break;
          case 2:
            this.existing(comodel, table, [id]);
            this.deleteMoves(table, [id]);
            break;
          case 3:
            detach([id]);
            break;
          case 5:
            detach(owned());
            break;
          case 6:
            detach(owned().filter((line) => !(vals as number[]).includes(line)));
            (vals as number[]).forEach((line) => table.set(line, { ...table.get(line), [inverse]: parentId }));
            break;
          default:
            fail(422, 'builtins.ValueError', `Wrong value for ${model}.${field}: ${JSON.stringify(command)}`);
        }
      }
    }
  }

  private deleteMoves(table: Map<number, Record<string, unknown>>, ids: number[]): void {
    if (ids.some((id) => !['draft', 'cancel'].includes(String(table.get(id)?.state)))) {
      fail(422, 'odoo.exceptions.UserError', 'You can only delete draft or cancelled moves.');
    }
    ids.forEach((id) => table.delete(id));
  }

  /** The production's raw moves follow its state: confirmed with it, done or cancelled with it. */
  private moveRawLines(productionId: number, state: string): void {
    const moves = this.models.get('stock.move') as Map<number, Record<string, unknown>>;
    for (const [id, move] of moves) {
      if (move.raw_material_production_id === productionId && move.state !== 'done' && move.state !== 'cancel') moves.set(id, { ...move, state });
    }
  }

  /** DOMAIN §5: confirm → assign → write qty_producing → set_qty_producing → button_mark_done; cancel from anywhere but done. */
  private production(method: string, table: Map<number, Record<string, unknown>>, ids: number[]): unknown {
    let answer: unknown = true;
    for (const id of ids) {
      const order = table.get(id) as Record<string, unknown>;
      const state = order.state;
      const set = (vals: Record<string, unknown>) => table.set(id, { ...order, ...vals });
      if (method === 'action_confirm') {
        if (state !== 'draft') fail(422, 'odoo.exceptions.UserError', 'Only draft manufacturing orders can be confirmed.');
        set({ state: 'confirmed' });
        this.moveRawLines(id, 'confirmed');
      } else if (method === 'set_qty_producing') {
        set({ qty_producing_set: true });
        answer = null;
      } else if (method === 'button_mark_done') {
        if (state !== 'confirmed' && state !== 'progress' && state !== 'to_close') fail(422, 'odoo.exceptions.UserError', 'The manufacturing order is not confirmed.');
        if (!order.qty_producing_set || !(Number(order.qty_producing) > 0)) {
          set({ state: 'to_close' });
          answer = { type: 'ir.actions.act_window', res_model: 'mrp.consumption.warning', name: 'Consumption Warning' };
        } else {
          set({ state: 'done', qty_produced: order.qty_producing });
          this.moveRawLines(id, 'done');
        }
      } else if (method === 'action_cancel') {
        if (state === 'done') fail(422, 'odoo.exceptions.UserError', 'You cannot cancel a done manufacturing order.');
        set({ state: 'cancel' });
        this.moveRawLines(id, 'cancel');
      }
    }
    return answer;
  }

  private write(model: string, table: Map<number, Record<string, unknown>>, ids: number[], args: Record<string, unknown>): true {
    const vals = args.vals as Record<string, unknown> | undefined;
    if (vals === undefined) fail(422, 'builtins.TypeError', "missing a required argument: 'vals'");
    const existing = this.existing(model, table, ids);
    const [own, lines] = this.splitLines(model, vals);
    for (const id of existing) this.validate(model, { ...table.get(id), ...own });
    for (const id of existing) {
      table.set(id, { ...table.get(id), ...own });
      this.applyLines(model, id, lines);
    }
    return true;
  }

  private validate(model: string, vals: Record<string, unknown>): void {
    for (const rule of this.rules) {
      const message = rule(vals, model);
      if (message !== undefined) fail(422, 'odoo.exceptions.ValidationError', message);
    }
  }

  private existing(model: string, table: Map<number, Record<string, unknown>>, ids: number[]): number[] {
    const missing = ids.filter((id) => !table.has(id));
    if (missing.length > 0) {
      fail(422, 'odoo.exceptions.MissingError', `Record does not exist or has been deleted.\n(Record: ${model}(${missing.join(', ')},), User: 2)`);
    }
    return ids;
  }

  private search(table: Map<number, Record<string, unknown>>, args: Record<string, unknown>): number[] {
    const domain = (args.domain ?? []) as unknown[];
    return [...table.keys()].sort((a, b) => a - b).filter((id) => domain.every((term) => matches({ ...table.get(id), id }, term)));
  }

  private view(model: string, id: number, table: Map<number, Record<string, unknown>>, fields: string[] | undefined): Record<string, unknown> {
    const values = table.get(id) ?? {};
    const names = fields && fields.length > 0 ? fields : Object.keys(values);
    const row: Record<string, unknown> = { id };
    for (const field of names) {
      if (field === 'id') continue;
      const one2many = ONE2MANY[model]?.[field];
      if (one2many) {
        row[field] = this.search(this.models.get(one2many[0]) as Map<number, Record<string, unknown>>, { domain: [[one2many[1], '=', id]] });
        continue;
      }
      const value = values[field] ?? false;
      const comodel = MANY2ONE[model]?.[field];
      row[field] = comodel && typeof value === 'number' ? [value, this.displayName(comodel, value)] : value;
    }
    return row;
  }

  private displayName(model: string, id: number): string {
    const name = this.models.get(model)?.get(id)?.name;
    return typeof name === 'string' ? name : `${model},${id}`;
  }
}

class PeerFailure extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { message?: unknown }).message));
  }
}

function fail(status: number, name: string, message: string): never {
  throw new PeerFailure(error(status, name, message));
}

function error(status: number, name: string, message: string): Reply {
  return {
    status,
    body: { name, message, arguments: [message], context: {}, debug: `Traceback (most recent call last):\n  File "odoo/http.py"\n${name}: ${message}` },
  };
}

function matches(record: Record<string, unknown>, term: unknown): boolean {
  if (!Array.isArray(term) || term.length !== 3) {
    fail(422, 'builtins.ValueError', `Invalid leaf ${JSON.stringify(term)} (the peer only supports AND-ed triples)`);
  }
  const [field, operator, value] = term as [string, string, unknown];
  const actual = record[field] ?? false;
  switch (operator) {
    case '=':
      return actual === value;
    case '!=':
      return actual !== value;
    case 'in':
      return Array.isArray(value) && value.includes(actual);
    case 'not in':
      return Array.isArray(value) && !value.includes(actual);
    default:
      return fail(422, 'builtins.ValueError', `Invalid leaf operator ${JSON.stringify(operator)}`);
  }
}
