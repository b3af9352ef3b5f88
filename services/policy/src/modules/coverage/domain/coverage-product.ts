import type { EnquiryLine } from './line-enquiry';
export type { SplitAmount } from './remaining-amounts';

/** A product's per-category limit: claims per coverage period (null: unlimited), most paid per claim (null: none). */
export interface CategoryLimit {
  readonly maxCount: number | null;
  readonly maxAmount: string | null;
}

export type CategoryLimits = Readonly<Record<'consultation' | 'surgery' | 'delivery' | 'hospitalization' | 'visit' | 'antenatal', CategoryLimit>>;

/** The part of a product line the enquiry reads (the product's full line carries more). */
export type ProductLine = EnquiryLine & { readonly itemId?: string | null; readonly serviceId?: string | null };
