import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@alianza/authz';
import { Db } from '@alianza/db';
import { DEMO_PASSWORD, demoLoaded } from './demo-seed';

@ObjectType('DemoSignIn', { description: 'How to sign in to the demo accounts of this instance.' })
export class DemoSignInType {
  @Field({ description: 'The password of every demo account.' }) password!: string;
}

/** Lets the sign-in pages show the demo password only where the demo data was loaded. */
@Resolver()
export class DemoResolver {
  constructor(private readonly db: Db) {}

  @Public() // the sign-in page asks before anyone signs in; it says nothing unless the demo is here
  @Query(() => DemoSignInType, {
    nullable: true,
    description:
      'The demo accounts’ password while this instance holds the demo data; null otherwise.',
  })
  async demoSignIn(): Promise<DemoSignInType | null> {
    return (await demoLoaded(this.db)) ? { password: DEMO_PASSWORD } : null;
  }
}
