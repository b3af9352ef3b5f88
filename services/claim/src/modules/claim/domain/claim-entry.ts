import { centsToMoney, collect, type DomainError, isCalendarDate, isMoney, moneyToCents, type Result, trimmedOrNull, unstorableText } from '@imis/kernel';
import type { VisitType } from './claim-codes';
import { claimErrors } from './claim.errors';

export const CLAIM_CODE_MAX_LENGTH = 20;
const TEXT_MAX_LENGTH = 1000;
// numeric(18,2): 16 integer digits; claimed totals stay far below.
const MAX_CLAIMED_CENTS = 1e15;
const MAX_QUANTITY = 1e9;

/** One line as the provider enters it: the item or service by its code. */
export interface ClaimLineInput {
  code: string;
  quantity: number;
  priceAsked: string;
  explanation?: string | null;
}

/** What a claim’s entry says, before its references are resolved. */
export interface ClaimEntryInput {
  code?: string | null;
  dateFrom: string;
  dateTo?: string | null;
  dateClaimed: string;
  visitType?: VisitType | null;
  mainDiagnosis: string;
  secondaryDiagnoses?: readonly string[] | null;
  explanation?: string | null;
  items?: readonly ClaimLineInput[] | null;
  services?: readonly ClaimLineInput[] | null;
}

/** A catalogue entry as entry needs it. */
export interface CatalogueEntry {
  id: string;
  maximumQuantity: number | null;
}

/** The references found for a batch of entries, by code (absent: unknown). */
export interface EntryReferences {
  diagnoses: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, CatalogueEntry>;
  services: ReadonlyMap<string, CatalogueEntry>;
}

export interface EntryLimits {
  maxSecondaryDiagnoses: number;
  maxLines: number;
}

export interface EnteredLine {
  catalogueId: string;
  quantity: number;
  priceAsked: string;
  explanation: string | null;
}

/** A claim’s entry with its references resolved and its claimed total: what is stored. */
export interface ClaimEntry {
  code: string | null;
  dateFrom: string;
  dateTo: string | null;
  dateClaimed: string;
  visitType: VisitType;
  mainDiagnosisId: string;
  secondaryDiagnosisIds: string[];
  explanation: string | null;
  items: EnteredLine[];
  services: EnteredLine[];
  claimed: string;
}

/** For an update: the parts it does not send stay as they are (the current lines, the current diagnoses). */
export interface KeptParts {
  lines?: { items: EnteredLine[]; services: EnteredLine[] };
  diagnoses?: { mainDiagnosisId: string; secondaryDiagnosisIds: string[] };
}

/** The code as sent (trimmed), null when absent (to be generated), or an error. */
export function claimCodeOf(code: string | null | undefined, field = 'code'): Result<string | null> {
  if (code === null || code === undefined) return { ok: true, value: null };
  const trimmed = code.trim();
  if (trimmed === '' || trimmed.length > CLAIM_CODE_MAX_LENGTH || unstorableText(trimmed)) return { ok: false, errors: [claimErrors.codeInvalid(field)] };
  return { ok: true, value: trimmed };
}

/**
 * The entry rules (claims.md §2 "Entry rules"): dates in order, known diagnoses within the limit, known items and
 * services, positive quantities (at most the entry’s maximum) and prices; claimed = Σ quantity × price asked.
 * Every fault is reported at once. `kept`: the lines stay as they are (an update that sends none).
 */
export function decideClaimEntry(
  input: ClaimEntryInput,
  references: EntryReferences,
  limits: EntryLimits,
  kept: KeptParts = {},
): Result<ClaimEntry> {
  const errors: DomainError[] = [];
  const code = claimCodeOf(input.code);
  if (!code.ok) errors.push(...code.errors);
  errors.push(...dateErrors(input));
  const { mainDiagnosisId, secondaryDiagnosisIds } = kept.diagnoses ?? diagnosisIds(input, references, limits, errors);
  const explanation = textOf(input.explanation, 'explanation', errors);
  const { items, services } = kept.lines ?? enteredLines(input, references, limits, errors);
  const claimedCents = errors.length === 0 ? [...items, ...services].reduce((sum, line) => sum + lineCents(line), 0) : 0;
  if (claimedCents >= MAX_CLAIMED_CENTS) errors.push(claimErrors.claimedTooLarge());
  return collect(errors, () => ({
    code: code.ok ? code.value : null,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo ?? null,
    dateClaimed: input.dateClaimed,
    visitType: input.visitType ?? 'O',
    mainDiagnosisId,
    secondaryDiagnosisIds,
    explanation,
    items,
    services,
    claimed: centsToMoney(claimedCents),
  }));
}

