const INSUREE_FIELDS = 'id insuranceNumber lastName otherNames gender birthDate familyId isHead status statusCode statusReason statusDate version currentVillageId healthFacilityId';
const ERRORS = 'errors { code message field }';

export const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) {
  createFamily(input: $input) { family { id villageId headInsureeId version head { ${INSUREE_FIELDS} } members { id isHead } } ${ERRORS} clientMutationId }
}`;
export const UPDATE_FAMILY = `mutation ($input: UpdateFamilyInput!) { updateFamily(input: $input) { family { id villageId poverty familyType address version } ${ERRORS} } }`;
export const SET_FAMILY_HEAD = `mutation ($input: SetFamilyHeadInput!) { setFamilyHead(input: $input) { family { id headInsureeId members { id isHead } } ${ERRORS} } }`;
export const DELETE_FAMILY = `mutation ($input: DeleteFamilyInput!) { deleteFamily(input: $input) { family { id } ${ERRORS} } }`;
export const CREATE_INSUREE = `mutation ($input: CreateInsureeInput!) { createInsuree(input: $input) { insuree { ${INSUREE_FIELDS} } ${ERRORS} clientMutationId } }`;
export const UPDATE_INSUREE = `mutation ($input: UpdateInsureeInput!) { updateInsuree(input: $input) { insuree { ${INSUREE_FIELDS} phone email } ${ERRORS} } }`;
export const CHANGE_STATUS = `mutation ($input: ChangeInsureeStatusInput!) { changeInsureeStatus(input: $input) { insuree { ${INSUREE_FIELDS} } ${ERRORS} } }`;
export const MOVE_INSUREE = `mutation ($input: MoveInsureeInput!) { moveInsuree(input: $input) { insuree { ${INSUREE_FIELDS} } ${ERRORS} } }`;
export const REMOVE_INSUREES = `mutation ($input: InsureeIdsInput!) { removeInsurees(input: $input) { insurees { ${INSUREE_FIELDS} } ${ERRORS} } }`;
export const DELETE_INSUREES = `mutation ($input: InsureeIdsInput!) { deleteInsurees(input: $input) { insurees { id } ${ERRORS} } }`;
export const INSUREE = `query ($id: ID!) { insuree(id: $id) { ${INSUREE_FIELDS} family { id headInsureeId } } }`;
export const FAMILY = `query ($id: ID!) { family(id: $id) { id villageId headInsureeId members { id isHead insuranceNumber } } }`;
export const INSUREES = `query ($filter: InsureeFilter, $first: Int, $after: String) {
  insurees(filter: $filter, first: $first, after: $after) { totalCount edges { node { id insuranceNumber lastName otherNames } } pageInfo { hasNextPage endCursor } }
}`;
export const FAMILIES = `query ($filter: FamilyFilter) { families(filter: $filter) { totalCount edges { node { id villageId head { insuranceNumber } } } } }`;
export const INSUREE_HISTORY = `query ($id: ID!) { insureeHistory(id: $id) { version lastName phone validTo replacedBy } }`;
export const NUMBER_VALIDITY = `query ($number: String!) { insuranceNumberValidity(number: $number) { isValid errorCode code errorMessage } }`;
