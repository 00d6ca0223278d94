import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ItemFileKind } from '@alianza/shared';
import { ItemFileEntity } from '../entities/item-file.entity';

registerEnumType(ItemFileKind, {
  valuesMap: {
    DOCUMENT: { description: 'A text document.' },
    IMAGE: { description: 'An image.' },
    OTHER: { description: 'Anything else; not accepted for now.' },
    PDF: { description: 'A PDF document.' },
    SPREADSHEET: { description: 'A spreadsheet.' },
  },
  name: 'ItemFileKind',
  description: 'What a document is, decided from its content.',
});

@ObjectType('ItemFile', {
  description:
    'A document of an item version: for the owner organization and the facilitator (download: GET /files/{id}).',
})
export class ItemFileType {
  @Field(() => ID, { description: 'The id of the file.' }) id!: string;
  @Field({ description: 'Sanitised, with the extension of its type.' }) name!: string;
  @Field({ description: 'Decided from the content.' }) mediaType!: string;
  @Field(() => ItemFileKind, { description: 'What kind of file it is.' }) kind!: ItemFileKind;
  @Field(() => Float, { description: 'Size in bytes.' }) bytes!: number;
  @Field(() => Int, { nullable: true, description: 'Pages of a PDF; null for other kinds.' })
  pages!: number | null;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was uploaded.' }) uploadedAt!: Date;

  static from(e: ItemFileEntity): ItemFileType {
    return Object.assign(new ItemFileType(), {
      id: e.id,
      name: e.name,
      mediaType: e.mediaType,
      kind: e.kind,
      bytes: e.bytes,
      pages: e.pages,
      sha256: e.sha256,
      uploadedAt: e.createdAt,
    });
  }

  /** The answer of `POST /files`: the same names as in GraphQL (`kind` by its enum key). */
  static json(e: ItemFileEntity) {
    const kind = Object.entries(ItemFileKind).find(([, value]) => value === e.kind)?.[0];
    return { id: e.id, name: e.name, mediaType: e.mediaType, kind, bytes: e.bytes, pages: e.pages };
  }
}
