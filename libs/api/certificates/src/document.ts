// The certificate renderer without the Nest module graph, for the PDF benchmark: the document
// as issued and its Helvetica baseline (which the API itself never uses).
export * from './lib/document';
export { renderCertificateBaseline } from './lib/document/render-certificate';
