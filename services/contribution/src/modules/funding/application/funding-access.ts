import { Injectable } from '@nestjs/common';
import { LocatedRecordAccess } from '@imis/location-projection';

/** Who may fund what: products and payers the user sees, locations funded in its data scope. */
@Injectable()
export class FundingAccess extends LocatedRecordAccess {}
