const PG_TRANSIENT_CLASSES = ['08', '53', '57', '58'];
const PG_TRANSIENT_CODES = ['40001', '40P01', '55P03'];
const SQLITE_TRANSIENT = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|NOMEM|PROTOCOL)/;
const ORACLE_TRANSIENT = /^(ORA-(00060|00054|00051|01033|01034|01089|03113|03114|03135|12154|12170|12514|12528|12537|12541|12543|25408|30006)|NJS-(003|040|500|501|503|510|521)|DPI-1010|DPI-1080)/;
const NODE_TRANSIENT = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'];

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : undefined;
}

/**
 * Infrastructure failures (database down, lock conflicts): the batch is retried with back-off and
 * the checkpoint stays put. Anything else thrown while applying an event is the event's fault and
 * parks it. Unknown errors count as the event's fault, but parking writes to the same database,
 * so a database that is really down fails the park too and the batch is retried anyway.
 */
export function isTransient(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = codeOf(current);
    const message = current instanceof Error ? current.message : '';
    if (code && (PG_TRANSIENT_CODES.includes(code) || (code.length === 5 && PG_TRANSIENT_CLASSES.includes(code.slice(0, 2))))) {
      return true;
    }
    if (code && (SQLITE_TRANSIENT.test(code) || NODE_TRANSIENT.includes(code))) return true;
    if (ORACLE_TRANSIENT.test(message) || (code && ORACLE_TRANSIENT.test(code))) return true;
    if (/Connection terminated|connection is not open|database connection is not open|Pool is closed|QueryRunnerAlreadyReleased/i.test(message)) {
      return true;
    }
    if (current instanceof Error && current.name === 'QueryRunnerAlreadyReleasedError') return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

export function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.trim() || 'unknown error').slice(0, 1900);
}
