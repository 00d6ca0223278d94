import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { OrganizationModule } from '@alianza/organization';
import { AreaService } from './area.service';
import {
  AreaResolver,
  DisclosureRequestResolver,
  ItemResolver,
  PublicationResolver,
  SharedItemConnectionResolver,
  SharedResolver,
} from './disclosure.resolver';
import { DisclosureReadService } from './disclosure-read.service';
import { DisclosureService } from './disclosure.service';
import { AreaEntity } from './entities/area.entity';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import { GrantEntity } from './entities/grant.entity';
import { ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
import { OverlapNoteEntity } from './entities/overlap-note.entity';
import { OverlapEntity } from './entities/overlap.entity';
import { PublicationDeliveryEntity, PublicationEntity } from './entities/publication.entity';
import { ExpirySweeper } from './expiry-sweeper';
import { GrantReviewService } from './grant-review.service';
import { PublicationService } from './publication.service';
import { ItemService } from './item.service';
import { OverlapService } from './overlap.service';
import { SharedService } from './shared.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    OrganizationModule,
    NotificationModule,
    TypeOrmModule.forFeature([
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
    DisclosureService,
    DisclosureReadService,
    SharedService,
    PublicationService,
    GrantReviewService,
    ExpirySweeper,
    AreaResolver,
    ItemResolver,
    DisclosureRequestResolver,
    SharedResolver,
    PublicationResolver,
    SharedItemConnectionResolver,
  ],
  exports: [AreaService, DisclosureService, OverlapService, SharedService],
})
export class DisclosureModule {}
