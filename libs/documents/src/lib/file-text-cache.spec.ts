import { FileTextCache } from './file-text-cache';

const text = (chars: number) => ({ parts: [{ text: 'x'.repeat(chars) }] });

describe('FileTextCache', () => {
  it('drops the least recently used texts past its budget of characters', () => {
    const cache = new FileTextCache(10);
    cache.set('a', text(4));
    cache.set('b', text(4));
    expect(cache.get('a')).toEqual(text(4)); // a is now the most recent
    cache.set('c', text(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(text(4));
    expect(cache.get('c')).toEqual(text(4));
    expect(cache.chars).toBe(8);
  });

  it('remembers files without text, and never keeps a text larger than the budget', () => {
    const cache = new FileTextCache<{ parts: { text: string }[] } | null>(10, 2);
    cache.set('none', null);
    expect(cache.get('none')).toBeNull();
    cache.set('huge', text(11));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', text(1));
    cache.set('c', text(1));
    expect(cache.size).toBe(2);
    expect(cache.get('none')).toBeUndefined();
  });

  it('replaces an entry without counting it twice', () => {
    const cache = new FileTextCache(10);
    cache.set('a', text(6));
    cache.set('a', text(6));
    expect(cache.chars).toBe(6);
  });
});
