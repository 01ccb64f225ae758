export * from './auth.dto';
export * from './award.dto';
export * from './member.dto';
export * from './page.dto';
export * from './entry.dto';
export * from './screening.dto';
export * from './jury.dto';
export * from './results.dto';
