import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import { CredentialKeys } from './signing-keys';

/** did:web of this host: the issuer's public keys (current and retired) as Multikey under assertionMethod. */
@Controller('.well-known')
export class DidWebController {
  constructor(private readonly keys: CredentialKeys) {}

  @Public()
  @Get('did.json')
  @Header('Content-Type', 'application/did+json')
  @Header('Cache-Control', 'public, max-age=300')
  @Header('Access-Control-Allow-Origin', '*')
  didDocument(): Record<string, unknown> {
    return this.keys.didDocument();
  }
}
