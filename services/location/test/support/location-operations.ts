/** GraphQL documents the integration tests send. */
export const LOCATION_FIELDS = `id code name type typeCode parentId ancestorIds malePopulation femalePopulation otherPopulation families version validFrom changedBy`;

export const CREATE_LOCATION = `mutation ($input: CreateLocationInput!) {
  createLocation(input: $input) { location { ${LOCATION_FIELDS} parent { id code } } errors { code message field } clientMutationId }
}`;

export const UPDATE_LOCATION = `mutation ($input: UpdateLocationInput!) {
  updateLocation(input: $input) { location { ${LOCATION_FIELDS} } errors { code message field } }
}`;

export const MOVE_LOCATION = `mutation ($input: MoveLocationInput!) {
  moveLocation(input: $input) { location { ${LOCATION_FIELDS} } errors { code message field } }
}`;

export const DELETE_LOCATION = `mutation ($input: DeleteLocationInput!) {
  deleteLocation(input: $input) { location { id version } errors { code message field } }
}`;

export const HEALTH_FACILITY_FIELDS = `id code name legalForm legalFormCode level levelCode subLevel subLevelCode careType careTypeCode
  districtId address phone fax email accountingCode contractStartDate contractEndDate status statusCode offline version validFrom changedBy`;

export const CREATE_HEALTH_FACILITY = `mutation ($input: CreateHealthFacilityInput!) {
  createHealthFacility(input: $input) { healthFacility { ${HEALTH_FACILITY_FIELDS} district { id code type } } errors { code message field } clientMutationId }
}`;

export const UPDATE_HEALTH_FACILITY = `mutation ($input: UpdateHealthFacilityInput!) {
  updateHealthFacility(input: $input) { healthFacility { ${HEALTH_FACILITY_FIELDS} } errors { code message field } }
}`;

export const DELETE_HEALTH_FACILITY = `mutation ($input: DeleteHealthFacilityInput!) {
  deleteHealthFacility(input: $input) { healthFacility { id version } errors { code message field } }
}`;
