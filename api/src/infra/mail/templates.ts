/** The mail templates, one file per family; the services import them from here. */
export * from './templates-accounts';
export * from './templates-entries';
export * from './templates-jury';
export * from './templates-results';
