import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ProtectedAction, RequestBudget } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import { ONE_CLICK_UNSUBSCRIBE_PATH } from './email/notification-links';
import { NotificationPreferenceService } from './notification-preference.service';

/**
 * The one-click unsubscribe of RFC 8058: a mail client's own "unsubscribe" button POSTs to the
 * address in a notification email's `List-Unsubscribe` header (body `List-Unsubscribe=One-Click`),
 * and that kind of email stops, as the link in the email's footer does. Only POST: a link
 * scanner's GET changes nothing. The signed token is the authority, signed in or not.
 */
@Controller(ONE_CLICK_UNSUBSCRIBE_PATH.slice(1))
@RequestBudget()
export class OneClickUnsubscribeController {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Public() // from a mail client: the signed token says whose email and which kind
  @ProtectedAction()
  @Post()
  @HttpCode(200)
  async oneClick(@Query('token') token: unknown): Promise<{ unsubscribed: true }> {
    await this.preferences.unsubscribe(typeof token === 'string' ? token : '');
    return { unsubscribed: true };
  }
}
