import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When an account's owner was last told that an address got locked out of it (one mail per lock window). */
@Entity('login_lock_notices')
export class LoginLockNotice {
  @PrimaryColumn({
    type: 'varchar',
    length: 254,
    primaryKeyConstraintName: 'pk_login_lock_notices',
  })
  email!: string;

  @Column({ type: 'timestamptz' })
  notifiedAt!: Date;
}
