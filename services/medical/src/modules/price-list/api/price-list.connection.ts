import { ObjectType } from '@nestjs/graphql';
import { Connection, MutationPayload } from '@imis/graphql';
import { PriceListModel } from './price-list.model';

@ObjectType('PriceListConnection')
export class PriceListConnection extends Connection(PriceListModel, 'PriceList') {}

@ObjectType('PriceListPayload', { description: 'Result of a price list mutation: the list, or why it was refused.' })
export class PriceListPayload extends MutationPayload(PriceListModel, 'priceList', { description: 'The list after the change; null when refused' }) {}
