import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { AuditAction, AuditTargetType } from './audit-actions';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntryInput {
  actorId: string | null;
  /** Every action needs a summary in `audit-actions.ts`. */
  action: AuditAction;
  targetType: AuditTargetType;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  /** Writes in the caller's transaction, so an action and its audit entry commit together. */
  async record(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
    } as QueryDeepPartialEntity<AuditLogEntity>);
  }
}
