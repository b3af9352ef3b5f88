import { graphqlEnumOf } from '@imis/graphql';
import { LOCATION_TYPES, type LocationTypeCode } from '../domain/location-type';

/** Levels of the location tree, generated from the domain's list; the values are the openIMIS codes (exposed as `typeCode`). */
export const LocationType = graphqlEnumOf('LocationType', LOCATION_TYPES, {
  description: 'Level of a location in the tree: a region contains districts, which contain wards, which contain villages.',
  names: { R: 'REGION', D: 'DISTRICT', W: 'WARD', V: 'VILLAGE' },
  valueDescriptions: {
    R: 'Top level (openIMIS code R)',
    D: 'Under a region (openIMIS code D)',
    W: 'Municipality, under a district (openIMIS code W)',
    V: 'Under a ward (openIMIS code V)',
  },
});
export type LocationType = LocationTypeCode;
