import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRights, Right } from '@imis/auth';
import { InsuranceNumbers } from '../application/insurance-numbers';
import { InsuranceNumberValidityModel } from './insurance-number-validity.model';

@Resolver()
export class InsuranceNumberValidityResolver {
  constructor(
    private readonly numbers: InsuranceNumbers,
    private readonly em: EntityManager,
  ) {}

  @RequireRights(Right.InsureeAdd, Right.InsureeEdit, Right.FamilyAdd, Right.FamilyEdit, Right.InsureeSearch)
  @Query(() => InsuranceNumberValidityModel, {
    description: "Checks a number against the scheme's rule and the current insurees (a form checks it before saving)",
  })
  async insuranceNumberValidity(@Args('number') number: string): Promise<InsuranceNumberValidityModel> {
    const check = await this.numbers.validity(this.em, number.trim());
    return check.isValid
      ? { isValid: true, errorCode: null, code: null, errorMessage: null }
      : { isValid: false, errorCode: check.errorCode, code: check.code, errorMessage: check.message };
  }
}
