/** The signed-in user of a request, as the authentication layer establishes it. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
  readonly email: string;
  readonly displayName: string;
  readonly isPlatformAdmin: boolean;
  readonly isFacilitator: boolean;
}
