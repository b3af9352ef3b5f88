import { Injectable } from '@nestjs/common';
import { LocatedRecordAccess } from '@imis/location-projection';

/**
 * Which payers a user sees (national ones and those placed in its data scope or above it) and changes (those
 * placed in its data scope; a national one needs an unrestricted scope): the rule of located records.
 */
@Injectable()
export class PayerAccess extends LocatedRecordAccess {}
