export * from './award-lifecycle';
export * from './award-rules';
export * from './media-files';
export * from './login-throttle';
export * from './person-name';
export * from './eligibility';
export * from './screening';
