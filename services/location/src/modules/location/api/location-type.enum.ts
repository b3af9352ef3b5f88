import { registerEnumType } from '@nestjs/graphql';

/** Levels of the location tree; the values are the openIMIS codes (exposed as `typeCode`). */
export enum LocationType {
  REGION = 'R',
  DISTRICT = 'D',
  WARD = 'W',
  VILLAGE = 'V',
}

registerEnumType(LocationType, {
  name: 'LocationType',
  description: 'Level of a location in the tree: a region contains districts, which contain wards, which contain villages.',
  valuesMap: {
    REGION: { description: 'Top level (openIMIS code R)' },
    DISTRICT: { description: 'Under a region (openIMIS code D)' },
    WARD: { description: 'Municipality, under a district (openIMIS code W)' },
    VILLAGE: { description: 'Under a ward (openIMIS code V)' },
  },
});
