import type { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { DomainError } from '@imis/kernel';
import { insuranceNumberRefusals, type InsuranceNumberCheck, type InsuranceNumberValidator } from '../domain/insurance-number-validator';
import { INSURANCE_NUMBER_VALIDATOR } from './insurance-number.validator.token';

/**
 * The scheme's insurance-number rule plus the one check only the database can make: no other current
 * insuree holds the number (openIMIS error 1).
 */
@Injectable()
export class InsuranceNumbers {
  constructor(@Inject(INSURANCE_NUMBER_VALIDATOR) private readonly validator: InsuranceNumberValidator) {}

  /** The format alone (length, check digit…), as the scheme's validator decides. */
  format(number: string): InsuranceNumberCheck {
    return this.validator.check(number);
  }

  async validity(em: EntityManager, number: string, exceptInsureeId?: string): Promise<InsuranceNumberCheck> {
    const format = this.format(number);
    if (!format.isValid) return format;
    return (await this.isTaken(em, number, exceptInsureeId)) ? insuranceNumberRefusals.taken() : format;
  }

  /** The refusal of a number for an insuree being written, or null when it may have it. */
  async refusal(em: EntityManager, number: string, exceptInsureeId?: string): Promise<DomainError | null> {
    return asDomainError(await this.validity(em, number, exceptInsureeId));
  }

  private async isTaken(em: EntityManager, number: string, exceptInsureeId?: string): Promise<boolean> {
    const where = exceptInsureeId ? { insuranceNumber: number, deletedAt: null, id: { $ne: exceptInsureeId } } : { insuranceNumber: number, deletedAt: null };
    return (await em.count('Insuree', where)) > 0; // by name: the registry module imports this one
  }
}

/** A failed check as a refusal on the `insuranceNumber` field; null when valid. */
export function asDomainError(check: InsuranceNumberCheck, field = 'insuranceNumber'): DomainError | null {
  return check.isValid ? null : { code: check.code, message: check.message, field };
}

/** The refusal of a number another current insuree holds (also when a unique index catches a race). */
export function insuranceNumberTaken(field = 'insuranceNumber'): DomainError {
  return asDomainError(insuranceNumberRefusals.taken(), field) as DomainError;
}
