export type { Locale, NumberKind, ParseError, ParseResult } from './parse.ts';
export { MAX_INPUT, parseNumber } from './parse.ts';
export { formatNumber, formatWhole, toCanonical } from './format.ts';
export { compactSuffixes, parseCount } from './compact.ts';
