export * from './conflicts';
export * from './assignment-solver';
export * from './blind-codes';
