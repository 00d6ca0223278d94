import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { SearchSharedTextEntity } from './entities/search-shared-text.entity';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SharedTextService } from './shared-text.service';

@Module({
  imports: [AuditModule, TypeOrmModule.forFeature([SearchSharedTextEntity])],
  providers: [SearchService, SharedTextService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
