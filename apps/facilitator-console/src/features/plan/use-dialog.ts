import { useCallback, useRef, useState } from 'react';

/**
 * The state of a dialog that is mounted only while open (so its form starts fresh each time).
 * Mantine returns focus to the opener only when a modal closes while still mounted: this hook
 * remembers the focused element on `open` and focuses it again on `close`.
 */
export function useDialog<T>(): [T | null, (value: T) => void, () => void] {
  const [value, setValue] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((next: T) => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setValue(next);
  }, []);
  const close = useCallback(() => {
    setValue(null);
    const target = opener.current;
    opener.current = null;
    // After the modal has unmounted and released its focus trap.
    if (target) setTimeout(() => target.isConnected && target.focus(), 0);
  }, []);
  return [value, open, close];
}
