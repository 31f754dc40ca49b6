import type { OdooJson2Config } from '../odoo-json2.config';

/** ODOO_URL, ODOO_DB and ODOO_API_KEY switch the sync on; the rest shapes what it pushes. */
export interface OdooSyncConfig extends OdooJson2Config {
  /** `default_code` of the service product a work order on an aircraft (no component) is made of (ODOO_SERVICE_PRODUCT). */
  readonly serviceProductCode: string;
  /** Our location code → Odoo `stock.location` id (ODOO_LOCATION_MAP); unmapped codes go to the warehouse's `lot_stock_id`. */
  readonly locationMap: Readonly<Record<string, number>>;
}
