// Notices to people (SMS and the like) through one port, with adapters chosen by name (README.md).
export { NOTICE_OUTCOMES, stableNoticeId } from './notice';
export type { Notice, NoticeOutcome, NoticeRecipient, NoticeReference } from './notice';
export { deliverNotices, NOTIFIER } from './notifier';
export type { Notifier } from './notifier';
export { LoggingNotifier, maskPhone } from './logging.notifier';
export { MemoryNotifier } from './memory.notifier';
export { SmsNotifier } from './sms.notifier';
export type { SmsGateway, SmsMessage } from './sms.notifier';
export { createNotifier, notifierAdapters } from './notifier-adapters';
export type { NotifierContext, NotifierFactory } from './notifier-adapters';
export { notifierVariable } from './notifier-env';
export { NotificationModule } from './notification.module';
export type { NotificationModuleOptions } from './notification.module';
