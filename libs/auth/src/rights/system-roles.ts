import { rightRange, type RightCode } from './right-catalogue';

const familyInsureePolicyContribution: RightCode[] = [
  ...rightRange(101001, 101004),
  ...rightRange(101101, 101105),
  ...rightRange(101201, 101205),
  ...rightRange(101301, 101304),
];
const hfAdministration: RightCode[] = [...rightRange(121701, 121704), 131101, 131103, ...rightRange(131301, 131304)];

/** The bit of the IMIS Administrator system role: passes every rights check and every location filter. */
export const IMIS_ADMINISTRATOR_BIT = 64;

export interface SystemRoleDefinition {
  readonly bit: number;
  readonly name: string;
  readonly rights: readonly RightCode[];
}

/** The 12 openIMIS system roles (`is_system` bit) with the rights seeded for them. */
export const SYSTEM_ROLES: readonly SystemRoleDefinition[] = [
  { bit: 1, name: 'Enrolment Officer', rights: [...familyInsureePolicyContribution, 111001, 111009, 131201] },
  { bit: 2, name: 'Manager', rights: [101105, ...rightRange(131201, 131203), 131208] },
  {
    bit: 4,
    name: 'Accountant',
    rights: [
      101001, 101101, 101201, 101301, ...rightRange(101401, 101404), 111001, ...rightRange(111101, 111103),
      ...rightRange(131204, 131206), 131211, 131212, 131218, ...rightRange(131220, 131222), 131401,
    ],
  },
  { bit: 8, name: 'Clerk', rights: familyInsureePolicyContribution },
  { bit: 16, name: 'Medical Officer', rights: [111001, ...rightRange(111008, 111011), 131223] },
  {
    bit: 32,
    name: 'Scheme Administrator',
    rights: [
      ...rightRange(121001, 121005), ...rightRange(121101, 121104), ...rightRange(121201, 121205),
      ...rightRange(121301, 121305), ...rightRange(121401, 121404), ...rightRange(122101, 122104),
      ...rightRange(121501, 121504), ...rightRange(121601, 121604), ...rightRange(121801, 121804),
      ...rightRange(131001, 131006), ...rightRange(131101, 131106), 131209,
    ],
  },
  {
    bit: IMIS_ADMINISTRATOR_BIT,
    name: 'IMIS Administrator',
    rights: [...rightRange(121701, 121704), ...rightRange(121901, 121906), ...rightRange(122001, 122006), ...rightRange(131301, 131304), 131207],
  },
  { bit: 128, name: 'Receptionist', rights: [101001, 101101, 101105, 101201] },
  { bit: 256, name: 'Claim Administrator', rights: [101001, 101101, 101105, 101201, 111001, 111002, ...rightRange(111004, 111007), 111012] },
  { bit: 512, name: 'Claim Contributor', rights: [111001, 111002, 111005] },
  { bit: 524288, name: 'HF Administrator', rights: hfAdministration },
  { bit: 1048576, name: 'Offline Administrator', rights: hfAdministration },
];
