import { Extensions } from '@nestjs/graphql';

/** The cap of a string argument or input field that declares none. */
export const DEFAULT_TEXT_MAX_LENGTH = 10_000;

/** The cap of every string inside a `filter` argument (search criteria reach SQL patterns). */
export const SEARCH_TEXT_MAX_LENGTH = 200;

/** A cap for fields bounded by the request body limit and checked by their service (base64 files). */
export const BODY_LIMITED = Number.POSITIVE_INFINITY;

/** Field (or argument) extensions the input sanitation reads. */
export interface InputRuleExtensions {
  /** Longest string accepted, in UTF-16 code units (JavaScript length). */
  readonly textMaxLength?: number;
  /** An `ID` that is not a UUID: its format is not checked. */
  readonly anyId?: boolean;
}

/**
 * Another cap than the default for one input field, e.g. `@TextCap(BODY_LIMITED)` on a base64 file the
 * service sizes itself, or a tighter one. Strings in its lists get the same cap.
 */
export function TextCap(maxLength: number): PropertyDecorator {
  return Extensions({ textMaxLength: maxLength } satisfies InputRuleExtensions);
}

/** An `ID` input field whose values are not UUIDs (e.g. an external system's code): not checked as one. */
export function AnyId(): PropertyDecorator {
  return Extensions({ anyId: true } satisfies InputRuleExtensions);
}
