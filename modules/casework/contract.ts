// The vocabulary comes first: the part files below import it back through this file, and ES modules
// evaluate a cycle depth-first, so it must be defined before any of them runs.
export * from './contract/vocabulary';

// Requests and responses, one file per part of the record; import them from here.
export * from './contract/persons';
export * from './contract/cases';
export * from './contract/referrals';
export * from './contract/consents';
export * from './contract/plan';
export * from './contract/resources';
export * from './contract/rights';
export * from './contract/facts';
