/** The language's vocabulary: declarations, keywords and enumerated values, one typed row each. */
export * from './declarations.js';
export * from './keywords.js';
export * from './kinds.js';
export * from './weekdays.js';
