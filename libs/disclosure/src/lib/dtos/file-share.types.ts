import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { FileAccessKind, ItemFileKind } from '@alianza/shared';
import { FileShare } from '../entities/disclosure-request.entity';
import type { FileAccessRecord } from '../shared-file.service';

registerEnumType(FileAccessKind, {
  valuesMap: {
    DOWNLOAD: { description: 'The file was downloaded.' },
    VIEW: { description: 'The file was viewed in the browser.' },
  },
  name: 'FileAccessKind',
  description: 'How a recipient opened a shared file.',
});

@ObjectType('FileShare', {
  description:
    'A file of the version that a recipient gets (docs/adr/0032); files not listed are withheld.',
})
export class FileShareType {
  @Field(() => ID, { description: 'The id of the file.' }) fileId!: string;
  @Field(() => [Int], { nullable: true, description: 'Pages of a PDF; null: the whole file.' })
  pages!: number[] | null;
  @Field({ description: 'Whether it may be downloaded, not only viewed.' }) download!: boolean;

  static from(share: FileShare): FileShareType {
    return Object.assign(new FileShareType(), share);
  }
}

@ObjectType('SharedFile', {
  description:
    'A file shared with your organization, as you get it: a copy stamped with your organization, your name, the date and the grant’s reference, of the approved pages only.',
})
export class SharedFileType {
  @Field(() => ID, { description: 'The id of the file.' }) fileId!: string;
  @Field({ description: "The file's name." }) name!: string;
  @Field(() => ItemFileKind, { description: 'What kind of file it is.' }) kind!: ItemFileKind;
  @Field({ description: 'Its media type (for example application/pdf).' }) mediaType!: string;
  @Field(() => [Int], { nullable: true, description: 'The pages shared; null: the whole file.' })
  pagesShared!: number[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Pages of the copy you get (of a PDF); null for other kinds.',
  })
  pageCount!: number | null;
  @Field({ description: 'Whether you may download it, not only view it.' }) download!: boolean;
  @Field({ description: 'Relative path that shows the stamped copy (GET, signed in).' })
  viewUrl!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Relative path that downloads the stamped copy; null when view only.',
  })
  downloadUrl!: string | null;
}

@ObjectType('FileAccess', { description: 'A recipient viewed or downloaded a shared file.' })
export class FileAccessType {
  @Field(() => ID, { description: 'The id of the access.' }) id!: string;
  @Field(() => ID, { description: 'The id of the grant it went through.' }) grantId!: string;
  @Field(() => ID, { description: 'The id of the organization that opened it.' })
  recipientOrganizationId!: string;
  @Field(() => ID, { description: 'The id of the person who opened it.' }) userId!: string;
  @Field({ description: 'The display name of the person who opened it.' }) userName!: string;
  @Field(() => FileAccessKind, { description: 'Whether the file was viewed or downloaded.' })
  kind!: FileAccessKind;
  @Field(() => [Int], { nullable: true, description: 'The pages it held; null: the whole file.' })
  pages!: number[] | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was opened.' }) createdAt!: Date;

  static from({ row: e, userName }: FileAccessRecord): FileAccessType {
    return Object.assign(new FileAccessType(), {
      id: e.id,
      grantId: e.grantId,
      recipientOrganizationId: e.recipientOrganizationId,
      userId: e.userId,
      userName,
      kind: e.kind,
      pages: e.pages,
      createdAt: e.createdAt,
    });
  }
}

export const FileAccessConnection = Connection(FileAccessType, 'FileAccess');
