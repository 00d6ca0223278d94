/** A text as a reader compares it: case and runs of white space do not count. */
const comparable = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Whether a text meant for everyone repeats a private one as it was written: equal to the
 * private subject, body, or both together, but for case and white space. An anonymised
 * publication must be rewritten, not copied (issue 17: the dialog used to start from the
 * private question word for word).
 */
export function repeatsPrivateText(
  published: string,
  original: { subject?: string | null; body: string },
): boolean {
  const text = comparable(published);
  if (!text) return false;
  const candidates = [
    original.body,
    original.subject ?? '',
    `${original.subject ?? ''} ${original.body}`,
  ];
  return candidates.some((candidate) => comparable(candidate) === text);
}
