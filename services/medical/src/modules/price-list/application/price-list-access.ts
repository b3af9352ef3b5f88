import { Injectable } from '@nestjs/common';
import { LocatedRecordAccess, mayChangeLocated } from '@imis/location-projection';

/** Which price lists a user sees and changes: the rule of records placed at a location (@imis/location-projection). */
@Injectable()
export class PriceListAccess extends LocatedRecordAccess {}

/** Whether a list located there (null: national) may be changed within this data scope. */
export const mayChange = mayChangeLocated;
