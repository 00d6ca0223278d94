/** What the server puts in place of each redacted span of a body (libs/disclosure, `REDACTION_MARKER`). */
export const REDACTION_MARKER = '[█ redacted]';
