import { LoggingNotifier } from './logging.notifier';
import type { Notifier } from './notifier';

/** What an adapter's factory is told: the service it runs in (log context, a scheme's per-service settings). */
export interface NotifierContext {
  readonly service: string;
}

export type NotifierFactory = (context: NotifierContext) => Notifier;

/**
 * The Notifier adapters a service's `<SERVICE>_NOTIFIER` variable chooses from, by name; every service shares
 * them. A scheme with an SMS provider adds one here, e.g.
 *
 *   sms: () => new SmsNotifier(new AcmeSmsGateway(loadConfig(acmeSmsEnvSchema))),
 *
 * where AcmeSmsGateway implements SmsGateway (sms.notifier.ts) and reads its own variables with
 * `loadConfig` of @imis/config, then sets PAYMENT_NOTIFIER=sms (or POLICY_RENEWAL_NOTIFIER=sms).
 */
export const notifierAdapters: Readonly<Record<string, NotifierFactory>> = {
  log: ({ service }) => new LoggingNotifier(`${service}-notices`),
};

/** The adapter registered under `name`; an unknown name is a configuration error (the env schema refuses it first). */
export function createNotifier(name: string, context: NotifierContext, adapters: Readonly<Record<string, NotifierFactory>> = notifierAdapters): Notifier {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`No Notifier adapter named "${name}" (known: ${Object.keys(adapters).join(', ')})`);
  return factory(context);
}
