/**
 * The shape every translation must have: the English text of a namespace is typed from its
 * Spanish text, so a missing or extra key is a type error, not an untranslated string on screen.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

export interface MessageBundle<T extends object = object> {
  readonly es: T;
  readonly en: Messages<T>;
}

/** Declares one namespace of texts: Spanish first (the product's language), then English. */
export function defineMessages<T extends object>(es: T, en: Messages<T>): MessageBundle<T> {
  return { es, en };
}
