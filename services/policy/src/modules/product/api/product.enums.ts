import { graphqlEnumOf } from '@imis/graphql';
import {
  CEILING_EXCLUSIONS,
  CEILING_INTERPRETATIONS,
  CEILING_TYPES,
  DISTRIBUTION_CARE_TYPES,
  LIMITATION_TYPES,
  PRICE_ORIGINS,
  RELATIVE_PRICE_PERIODS,
} from '../domain/product-codes';

// The openIMIS one-letter codes are the GraphQL values, as in the events.
export const ProductCeilingType = graphqlEnumOf('ProductCeilingType', CEILING_TYPES, {
  description: 'Which deductible and ceiling apply (alone, decisions table)',
  valueDescriptions: { I: 'per insuree', T: 'per treatment (claim)', P: 'per policy' },
});
export const ProductCeilingInterpretation = graphqlEnumOf('ProductCeilingInterpretation', CEILING_INTERPRETATIONS, {
  description: 'How a claim is told in-patient from out-patient for the IP/OP variants',
  valueDescriptions: { I: "the claim's type (in-patient when it spans days)", H: "the facility's level (hospital)" },
});
export const ProductPriceOrigin = graphqlEnumOf('ProductPriceOrigin', PRICE_ORIGINS, {
  valueDescriptions: { P: 'price list', O: "the provider's own price", R: 'relative price' },
});
export const ProductLimitationType = graphqlEnumOf('ProductLimitationType', LIMITATION_TYPES, {
  valueDescriptions: { C: 'co-insurance: the insurer pays the limit %', F: 'fixed: the insurer pays at most the limit per unit' },
});
export const ProductCeilingExclusion = graphqlEnumOf('ProductCeilingExclusion', CEILING_EXCLUSIONS, {
  description: 'Paid in full outside the ceiling',
  valueDescriptions: { H: 'in a hospital context', N: 'outside a hospital context', B: 'both' },
});
export const RelativePricePeriod = graphqlEnumOf('RelativePricePeriod', RELATIVE_PRICE_PERIODS, {
  valueDescriptions: { M: 'monthly (12 periods)', Q: 'quarterly (4)', Y: 'yearly (1)' },
});
export const RelativePriceCareType = graphqlEnumOf('RelativePriceCareType', DISTRIBUTION_CARE_TYPES, {
  valueDescriptions: { B: 'both', I: 'in-patient', O: 'out-patient' },
});
