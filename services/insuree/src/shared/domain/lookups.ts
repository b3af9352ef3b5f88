import { insureeStatusSchema, type InsureeStatusCode } from '@imis/contracts';

/** The openIMIS lookup lists (tblGender, tblRelations, ...): a code, an English and a French label, a sort order. */
export const LOOKUP_KINDS = [
  'gender',
  'maritalStatus',
  'relationship',
  'profession',
  'education',
  'familyType',
  'identificationType',
  'confirmationType',
  'statusReason',
] as const;

export type LookupKind = (typeof LOOKUP_KINDS)[number];

export type LookupLanguage = 'en' | 'fr';

export interface LookupEntry {
  readonly code: string;
  readonly label: { readonly en: string; readonly fr: string };
  readonly sortOrder: number;
  /** Status reasons only: the status (inactive or dead) the reason is for. */
  readonly type?: Exclude<InsureeStatus, 'AC'>;
}

/** The statuses are the contract's list (`insureeStatusSchema`). */
export type InsureeStatus = InsureeStatusCode;

/** Each list in its sort order. */
export const LOOKUPS: Readonly<Record<LookupKind, readonly LookupEntry[]>> = {
  gender: entries([
    ['M', 'Male', 'Masculin'],
    ['F', 'Female', 'Féminin'],
    ['O', 'Other', 'Autre'],
  ]),
  maritalStatus: entries([
    ['M', 'Married', 'Marié(e)'],
    ['S', 'Single', 'Célibataire'],
    ['D', 'Divorced', 'Divorcé(e)'],
    ['W', 'Widowed', 'Veuf/Veuve'],
    ['N', 'Not specified', 'Non précisé'],
  ]),
  relationship: entries([
    ['1', 'Brother/Sister', 'Frère/Sœur'],
    ['2', 'Father/Mother', 'Père/Mère'],
    ['3', 'Uncle/Aunt', 'Oncle/Tante'],
    ['4', 'Son/Daughter', 'Fils/Fille'],
    ['5', 'Grand parents', 'Grands-parents'],
    ['6', 'Employee', 'Employé(e)'],
    ['7', 'Others', 'Autres'],
    ['8', 'Spouse', 'Conjoint(e)'],
  ]),
  profession: entries([
    ['1', 'Housewife', 'Femme au foyer'],
    ['2', 'Employee', 'Salarié(e)'],
    ['3', 'Self Employee', 'Travailleur indépendant'],
    ['4', 'Others', 'Autres'],
  ]),
  education: entries([
    ['1', 'Nursery', 'Maternelle'],
    ['2', 'Primary school', 'École primaire'],
    ['3', 'Secondary school', 'École secondaire'],
    ['4', 'University', 'Université'],
    ['5', 'Postgraduate studies', 'Études postuniversitaires'],
    ['6', 'PhD', 'Doctorat'],
    ['7', 'Other', 'Autre'],
  ]),
  familyType: entries([
    ['C', 'Council', 'Conseil'],
    ['G', 'Government', 'Gouvernement'],
    ['H', 'Household', 'Ménage'],
    ['O', 'Organization', 'Organisation'],
    ['P', 'Priests', 'Prêtres'],
    ['S', 'Students', 'Étudiants'],
    ['T', 'Teachers', 'Enseignants'],
  ]),
  identificationType: entries([
    ['D', "Driver's license", 'Permis de conduire'],
    ['N', 'National ID', "Carte nationale d'identité"],
    ['P', 'Passport', 'Passeport'],
    ['V', 'Voter card', "Carte d'électeur"],
  ]),
  confirmationType: entries([
    ['A', 'State', 'État'],
    ['B', 'Local council', 'Conseil local'],
    ['C', 'Village chief', 'Chef de village'],
    ['D', 'Social worker', 'Travailleur social'],
  ]),
  statusReason: [
    ...entries([
      ['MOV', 'Moved away', 'A déménagé'],
      ['NOP', 'No payment', 'Pas de paiement'],
      ['DUP', 'Duplicate registration', 'Inscription en double'],
      ['OTH', 'Other', 'Autre'],
    ]).map((entry) => ({ ...entry, type: 'IN' as const })),
    ...entries([
      ['DTH', 'Death', 'Décès'],
      ['OTH-D', 'Other', 'Autre'],
    ]).map((entry) => ({ ...entry, sortOrder: entry.sortOrder + 4, type: 'DE' as const })),
  ],
};

/** The insuree statuses, labelled like the lookups (not a lookup: the status drives rules). */
const STATUS_LABELS: Readonly<Record<InsureeStatus, LookupEntry['label']>> = {
  AC: { en: 'Active', fr: 'Actif' },
  IN: { en: 'Inactive', fr: 'Inactif' },
  DE: { en: 'Dead', fr: 'Décédé' },
};
export const INSUREE_STATUSES: readonly (LookupEntry & { code: InsureeStatus })[] = insureeStatusSchema.options.map((code, index) => ({
  code,
  label: STATUS_LABELS[code],
  sortOrder: index + 1,
}));

export function isLookupCode(kind: LookupKind, code: string): boolean {
  return LOOKUPS[kind].some((entry) => entry.code === code);
}

/**
 * The code of a list as clients write it: trimmed, any case ("f" is F, "oth-d" is OTH-D); every code is
 * upper case or digits, so this is never ambiguous. null when it is not a code of the list.
 */
export function canonicalLookupCode(kind: LookupKind, value: string): string | null {
  const wanted = value.trim().toUpperCase();
  return LOOKUPS[kind].find((entry) => entry.code === wanted)?.code ?? null;
}

/** The codes of a list, in display order, for messages and docs ("M, F, O"). */
export function lookupCodes(kind: LookupKind): string[] {
  return LOOKUPS[kind].map((entry) => entry.code);
}

export function lookupEntry(kind: LookupKind, code: string): LookupEntry | null {
  return LOOKUPS[kind].find((entry) => entry.code === code) ?? null;
}

export function lookupLabel(kind: LookupKind, code: string, language: LookupLanguage): string | null {
  return lookupEntry(kind, code)?.label[language] ?? null;
}

export function isInsureeStatus(value: unknown): value is InsureeStatus {
  return insureeStatusSchema.safeParse(value).success;
}

function entries(rows: readonly (readonly [string, string, string])[]): LookupEntry[] {
  return rows.map(([code, en, fr], index) => ({ code, label: { en, fr }, sortOrder: index + 1 }));
}
