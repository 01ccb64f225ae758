export * from './enums';
export * from './limits';
export * from './errors';
export * from './permissions';
export * from './api-types';
export * from './entries';
export * from './jury';
export * from './results';
