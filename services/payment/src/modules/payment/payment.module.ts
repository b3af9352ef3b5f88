import { type DynamicModule, Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { PremiumModule } from '../premium';
import { PaymentGatewayController } from './api/payment-gateway.controller';
import { PaymentResolver } from './api/payment.resolver';
import { AssignControlNumber } from './application/assign-control-number.command';
import { CreatePaymentIntent } from './application/create-payment-intent.command';
import { GatewayNotifications } from './application/gateway-notifications';
import { MatchPayments } from './application/match-payments.command';
import { PaymentAccessCheck } from './application/payment-access.check';
import { PAYMENT_ENV, type PaymentModuleEnv } from './application/payment-env';
import { PaymentFactsReader } from './application/payment-facts.reader';
import { PaymentGateway } from './application/payment-gateway';
import { PaymentQueries } from './application/payment.queries';
import { ReceivePayment } from './application/receive-payment.command';
import { MarkControlNumberRequested, RecordGatewayAnswer, RequestControlNumber } from './application/request-control-number.command';
import { HttpPaymentGateway } from './infrastructure/http-payment-gateway';

export interface PaymentModuleOptions {
  /** Overrides the HTTP adapter of the gateway port (tests, a scheme's own gateway). */
  readonly gateway?: PaymentGateway;
}

const useCases = [CreatePaymentIntent, MarkControlNumberRequested, RecordGatewayAnswer, RequestControlNumber, AssignControlNumber, ReceivePayment, MatchPayments];

/**
 * Payments (§5): intents, control numbers through the PaymentGateway port, the gateway's signed callback,
 * receipts, matching (queued here; PaymentMatcher and its job processor are PaymentJobsModule's), reads.
 */
@Module({})
export class PaymentModule {
  static forRoot(env: PaymentModuleEnv, options: PaymentModuleOptions = {}): DynamicModule {
    return {
      module: PaymentModule,
      imports: [PremiumModule],
      controllers: [PaymentGatewayController],
      providers: [
        { provide: PAYMENT_ENV, useValue: env },
        { provide: PaymentGateway, useValue: options.gateway ?? new HttpPaymentGateway(env) },
        LocationAccess,
        PaymentFactsReader,
        PaymentAccessCheck,
        PaymentQueries,
        GatewayNotifications,
        PaymentResolver,
        ...useCases,
      ],
      exports: [PAYMENT_ENV],
    };
  }
}
