import { Injectable } from '@nestjs/common';
import { FileTextService, ItemFileEntity } from '@alianza/documents';
import { Redaction } from './entities/disclosure-request.entity';
import { ItemVersionEntity } from './entities/item-version.entity';
import { sharedFiles } from './file-shares';
import { hiddenValueLeaks, RecipientHiddenValueLeak } from './redaction';

/**
 * The redaction assistant on the server (docs/adr/0013, 0034): for each recipient, the hidden
 * fields whose value it could still read in the version's text, title, visible fields, or in
 * what it gets of the version's files. Files are read only when a recipient with hidden fields
 * gets some, and their text comes from `FileTextService` (decrypted and parsed on demand).
 */
@Injectable()
export class HiddenValueCheck {
  constructor(private readonly texts: FileTextService) {}

  /** `versionFiles`: the version's files as the caller may read them, asked only if needed. */
  async leaks(
    version: ItemVersionEntity,
    redactions: readonly { organizationId: string; redaction: Redaction }[],
    versionFiles: () => Promise<readonly ItemFileEntity[]>,
  ): Promise<RecipientHiddenValueLeak[]> {
    const shared = new Set(
      redactions
        .filter(({ redaction }) => redaction.fieldKeys.length > 0)
        .flatMap(({ redaction }) => sharedFiles(redaction).map((share) => share.fileId)),
    );
    const files = shared.size ? (await versionFiles()).filter((f) => shared.has(f.id)) : [];
    const texts = await this.texts.textOf(files);
    return hiddenValueLeaks(
      version,
      redactions,
      new Map(files.map((f) => [f.id, { name: f.name, text: texts.get(f.id) ?? null }])),
    );
  }
}
