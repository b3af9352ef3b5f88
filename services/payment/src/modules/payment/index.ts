// The payment module's public face.
export { PaymentModule } from './payment.module';
export type { PaymentModuleOptions } from './payment.module';
export { PaymentJobsModule } from './payment-jobs.module';
export type { PaymentJobsOptions } from './payment-jobs.module';
export { PaymentGateway } from './application/payment-gateway';
export type { ControlNumberAcknowledgement, ControlNumberRequest } from './application/payment-gateway';
export type { PaymentModuleEnv } from './application/payment-env';
export { paymentMatchingQueue } from './application/payment-matching.queue';
export { signNotification } from './domain/signature';
export { Payment } from './infrastructure/payment.entity';
export { PaymentDetail } from './infrastructure/payment-detail.entity';
export { GatewayNotification } from './infrastructure/gateway-notification.entity';
export { PaymentNotification } from './infrastructure/payment-notification.entity';
