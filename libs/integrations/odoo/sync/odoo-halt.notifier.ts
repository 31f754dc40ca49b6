import { handleCommand, type CommandMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import { queueOutboxMessage } from '@repaero/outbox';
import { deterministicId } from '@repaero/reactors';
import type { OdooHalt } from './odoo-sync.gate';

const PREFIX = 'odoo-sync-halt';

/** `odoo-sync-halt|<since>|<recipient>`: one e-mail per halt and recipient, whatever replays or reports it again. */
export function odooHaltDedupeKey(halt: Pick<OdooHalt, 'since'>, recipient: string): string {
  return [PREFIX, halt.since, recipient].join('|');
}

/** What an administrator does about each reason; the key itself is never in the message. */
const REMEDY: Readonly<Record<OdooHalt['reason'], string>> = {
  'authentication failed':
    "Odoo refuse la clé API (401) : créez une nouvelle clé pour l'utilisateur de synchronisation (Préférences → Sécurité du compte → Nouvelle clé API), mettez-la dans ODOO_API_KEY puis redémarrez le worker.",
  'configuration error':
    'Odoo refuse un appel (404/403) : vérifiez ODOO_URL et ODOO_DB, que les modules stock et mrp sont installés et que l’utilisateur de synchronisation a les droits, puis consultez `repaero odoo status`.',
};

export function odooHaltMessage(halt: OdooHalt, url: string): { subject: string; text: string } {
  return {
    subject: `[Rep'Aero] Synchronisation Odoo arrêtée : ${halt.reason}`,
    text: [
      `La synchronisation Odoo (${url}) est arrêtée depuis ${halt.since} : ${halt.reason}.`,
      `Réponse d'Odoo : ${halt.message}`,
      REMEDY[halt.reason],
      'Rien n’est perdu : la synchronisation reprend seule où elle s’était arrêtée dès que Odoo accepte à nouveau (un essai toutes les 30 s).',
    ].join('\n\n'),
  };
}

/**
 * Tells the administrators through the outbox that the sync stopped (ADR 0009): an e-mail per
 * recipient, queued once per halt (the message id derives from the dedupe key, which the outbox
 * decider recognises on a second queueing).
 */
export async function notifyOdooHalt(pipeline: PipelineDependencies, halt: OdooHalt, options: { readonly recipients: readonly string[]; readonly url: string }): Promise<void> {
  const runId = deterministicId(PREFIX, halt.since);
  const metadata: CommandMetadata = { actor: { id: 'system:odoo-sync', name: 'odoo-sync', roles: [] }, correlationId: runId, causationId: runId, source: 'reactor' };
  const payload = odooHaltMessage(halt, options.url);
  for (const recipient of options.recipients) {
    const dedupeKey = odooHaltDedupeKey(halt, recipient);
    const request = queueOutboxMessage({
      messageId: deterministicId(PREFIX, dedupeKey),
      channel: 'email',
      recipient,
      payload,
      dedupeKey,
      queuedAt: halt.since,
    });
    await handleCommand(pipeline, { ...request, metadata });
  }
}
