import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { auditHash, GENESIS_HASH, verifyStoredChain, type ChainVerdict } from './audit-chain';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditEvent {
  awardId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the award's audit chain inside the caller's transaction, so a change and its record
 * commit or fail together. Appends to one award are serialised by an advisory lock.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async append(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `audit:${event.awardId ?? 'system'}`,
    ]);
    const last: { hash: string }[] = await manager.query(
      `SELECT hash FROM audit_log WHERE award_id IS NOT DISTINCT FROM $1 ORDER BY seq DESC LIMIT 1`,
      [event.awardId],
    );
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const at = this.clock.now();
    const link = {
      awardId: event.awardId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      before: (event.before ?? null) as object | null,
      after: (event.after ?? null) as object | null,
      at: at.toISOString(),
    };
    await manager
      .getRepository(AuditEntry)
      .insert({ ...link, at, prevHash, hash: auditHash(prevHash, link) });
  }

  async verify(awardId: string): Promise<ChainVerdict> {
    const rows = await this.db
      .getRepository(AuditEntry)
      .find({ where: { awardId }, order: { seq: 'ASC' } });
    return verifyStoredChain(rows);
  }

  async list(awardId: string, page: number, pageSize: number) {
    const [rows, total] = await this.db.getRepository(AuditEntry).findAndCount({
      where: { awardId },
      order: { seq: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: rows.map((row) => ({
        seq: Number(row.seq),
        actorId: row.actorId,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        before: row.before,
        after: row.after,
        at: row.at.toISOString(),
        hash: row.hash,
      })),
      total,
      page,
      pageSize,
    };
  }
}
