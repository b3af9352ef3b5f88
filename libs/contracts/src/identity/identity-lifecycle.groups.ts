import { defineEventGroup } from '../event-group';
import { claimAdminCreatedEvent } from './claim-admin-created.event';
import { claimAdminDeletedEvent } from './claim-admin-deleted.event';
import { claimAdminUpdatedEvent } from './claim-admin-updated.event';
import { officerCreatedEvent } from './officer-created.event';
import { officerDeletedEvent } from './officer-deleted.event';
import { officerUpdatedEvent } from './officer-updated.event';
import { userCreatedEvent } from './user-created.event';
import { userDeletedEvent } from './user-deleted.event';
import { userUpdatedEvent } from './user-updated.event';

export const userLifecycle = defineEventGroup({
  service: 'identity',
  aggregate: 'user',
  description: 'every event that creates, changes or deletes a user',
  contracts: [userCreatedEvent, userUpdatedEvent, userDeletedEvent],
});

export const officerLifecycle = defineEventGroup({
  service: 'identity',
  aggregate: 'officer',
  description: 'every event that creates, changes or deletes an enrolment officer',
  contracts: [officerCreatedEvent, officerUpdatedEvent, officerDeletedEvent],
});

export const claimAdminLifecycle = defineEventGroup({
  service: 'identity',
  aggregate: 'claim-admin',
  description: 'every event that creates, changes or deletes a claim administrator',
  contracts: [claimAdminCreatedEvent, claimAdminUpdatedEvent, claimAdminDeletedEvent],
});
