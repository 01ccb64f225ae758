import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentRequest } from './request-context';

type JsonLogOptions = {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
  params?: Record<string, unknown>;
  error?: Error;
};

/**
 * Nest's console logger; in `json` format each line also carries the id of the request it belongs
 * to, so one request's lines can be found among many instances' logs.
 */
export class AppLogger extends ConsoleLogger {
  constructor(levels: LogLevel[], format: 'text' | 'json') {
    super(format === 'json' ? { logLevels: levels, json: true } : { logLevels: levels });
  }

  protected override getJsonLogObject(message: unknown, options: JsonLogOptions) {
    const line = super.getJsonLogObject(message, options);
    const requestId = currentRequest()?.requestId;
    return requestId ? { ...line, requestId } : line;
  }
}
