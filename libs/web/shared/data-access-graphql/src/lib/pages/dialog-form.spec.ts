import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { createDialogForm } from './dialog-form';

function setup(save: () => Promise<unknown> | null, closeOnSave?: boolean) {
  const ref = { close: jest.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: MatDialogRef, useValue: ref }] });
  const form = new FormControl('', { nonNullable: true, validators: Validators.required });
  const dialog = TestBed.runInInjectionContext(() => createDialogForm({ form, save, closeOnSave }));
  return { ref, form, dialog };
}

describe('createDialogForm', () => {
  it('shows every field error instead of saving an invalid form', async () => {
    const save = jest.fn(async () => 'saved');
    const { form, dialog, ref } = setup(save);
    await dialog.submit();
    expect(save).not.toHaveBeenCalled();
    expect(form.touched).toBe(true);
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('saves once and closes the dialog with the result', async () => {
    let finish: (value: string) => void = () => undefined;
    const save = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const { form, dialog, ref } = setup(save);
    form.setValue('Kleve');
    const first = dialog.submit();
    expect(dialog.submitting()).toBe(true);
    await dialog.submit();
    finish('saved');
    await first;
    expect(save).toHaveBeenCalledTimes(1);
    expect(ref.close).toHaveBeenCalledWith('saved');
    expect(dialog.submitting()).toBe(false);
  });

  it('keeps the dialog open with the server message when saving fails', async () => {
    const save = jest.fn().mockRejectedValueOnce({ errors: [{ message: 'Den Schlüssel gibt es schon.', extensions: { code: 'CONFLICT' } }] });
    const { form, dialog, ref } = setup(save);
    form.setValue('Kleve');
    await dialog.submit();
    expect(dialog.error()).toBe('Den Schlüssel gibt es schon.');
    expect(ref.close).not.toHaveBeenCalled();
    save.mockResolvedValueOnce('ok');
    await dialog.submit();
    expect(dialog.error()).toBeNull();
  });

  it('stays open, showing the field errors, when valid fields give no input', async () => {
    const { form, dialog, ref } = setup(() => null);
    form.setValue('31.03.2026 02:30');
    await dialog.submit();
    expect(form.touched).toBe(true);
    expect(dialog.submitting()).toBe(false);
    expect(dialog.error()).toBeNull();
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('can stay open after saving, and closes without a result', async () => {
    const { form, dialog, ref } = setup(async () => 'report', false);
    form.setValue('x');
    await dialog.submit();
    expect(ref.close).not.toHaveBeenCalled();
    dialog.close();
    expect(ref.close).toHaveBeenCalledWith();
  });
});
