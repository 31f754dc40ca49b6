/**
 * What the customer side (the CRM link) may see of a customer's work orders: status, subject and the project lead
 * (issue 4, item 1). Plain shapes only. Provided by `CustomerWorkOrdersModule` (global) while production is on;
 * inject with `@Optional()`: absent when production is off.
 */
export const CUSTOMER_WORK_ORDERS = Symbol('CUSTOMER_WORK_ORDERS');

export type CustomerWorkOrderStatus = 'draft' | 'open' | 'in_progress' | 'awaiting_parts' | 'ready_for_release' | 'released' | 'cancelled';

export interface CustomerWorkOrder {
  readonly workOrderId: string;
  /** `WO-<year>-<n>`. */
  readonly number: string;
  readonly status: CustomerWorkOrderStatus;
  /** e.g. `Aircraft F-GKXA · DR400 · S/N 1789`, `Component P/N 4202435-01 · S/N SN-77 · Starter generator`. */
  readonly subject: string;
  readonly requestedWork: string;
  /** The team lead the customer talks to. */
  readonly projectLead: { readonly technicianId: string; readonly name: string };
  /** The date of the CRS in force (Europe/Paris), when released. */
  readonly releasedOn?: string;
}

export interface CustomerWorkOrders {
  /** The work orders with this customer reference, by number; read from the work-orders read model (it may lag a write). */
  byCustomerRef(customerRef: string): Promise<readonly CustomerWorkOrder[]>;
}
