import type { ActivityDimension } from '@alianza/graphql-client/types';

export const DIMENSIONS: readonly ActivityDimension[] = ['MARKET', 'SEGMENT', 'PRODUCT'];

/** The API's limit on an uploaded customer file (UTF-8 bytes); checked here before sending. */
export const MAX_CUSTOMER_FILE_BYTES = 2 * 1024 * 1024;

export type CustomerFile =
  { ok: true; content: string; fileName: string } | { ok: false; reason: 'tooBig' | 'unreadable' };

/** Reads a chosen customer file as text in the browser, refusing one over the API's limit. */
export async function readCustomerFile(file: File): Promise<CustomerFile> {
  if (file.size > MAX_CUSTOMER_FILE_BYTES) return { ok: false, reason: 'tooBig' };
  try {
    const content = await readText(file);
    if (new TextEncoder().encode(content).length > MAX_CUSTOMER_FILE_BYTES)
      return { ok: false, reason: 'tooBig' };
    return { ok: true, content, fileName: file.name };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** A file's text, decoded as UTF-8 (FileReader: in every browser, and in jsdom). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Whether two selections hold the same ids, in any order. */
export function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
