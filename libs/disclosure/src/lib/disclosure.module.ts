import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@alianza/documents';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { IdentityModule } from '@alianza/identity';
import { OrganizationModule } from '@alianza/organization';
import { StorageModule } from '@alianza/storage';
import { AreaResolver } from './area.resolver';
import { CollaborationDisclosureResolver } from './collaboration-disclosure.resolver';
import { AreaService } from './area.service';
import { DisclosureDecisionService } from './disclosure-decision.service';
import { DisclosureReadService } from './disclosure-read.service';
import { DisclosureRequestResolver } from './disclosure-request.resolver';
import { DisclosureRequestService } from './disclosure-request.service';
import { AreaEntity } from './entities/area.entity';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import { GrantEntity } from './entities/grant.entity';
import { ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
import { OverlapNoteEntity } from './entities/overlap-note.entity';
import { OverlapEntity } from './entities/overlap.entity';
import { PublicationDeliveryEntity } from './entities/publication-delivery.entity';
import { PublicationEntity } from './entities/publication.entity';
import { ExpirySweeper } from './expiry-sweeper';
import { GrantReviewService } from './grant-review.service';
import { GrantResolver } from './grant.resolver';
import { GrantService } from './grant.service';
import { ItemResolver } from './item.resolver';
import { ItemVersionResolver } from './item-version.resolver';
import { ItemListRead } from './item-list.read';
import { ItemService } from './item.service';
import { OverlapResolver } from './overlap.resolver';
import { OverlapService } from './overlap.service';
import { PendingRequestService } from './pending-request.service';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';
import { SharedItemConnectionResolver } from './shared-item-connection.resolver';
import { SharedResolver } from './shared.resolver';
import { SharedService } from './shared.service';
import { FileAccessEntity } from './entities/file-access.entity';
import { SharedFileController } from './shared-file.controller';
import { HiddenValueCheck } from './hidden-value-check';
import { ItemFileAccessesResolver } from './item-file-accesses.resolver';
import { SharedItemFilesResolver } from './shared-file.resolver';
import { SharedFileService } from './shared-file.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    DocumentsModule,
    OrganizationModule,
    NotificationModule,
    IdentityModule,
    StorageModule,
    TypeOrmModule.forFeature([
      FileAccessEntity,
      AreaEntity,
      OverlapEntity,
      OverlapNoteEntity,
      ItemEntity,
      ItemVersionEntity,
      DisclosureRequestEntity,
      GrantEntity,
      PublicationEntity,
      PublicationDeliveryEntity,
    ]),
  ],
  providers: [
    AreaService,
    OverlapService,
    ItemService,
    ItemListRead,
    PendingRequestService,
    DisclosureRequestService,
    DisclosureDecisionService,
    GrantService,
    DisclosureReadService,
    HiddenValueCheck,
    SharedService,
    PublicationService,
    GrantReviewService,
    ExpirySweeper,
    AreaResolver,
    CollaborationDisclosureResolver,
    OverlapResolver,
    ItemResolver,
    ItemVersionResolver,
    DisclosureRequestResolver,
    GrantResolver,
    SharedResolver,
    SharedItemConnectionResolver,
    PublicationResolver,
    SharedFileService,
    SharedItemFilesResolver,
    ItemFileAccessesResolver,
  ],
  controllers: [SharedFileController],
  exports: [AreaService, OverlapService, SharedService],
})
export class DisclosureModule {}
