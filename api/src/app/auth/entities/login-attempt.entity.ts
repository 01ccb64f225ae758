import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FailureCounterColumns } from './failure-counter.columns';

/**
 * Failed sign-ins from one client address for one email, in the database so every API instance
 * counts the same. A lock here holds back that address only, never the email's owner elsewhere.
 */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 254, primaryKeyConstraintName: 'pk_login_attempts' })
  email!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_attempts' })
  clientAddress!: string;

  @Column(() => FailureCounterColumns, { prefix: false })
  counter!: FailureCounterColumns;
}
