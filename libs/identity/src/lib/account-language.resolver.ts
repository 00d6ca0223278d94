import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Authenticated,
  BeforeSecondFactor,
  CurrentActor,
  requireViewer,
} from '@alianza/authz';
import { inputOrLoose, useInstead } from '@alianza/api-core';
import { Locale } from '@alianza/mail';
import { SetMyLanguageInput } from './dtos/identity.inputs';
import { UserType } from './dtos/user.types';
import { IdentityService } from './identity.service';

/** The language of one's account (ADR 0028). */
@Resolver()
export class AccountLanguageResolver {
  constructor(private readonly identity: IdentityService) {}

  @Authenticated() // one's own account only
  @BeforeSecondFactor() // the language of the screens that set a second factor up, too
  @Mutation(() => UserType, {
    description:
      'Set the language of your account: the web apps take it when you sign in, and every ' +
      'email to you is written in it. A value other than ES or EN is refused (BAD_USER_INPUT).',
  })
  async setMyLanguage(
    @CurrentActor() actor: Actor,
    @Args('input', {
      type: () => SetMyLanguageInput,
      nullable: true,
      description: 'The language (required while the deprecated argument lives).',
    })
    input: SetMyLanguageInput | undefined,
    @Args('locale', {
      description: 'The language for the web apps and emails.',
      type: () => Locale,
      nullable: true,
      deprecationReason: useInstead('input.locale'),
    })
    locale: Locale | undefined,
  ): Promise<UserType> {
    const choice = inputOrLoose(input, { locale }, { required: ['locale'] });
    return UserType.from(await this.identity.setLocale(requireViewer(actor), choice.locale));
  }
}
