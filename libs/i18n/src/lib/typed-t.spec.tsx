import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createI18n } from './i18n';
import { defineMessages } from './messages';
import {
  typedI18n,
  type CatalogueOf,
  type CommonTexts,
  type MessageKey,
  type NamespaceWith,
  type TranslateIn,
} from './typed-t';

// The checks are types: `npm run typecheck` fails when one of them stops holding.
const plan = defineMessages(
  {
    title: 'Plan',
    status: { to: { ACTIVE: 'Activar', CLOSED: 'Cerrar' } },
    tasks_one: '{{count}} tarea',
    tasks_other: '{{count}} tareas',
  },
  {
    title: 'Plan',
    status: { to: { ACTIVE: 'Activate', CLOSED: 'Close' } },
    tasks_one: '{{count}} task',
    tasks_other: '{{count}} tasks',
  },
);
const other = defineMessages({ only: 'Solo aquí' }, { only: 'Only here' });

interface Demo extends CatalogueOf<{ plan: typeof plan; other: typeof other }> {
  readonly common: CommonTexts;
}

const { useT, useTitle } = typedI18n<Demo>();

describe('typed keys', () => {
  it('read the texts through i18next: plurals by count, common by its prefix, titles', () => {
    const i18n = createI18n({ plan, other }, 'es');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => ({ t: useT('plan').t, title: useTitle() }), { wrapper });
    expect(result.current.t('status.to.CLOSED')).toBe('Cerrar');
    expect(result.current.t('tasks', { count: 2 })).toBe('2 tareas');
    expect(result.current.t('common:actions.save')).toBe('Guardar');
    expect(result.current.title('plan')).toBe('Plan');
  });

  it('are the dotted paths of the Spanish texts, a plural text by its base key', () => {
    expectTypeOf<MessageKey<typeof plan.es>>().toEqualTypeOf<
      'title' | 'status.to.ACTIVE' | 'status.to.CLOSED' | 'tasks'
    >();
    expectTypeOf<NamespaceWith<Demo, 'title'>>().toEqualTypeOf<'plan'>();
  });

  it("refuse a missing key, another namespace's, a plural without count and the ns option", () => {
    const uses = (
      t: TranslateIn<Demo, 'plan'>,
      status: 'ACTIVE' | 'CLOSED',
      anything: string,
    ): string[] => [
      t('title'),
      t(`status.to.${status}`),
      t('tasks', { count: 2 }),
      t('common:actions.save'),
      // @ts-expect-error: no such text
      t('status.to.DRAFT'),
      // @ts-expect-error: a key built from any string
      t(`status.to.${anything}`),
      // @ts-expect-error: another namespace's text
      t('only'),
      // @ts-expect-error: a plural text needs its count
      t('tasks'),
      // @ts-expect-error: the namespace is the hook's, or a prefix
      t('title', { ns: 'other' }),
    ];
    expect(uses).toBeTypeOf('function');
  });
});
