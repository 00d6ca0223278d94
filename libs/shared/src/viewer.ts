/** The signed-in user of a request, as the authentication layer establishes it. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
  readonly email: string;
  readonly displayName: string;
  readonly isPlatformAdmin: boolean;
  readonly isFacilitator: boolean;
  /**
   * Whether the account has a second factor turned on: known for a session (the instance may
   * require one of staff, see `PolicyGuard`); undefined for a reporting API token.
   */
  readonly hasSecondFactor?: boolean;
  /**
   * Whether the account's address is proven (a link emailed to it was followed). Rules that
   * match invitations by address apply only then; false for a reporting API token.
   */
  readonly emailVerified?: boolean;
}
