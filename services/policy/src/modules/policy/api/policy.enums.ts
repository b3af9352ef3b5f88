import { graphqlEnumOf } from '@imis/graphql';
import { POLICY_STAGES, POLICY_STATUSES } from '../domain/policy-codes';

export const PolicyStatusEnum = graphqlEnumOf('PolicyStatus', POLICY_STATUSES, { description: 'openIMIS 1 Idle, 2 Active, 4 Suspended, 8 Expired, 16 Ready' });
export const PolicyStageEnum = graphqlEnumOf('PolicyStage', POLICY_STAGES, { valueDescriptions: { N: 'new enrolment', R: 'renewal' } });
