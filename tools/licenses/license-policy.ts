/**
 * Which licenses a runtime dependency may carry: OSI-approved ones only (this project is a digital
 * public good). Decisions beyond the plain OSI list:
 * - Unlicense: allowed, OSI-approved since 2020.
 * - CC0-1.0: refused on its own (OSI never approved it: it waives no patent rights); allowed as one
 *   side of an OR, e.g. type-fest's "MIT OR CC0-1.0".
 * - GPL/LGPL/AGPL variants: allowed here because they are OSI-approved; compatibility with our
 *   AGPL-3.0-only (e.g. GPL-2.0-only is not) is a separate review.
 * - A license list (the legacy `licenses` array) must be allowed as a whole; a guessed license
 *   (license-checker appends "*" when it read a license file instead of package.json) counts as read.
 */
export const ALLOWED_LICENSES: ReadonlySet<string> = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
  'MPL-2.0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
  'Artistic-2.0',
  'BSL-1.0',
  'PostgreSQL',
  'EPL-2.0',
  'UPL-1.0',
  ...['GPL-2.0', 'GPL-3.0', 'LGPL-2.1', 'LGPL-3.0', 'AGPL-3.0'].flatMap((id) => [id, `${id}-only`, `${id}-or-later`, `${id}+`]),
]);

/** Licenses refused with a reason, so the report says why rather than just "not allowed". */
export const REFUSED_LICENSES: Readonly<Record<string, string>> = {
  'Elastic-2.0': 'source-available, not open source',
  'BUSL-1.1': 'source-available until its change date, not open source',
  'SSPL-1.0': 'not OSI-approved',
  UNLICENSED: 'no license granted',
  'CC0-1.0': 'public-domain dedication, not OSI-approved (allowed only as an OR alternative)',
};

/** True when an SPDX expression (with AND, OR, WITH and parentheses) grants an allowed license. */
export function isAllowedExpression(expression: string): boolean {
  const tokens = expression.replace(/[()]/g, (paren) => ` ${paren} `).trim().split(/\s+/).filter(Boolean);
  let position = 0;

  const parseOr = (): boolean => {
    let allowed = parseAnd();
    while (tokens[position]?.toUpperCase() === 'OR') {
      position++;
      const right = parseAnd();
      allowed = allowed || right;
    }
    return allowed;
  };
  const parseAnd = (): boolean => {
    let allowed = parseTerm();
    while (tokens[position]?.toUpperCase() === 'AND') {
      position++;
      const right = parseTerm();
      allowed = allowed && right;
    }
    return allowed;
  };
  const parseTerm = (): boolean => {
    const token = tokens[position++];
    if (token === '(') {
      const allowed = parseOr();
      if (tokens[position++] !== ')') throw new Error(`unbalanced parentheses in "${expression}"`);
      return allowed;
    }
    if (token === undefined || token === ')') throw new Error(`malformed license expression "${expression}"`);
    if (tokens[position]?.toUpperCase() === 'WITH') position += 2; // an exception only widens the grant
    return ALLOWED_LICENSES.has(token.replace(/\*$/, ''));
  };

  try {
    const allowed = parseOr();
    return allowed && position === tokens.length;
  } catch {
    return false;
  }
}

/** True when every license of a package (one expression, or the legacy list) is allowed. */
export function isAllowedLicense(licenses: string | string[] | undefined): boolean {
  if (licenses === undefined) return false;
  const list = Array.isArray(licenses) ? licenses : [licenses];
  return list.length > 0 && list.every(isAllowedExpression);
}

/** Why a license is refused, for the report. */
export function refusalReason(licenses: string | string[] | undefined): string {
  const text = Array.isArray(licenses) ? licenses.join(', ') : (licenses ?? 'none declared');
  const known = Object.entries(REFUSED_LICENSES).find(([id]) => text.includes(id));
  return known ? `${text}: ${known[1]}` : `${text}: not on the allow-list of OSI-approved licenses`;
}
