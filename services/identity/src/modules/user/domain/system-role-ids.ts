/**
 * Fixed ids of the seeded system roles, by openIMIS bit, so that every installation (and the first-boot
 * administrator) refers to the same rows: 00000000-0000-4000-8000-<bit in hex>.
 */
export function systemRoleId(bit: number): string {
  return `00000000-0000-4000-8000-${bit.toString(16).padStart(12, '0')}`;
}

const BITS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 524288, 1048576] as const;

export const SYSTEM_ROLE_IDS: Readonly<Record<number, string>> = Object.freeze(Object.fromEntries(BITS.map((bit) => [bit, systemRoleId(bit)])));

export const IMIS_ADMINISTRATOR_ROLE_ID = systemRoleId(64);
