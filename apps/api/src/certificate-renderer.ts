// Entry of the worker threads that render certificate PDFs (CertificateRenderer in the certificates
// library starts them); built next to main.js as certificate-renderer.js.
import { serveCertificateRendering } from '@koko/api/certificates/document';

serveCertificateRendering();
