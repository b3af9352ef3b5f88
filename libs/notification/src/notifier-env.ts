import { z } from 'zod';
import { notifierAdapters } from './notifier-adapters';

/**
 * The zod schema of a `<SERVICE>_NOTIFIER` variable: the name of a registered adapter, `log` by default.
 * `PAYMENT_NOTIFIER: notifierVariable('payment feedback to payers')` in a service's env schema.
 */
export function notifierVariable(what: string) {
  return z
    .string()
    .default('log')
    .refine((name) => Object.hasOwn(notifierAdapters, name), { message: `must be one of: ${Object.keys(notifierAdapters).join(', ')}` })
    .describe(`the Notifier adapter of ${what} (log; a scheme adds its own, see libs/notification/README.md)`);
}
