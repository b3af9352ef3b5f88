/** One receipt per product among current premiums (§4): the index that settles concurrent adds of one receipt. */
export const PREMIUM_RECEIPT_UNIQUE_INDEX = 'premium_product_receipt_current_unique';
