import type { LocationVersionView } from '../application/location-version.view';
import type { LocationView } from '../application/location.view';
import { LocationModel } from './location.model';
import type { LocationType } from './location-type.enum';
import { LocationVersionModel } from './location-version.model';

export function toLocationModel(view: LocationView): LocationModel {
  return Object.assign(new LocationModel(), {
    ...view,
    type: view.type as LocationType,
    typeCode: view.type,
    validFrom: new Date(view.validFrom),
  });
}

export function toLocationVersionModel(view: LocationVersionView): LocationVersionModel {
  return Object.assign(new LocationVersionModel(), {
    ...view,
    type: view.type as LocationType,
    typeCode: view.type,
    validFrom: new Date(view.validFrom),
    validTo: new Date(view.validTo),
  });
}
