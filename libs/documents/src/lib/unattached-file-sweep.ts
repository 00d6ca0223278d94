import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { AuditService } from '@alianza/audit';
import { Claims, Db } from '@alianza/db';
import { DocumentStore } from '@alianza/storage';

/** An upload the sweep deleted (migration PruneUnattachedFiles1795419950000). */
interface PrunedFile {
  id: string;
  collaboration_id: string;
  owner_organization_id: string;
  name: string;
  bytes: string;
  sha256: string;
  created_at: Date;
}

/** Uploads deleted in one transaction at most. */
const BATCH = 200;

/**
 * Deletes the uploads (`POST /files`) never attached to an item version within
 * `FILES_UNATTACHED_HOURS` (docs/adr/0034): their rows, through the function only this job may
 * call, with an `item_file.swept` record each in their collaboration's audit log, in one
 * transaction; then, once committed, their objects from the document store. Runs every
 * `EXPIRY_SWEEP_SECONDS`; safe on several instances (rows another transaction holds are skipped).
 */
@Injectable()
export class UnattachedFileSweep extends PeriodicSweep {
  protected readonly logger = new Logger(UnattachedFileSweep.name);
  private readonly keptMs: number;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly store: DocumentStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
    this.keptMs = config.files.unattachedMs;
  }

  /** Deletes what was uploaded before `now - FILES_UNATTACHED_HOURS` and never attached. */
  async sweep(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.keptMs);
    let total = 0;
    for (;;) {
      const pruned = await this.prune(before);
      // After the commit: an object whose row is gone can no longer be attached or read.
      for (const file of pruned) {
        await this.store
          .remove(file.collaboration_id, file.id)
          .catch((error: unknown) =>
            this.logger.error({ err: error }, `Could not remove the object of file ${file.id}`),
          );
      }
      total += pruned.length;
      if (pruned.length < BATCH) break;
    }
    if (total > 0)
      this.logger.log(`Deleted ${total} uploads never attached since ${before.toISOString()}`);
    return total;
  }

  private prune(before: Date): Promise<PrunedFile[]> {
    return this.db.runAs(Claims.system('file-prune'), () =>
      this.db.transaction(async (manager) => {
        const pruned = await manager.query<PrunedFile[]>(
          `SELECT * FROM alianza_rls.prune_unattached_files($1, $2)`,
          [before, BATCH],
        );
        const byCollaboration = new Map<string, PrunedFile[]>();
        for (const file of pruned)
          byCollaboration.set(file.collaboration_id, [
            ...(byCollaboration.get(file.collaboration_id) ?? []),
            file,
          ]);
        for (const [collaborationId, files] of byCollaboration)
          await this.audit.append(
            collaborationId,
            files.map((file) => ({
              action: 'item_file.swept',
              actorUserId: null,
              subjectType: 'ItemFile',
              subjectId: file.id,
              organizationId: file.owner_organization_id,
              payload: {
                name: file.name,
                bytes: Number(file.bytes),
                sha256: file.sha256,
                uploadedAt: file.created_at,
              },
            })),
          );
        return pruned;
      }),
    );
  }
}
