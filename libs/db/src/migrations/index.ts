import { MigrationInterface } from 'typeorm';
import { Initial1795405397946 } from './1795405397946-initial';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Append; never edit one that is committed. */
export const MIGRATIONS: MigrationClass[] = [Initial1795405397946];
