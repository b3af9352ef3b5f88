/** Who a renewal notice goes to. */
export const NOTICE_RECIPIENTS = ['OFFICER', 'FAMILY_HEAD'] as const;
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];

/** A message about a renewal reminder, for one recipient. Its id is stable across retries: an adapter may use it as an idempotency key. */
export interface RenewalNotice {
  readonly id: string;
  readonly renewalId: string;
  readonly policyId: string;
  readonly recipient: NoticeRecipient;
  readonly recipientId: string;
  readonly phone: string | null;
  readonly renewalDate: string;
  readonly message: string;
}

/** The texts of the notices (a scheme's SMS adapter may render its own from the notice's fields). */
export function renewalMessage(recipient: NoticeRecipient, renewal: { renewalDate: string; newProductCode: string; familyHead: string }): string {
  return recipient === 'OFFICER'
    ? `Policy of the family of ${renewal.familyHead} is due for renewal on ${renewal.renewalDate} (product ${renewal.newProductCode}).`
    : `Your family's policy is due for renewal on ${renewal.renewalDate} (product ${renewal.newProductCode}). Please contact your enrolment officer.`;
}
