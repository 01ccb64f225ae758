import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Consecutive failed sign-ins per email, kept in the database so every API instance sees them. */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'int', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
