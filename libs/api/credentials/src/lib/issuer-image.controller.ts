import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import { sealSvg } from '@koko/api/core/documents';
import { ISSUER_NAME } from './open-badge';

/**
 * The issuer's image in every credential (`issuer.image`): the seal printed on the documents, an SVG
 * of our own, public like the DID document (wallets and verifiers show it next to the issuer's name).
 * Its URL is ISSUER_IMAGE_PATH.
 */
@Controller('api/credentials')
export class IssuerImageController {
  private readonly svg = sealSvg(`Siegel – ${ISSUER_NAME}`);

  @Public()
  @Get('issuer.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  @Header('Access-Control-Allow-Origin', '*')
  image(): string {
    return this.svg;
  }
}
