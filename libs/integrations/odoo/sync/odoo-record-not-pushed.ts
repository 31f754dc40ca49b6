/** A record another one needs (a quant's product) has not reached Odoo: the event is parked until it has. */
export class OdooRecordNotPushed extends Error {
  constructor(model: string, recordKey: string) {
    super(`${model} ${recordKey} is not in Odoo yet (its own push failed or is parked): retry that first`);
    this.name = 'OdooRecordNotPushed';
  }
}
