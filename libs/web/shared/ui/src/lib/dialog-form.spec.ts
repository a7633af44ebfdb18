import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { settle } from '@koko/web/shared/util/testing';
import { DialogFormScaffold } from './dialog-form';

@Component({
  imports: [ReactiveFormsModule, DialogFormScaffold],
  template: `
    <form
      kokoDialogForm
      [formGroup]="form"
      (ngSubmit)="submitted = submitted + 1"
      [state]="state"
      [closeResult]="closeResult"
      heading="Kommune bearbeiten"
      submitTestId="save"
    >
      <input formControlName="name" data-testid="name" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ name: new FormControl('Kleve', { nonNullable: true }) });
  readonly submittingSignal = signal(false);
  readonly errorSignal = signal<string | null>(null);
  readonly state = { submitting: () => this.submittingSignal(), error: () => this.errorSignal() };
  submitted = 0;
  closeResult: unknown = undefined;
}

async function render() {
  const ref = { close: jest.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: MatDialogRef, useValue: ref }] });
  const fixture = TestBed.createComponent(Host);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, ref, host: fixture.componentInstance };
}

describe('DialogFormScaffold', () => {
  it('renders title, the projected fields bound to the form, and the buttons', async () => {
    const { element, byTestId } = await render();
    expect(element.querySelector('h2')?.textContent).toContain('Kommune bearbeiten');
    expect((byTestId('name') as HTMLInputElement).value).toBe('Kleve');
    expect(byTestId('save')?.textContent).toContain('Speichern');
    expect(element.querySelector('form')?.hasAttribute('novalidate')).toBe(true);
  });

  it('submits through the form and closes without a result on cancel', async () => {
    const { byTestId, element, ref, host } = await render();
    byTestId('save')?.click();
    expect(host.submitted).toBe(1);
    const cancel = [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Abbrechen'));
    cancel?.click();
    expect(ref.close).toHaveBeenCalledWith();
  });

  it('closes with the result it is given (an import that already happened)', async () => {
    const { fixture, element, ref, host } = await render();
    host.closeResult = true;
    fixture.changeDetectorRef.markForCheck();
    await settle(fixture);
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Abbrechen'))?.click();
    expect(ref.close).toHaveBeenCalledWith(true);
  });

  it('shows the server error and disables saving while it runs', async () => {
    const { fixture, byTestId, host } = await render();
    host.errorSignal.set('Den Schlüssel gibt es schon.');
    host.submittingSignal.set(true);
    await settle(fixture);
    expect(byTestId('form-error')?.textContent).toContain('Den Schlüssel gibt es schon.');
    expect((byTestId('save') as HTMLButtonElement).disabled).toBe(true);
  });
});
