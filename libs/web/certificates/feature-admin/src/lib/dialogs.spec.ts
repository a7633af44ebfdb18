import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CertificatesAdminService } from '@koko/web/certificates/data-access';
import { ReissueDialog } from './reissue-dialog';
import { RevokeDialog } from './revoke-dialog';
import { certificate } from './test-data';
import { settle } from '@koko/web/shared/util/testing';

function setup<T>(component: new (...args: never[]) => T, service: object) {
  const ref = { close: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: CertificatesAdminService, useValue: service },
      { provide: MatDialogRef, useValue: ref },
      { provide: MAT_DIALOG_DATA, useValue: { certificate: certificate({ id: 'c1', printedName: 'Anna Müller' }), holderName: 'Anna Müller' } },
    ],
  });
  const fixture = TestBed.createComponent(component);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const type = (id: string, value: string) => {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { fixture, element, byTestId, type, ref };
}

describe('RevokeDialog', () => {
  it('requires a reason and revokes with a trimmed note', async () => {
    const service = { revoke: jest.fn().mockResolvedValue(certificate({ state: 'REVOKED' })) };
    const { fixture, element, byTestId, type, ref } = setup(RevokeDialog, service);
    byTestId('revoke-confirm')?.click();
    await settle(fixture);
    expect(service.revoke).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte wählen Sie einen Grund.');

    (fixture.componentInstance as unknown as { form: { controls: { reason: { setValue(v: string): void } } } }).form.controls.reason.setValue('MISCONDUCT');
    type('revoke-note', '  Täuschung bei Modul 3  ');
    byTestId('revoke-confirm')?.click();
    await settle(fixture);
    expect(service.revoke).toHaveBeenCalledWith({ certificateId: 'c1', reason: 'MISCONDUCT', note: 'Täuschung bei Modul 3' });
    expect(ref.close).toHaveBeenCalledWith(expect.objectContaining({ state: 'REVOKED' }));
  });

  it('keeps the dialog open with the API’s message when revoking fails', async () => {
    const service = { revoke: jest.fn().mockRejectedValue({ errors: [{ message: 'Das Zertifikat ist bereits widerrufen.', extensions: { code: 'ALREADY_REVOKED' } }] }) };
    const { fixture, byTestId, ref } = setup(RevokeDialog, service);
    (fixture.componentInstance as unknown as { form: { controls: { reason: { setValue(v: string): void } } } }).form.controls.reason.setValue('OTHER');
    byTestId('revoke-confirm')?.click();
    await settle(fixture);
    expect(service.revoke).toHaveBeenCalledWith({ certificateId: 'c1', reason: 'OTHER', note: null });
    expect(byTestId('form-error')?.textContent).toContain('bereits widerrufen');
    expect(ref.close).not.toHaveBeenCalled();
  });
});

describe('ReissueDialog', () => {
  it('starts with the printed name, requires a reason and sends the corrected name', async () => {
    const service = { reissue: jest.fn().mockResolvedValue(certificate({ id: 'c2', number: 'KOKO-2026-000002' })) };
    const { fixture, element, byTestId, type, ref } = setup(ReissueDialog, service);
    expect((byTestId('reissue-printed-name') as HTMLInputElement).value).toBe('Anna Müller');
    type('reissue-printed-name', ' ');
    byTestId('reissue-confirm')?.click();
    await settle(fixture);
    expect(service.reissue).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte geben Sie den Namen ein (mindestens 2 Zeichen).');
    expect(element.textContent).toContain('Bitte geben Sie einen Grund an (mindestens 3 Zeichen).');

    type('reissue-printed-name', 'Anna Müller-Schmitz ');
    type('reissue-reason', 'Namensänderung nach Eheschließung');
    byTestId('reissue-confirm')?.click();
    await settle(fixture);
    expect(service.reissue).toHaveBeenCalledWith({ certificateId: 'c1', printedName: 'Anna Müller-Schmitz', reason: 'Namensänderung nach Eheschließung' });
    expect(ref.close).toHaveBeenCalledWith(expect.objectContaining({ number: 'KOKO-2026-000002' }));
  });
});
