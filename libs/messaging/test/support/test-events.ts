import { z } from 'zod';
import { defineEvent } from '@imis/contracts';

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
