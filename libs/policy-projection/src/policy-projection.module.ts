import { Module } from '@nestjs/common';
import { PolicyProjectionHandlers } from './policy-projection.handlers';

/**
 * Keeps the service's projected products, policies and insuree-policies in step with the policy service.
 * Import it beside MessagingModule (which discovers the handlers), with `policyProjectionPersistence` in the
 * service's persistence `uses`; outside an API module, because it needs NATS, which print-schema does not start.
 */
@Module({ providers: [PolicyProjectionHandlers] })
export class PolicyProjectionModule {}
