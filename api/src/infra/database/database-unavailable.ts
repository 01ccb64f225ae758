/**
 * True when an error says the database cannot be reached right now (down, restarting, recovering,
 * out of connections) rather than that a query was wrong: such a request is answered 503
 * SERVICE_UNAVAILABLE with Retry-After, not 500, and readiness says the instance is not ready.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { code, message, driverError, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string') {
      // SQLSTATE class 08: connection exception; 57P01-03: shut down, crashed, starting up or
      // recovering; 53300: too many connections.
      if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
      if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code))
        return true;
    }
    if (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    )
      return true;
    current = driverError ?? cause;
  }
  return false;
}
