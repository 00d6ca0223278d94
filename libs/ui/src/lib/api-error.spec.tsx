import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ErrorAlert, formPathOf, refusedField } from './api-error';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'This collaboration is closed: it can no longer change.', extensions }],
  });

describe('ErrorAlert', () => {
  it('says the domain’s reason when the API names one', () => {
    renderWithProviders(
      <ErrorAlert error={refusal({ code: 'CONFLICT', reason: 'COLLABORATION_NOT_OPEN' })} />,
    );
    expect(
      screen.getByText('La colaboración no está abierta: ya no admite cambios.'),
    ).toBeInTheDocument();
  });

  it('falls back to the code’s sentence for a reason it does not know, or none', () => {
    const { rerender } = renderWithProviders(
      <ErrorAlert error={refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEWER' })} />,
      { language: 'en' },
    );
    const conflict =
      'Someone changed this at the same time, or it already exists. Refresh and try again.';
    expect(screen.getByText(conflict)).toBeInTheDocument();
    rerender(<ErrorAlert error={refusal({ code: 'CONFLICT' })} />);
    expect(screen.getByText(conflict)).toBeInTheDocument();
  });
});

describe('refusedField and formPathOf', () => {
  it('reads the field, rule and bound a BAD_USER_INPUT names, and nothing from other refusals', () => {
    const details = { field: 'input.fields[1].label', rule: 'maxLength', limit: 200 };
    expect(refusedField(refusal({ code: 'BAD_USER_INPUT', details }))).toEqual(details);
    expect(refusedField(refusal({ code: 'BAD_USER_INPUT' }))).toBeUndefined();
    expect(refusedField(refusal({ code: 'CONFLICT', details }))).toBeUndefined();
  });

  it('finds the field in a form’s values, with or without the argument’s name', () => {
    const values = { title: 'x', fields: [{ label: 'a' }, { label: 'b' }] };
    expect(formPathOf('input.title', values)).toBe('title');
    expect(formPathOf('input.fields[1].label', values)).toBe('fields.1.label');
    expect(formPathOf('title', values)).toBe('title');
    expect(formPathOf('input.fields[5].label', values)).toBeUndefined();
    expect(formPathOf('input.note', values)).toBeUndefined();
  });
});
