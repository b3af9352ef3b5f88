/** Tables of users, roles, enrolment officers and claim administrators (and the facility projection). */
export const userEntities: (new (...args: never[]) => object)[] = [];
