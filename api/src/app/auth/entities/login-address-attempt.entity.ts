import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FailureCounterColumns } from './failure-counter.columns';

/** Failed sign-ins from one client address across every email: stops one address spraying accounts. */
@Entity('login_address_attempts')
export class LoginAddressAttempt {
  @PrimaryColumn({
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'pk_login_address_attempts',
  })
  clientAddress!: string;

  @Column(() => FailureCounterColumns, { prefix: false })
  counter!: FailureCounterColumns;
}
