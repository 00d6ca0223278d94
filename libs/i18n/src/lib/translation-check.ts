import type { MessageBundle } from './messages';

/** Every text of a namespace by its dotted path: `[['status.to.ACTIVE', 'Activar'], …]`. */
export function textsOf(texts: object, prefix = ''): [path: string, text: string][] {
  return Object.entries(texts).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : textsOf(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1]))].sort().join(', ');
}

/**
 * What is wrong with the translations of an app's namespaces, one line each: a text one language
 * lacks, an empty text, or placeholders (`{{name}}`) that differ between Spanish and English.
 * The types already refuse most of this (`Messages<T>`); this catches what they let through
 * (a cast, an empty string, a placeholder renamed in one language only).
 */
export function translationProblems(namespaces: Record<string, MessageBundle>): string[] {
  const problems: string[] = [];
  for (const [ns, bundle] of Object.entries(namespaces)) {
    const es = new Map(textsOf(bundle.es));
    const en = new Map(textsOf(bundle.en));
    for (const [path, text] of es) {
      const english = en.get(path);
      if (english === undefined) problems.push(`${ns}:${path} has no English text`);
      else if (placeholders(text) !== placeholders(english))
        problems.push(
          `${ns}:${path} fills {{${placeholders(text)}}} in Spanish, {{${placeholders(english)}}} in English`,
        );
      if (!text.trim()) problems.push(`${ns}:${path} is empty in Spanish`);
    }
    for (const [path, text] of en) {
      if (!es.has(path)) problems.push(`${ns}:${path} has no Spanish text`);
      if (!text.trim()) problems.push(`${ns}:${path} is empty in English`);
    }
  }
  return problems;
}
