
import { Foundation1795685701762 } from './1795685701762-Foundation';
/** Every migration, oldest first. Listed explicitly because the API is bundled by webpack. */
export const MIGRATIONS: Function[] = [Foundation1795685701762];
