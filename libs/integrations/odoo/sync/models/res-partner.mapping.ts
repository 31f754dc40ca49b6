import type { EventEnvelope, PipelineDependencies } from '@repaero/event-sourcing';
import type { OdooModelMapping } from '../odoo-model-mapping';

/**
 * What a customers or suppliers context will publish in its contracts/ for Odoo. Neither context is
 * built yet: this is the shape their contracts must offer, tested with synthetic events.
 */
export interface PublishedPartner {
  /** Unique across contexts (e.g. `customer-<id>`, `supplier-<id>`): Odoo's `ref`. */
  readonly partnerId: string;
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly isCompany: boolean;
}

export interface PartnerPublisher {
  readonly handles: readonly string[];
  partnerIdOf(event: EventEnvelope): string | undefined;
  load(pipeline: Pick<PipelineDependencies, 'store' | 'upcasters'>, partnerId: string): Promise<PublishedPartner | undefined>;
}

/** Customers and suppliers → `res.partner`, found by `ref`; none until a context publishes partners. */
export function resPartnerMapping(publishers: readonly PartnerPublisher[]): OdooModelMapping<PublishedPartner> | undefined {
  if (publishers.length === 0) return undefined;
  const handles = [...new Set(publishers.flatMap((publisher) => publisher.handles))];
  return {
    model: 'res.partner',
    reactor: 'odoo-res-partner',
    handles,
    keysOf: async (event) =>
      publishers.flatMap((publisher) => {
        const id = publisher.handles.includes(event.type) ? publisher.partnerIdOf(event) : undefined;
        return id ? [id] : [];
      }),
    load: async (partnerId, ctx) => {
      for (const publisher of publishers) {
        const partner = await publisher.load(ctx.pipeline, partnerId);
        if (partner) return partner;
      }
      return undefined;
    },
    fields: async (partner) => ({
      ref: partner.partnerId,
      name: partner.name,
      email: partner.email ?? false,
      phone: partner.phone ?? false,
      is_company: partner.isCompany,
    }),
    identity: (fields) => [['ref', '=', fields.ref]],
  };
}
