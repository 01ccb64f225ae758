import { Column } from 'typeorm';

/** The columns of one failure counter (see `FailureCounter` in the domain), embedded without a prefix. */
export class FailureCounterColumns {
  @Column({ type: 'int', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  windowStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
