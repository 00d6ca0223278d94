import { UserEntity } from '@alianza/identity';
import { OrganizationKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A company, professional, entrepreneur or association, described in the seeds' words. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organizations_name_idx')
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Column({ type: 'text', default: '' })
  mission!: string;

  /** "Quiénes somos". */
  @Column({ type: 'text', default: '' })
  whoWeAre!: string;

  /** "Qué hacemos". */
  @Column({ type: 'text', default: '' })
  whatWeDo!: string;

  /** "Hacia dónde vamos". */
  @Column({ type: 'text', default: '' })
  whereWeAreGoing!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