function diagnosisIds(input: ClaimEntryInput, references: EntryReferences, limits: EntryLimits, errors: DomainError[]) {
  const mainDiagnosisId = references.diagnoses.get(input.mainDiagnosis.trim());
  if (!mainDiagnosisId) errors.push(claimErrors.diagnosisNotFound('mainDiagnosis'));
  const secondary = input.secondaryDiagnoses ?? [];
  if (secondary.length > limits.maxSecondaryDiagnoses) errors.push(claimErrors.tooManyDiagnoses(limits.maxSecondaryDiagnoses));
  const secondaryDiagnosisIds = secondary.map((diagnosis, index) => {
    const id = references.diagnoses.get(diagnosis.trim());
    if (!id) errors.push(claimErrors.diagnosisNotFound(`secondaryDiagnoses.${index}`));
    return id ?? '';
  });
  return { mainDiagnosisId: mainDiagnosisId ?? '', secondaryDiagnosisIds };
}

function enteredLines(input: ClaimEntryInput, references: EntryReferences, limits: EntryLimits, errors: DomainError[]): { items: EnteredLine[]; services: EnteredLine[] } {
  const itemInputs = input.items ?? [];
  const serviceInputs = input.services ?? [];
  if (itemInputs.length + serviceInputs.length === 0) errors.push(claimErrors.noLines());
  if (itemInputs.length + serviceInputs.length > limits.maxLines) errors.push(claimErrors.tooManyLines(limits.maxLines));
  return {
    items: itemInputs.map((line, index) => enteredLine(line, `items.${index}`, references.items.get(line.code.trim()), claimErrors.itemNotFound, errors)),
    services: serviceInputs.map((line, index) =>
      enteredLine(line, `services.${index}`, references.services.get(line.code.trim()), claimErrors.serviceNotFound, errors),
    ),
  };
}

function dateErrors({ dateFrom, dateTo, dateClaimed }: ClaimEntryInput): DomainError[] {
  const errors: DomainError[] = [];
  if (!isCalendarDate(dateFrom)) errors.push(claimErrors.dateInvalid('dateFrom'));
  if (dateTo != null && !isCalendarDate(dateTo)) errors.push(claimErrors.dateInvalid('dateTo'));
  if (!isCalendarDate(dateClaimed)) errors.push(claimErrors.dateInvalid('dateClaimed'));
  if (errors.length > 0) return errors;
  if (dateTo != null && dateTo < dateFrom) errors.push(claimErrors.dateToBeforeFrom());
  if (dateClaimed < dateFrom) errors.push(claimErrors.dateClaimedBeforeFrom());
  return errors;
}

function enteredLine(
  line: ClaimLineInput,
  field: string,
  entry: CatalogueEntry | undefined,
  notFound: (field: string) => DomainError,
  errors: DomainError[],
): EnteredLine {
  if (!entry) errors.push(notFound(`${field}.code`));
  if (!isQuantity(line.quantity)) errors.push(claimErrors.quantityInvalid(`${field}.quantity`));
  else if (entry?.maximumQuantity != null && line.quantity > entry.maximumQuantity) errors.push(claimErrors.quantityAboveMaximum(`${field}.quantity`, entry.maximumQuantity));
  const priceOk = isMoney(line.priceAsked) && moneyToCents(line.priceAsked) > 0;
  if (!priceOk) errors.push(claimErrors.priceInvalid(`${field}.priceAsked`));
  return {
    catalogueId: entry?.id ?? '',
    quantity: line.quantity,
    priceAsked: priceOk ? centsToMoney(moneyToCents(line.priceAsked)) : line.priceAsked,
    explanation: textOf(line.explanation, `${field}.explanation`, errors),
  };
}

function isQuantity(quantity: number): boolean {
  return Number.isFinite(quantity) && quantity > 0 && quantity < MAX_QUANTITY && Math.round(quantity * 100) === quantity * 100;
}

/** Cents of quantity × price, rounded half up to the cent (quantities have at most two decimals). */
function lineCents(line: EnteredLine): number {
  return Math.round((Math.round(line.quantity * 100) * moneyToCents(line.priceAsked)) / 100);
}

function textOf(value: string | null | undefined, field: string, errors: DomainError[]): string | null {
  const text = trimmedOrNull(value);
  if (text !== null && (text.length > TEXT_MAX_LENGTH || unstorableText(text))) errors.push(claimErrors.textInvalid(field));
  return text;
}
