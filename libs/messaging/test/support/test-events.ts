import { z } from 'zod';
import { defineEvent, defineEventGroup } from '@imis/contracts';

export const orderPlacedEvent = defineEvent({
  type: 'imis.test.order.placed.v1',
  description: 'test event',
  schema: z.object({ orderId: z.string().uuid(), quantity: z.number().int() }),
});

export const orderCancelledEvent = defineEvent({
  type: 'imis.test.order.cancelled.v1',
  description: 'test event',
  schema: z.object({ orderId: z.string().uuid() }),
});

export const invoiceSentEvent = defineEvent({
  type: 'imis.test.invoice.sent.v1',
  description: 'test event of another aggregate',
  schema: z.object({ invoiceId: z.string().uuid() }),
});

export const orderLifecycle = defineEventGroup({
  service: 'test',
  aggregate: 'order',
  description: 'every event of a test order',
  contracts: [orderPlacedEvent, orderCancelledEvent],
});
