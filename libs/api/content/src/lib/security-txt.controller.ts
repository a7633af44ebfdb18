import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';

/** How long a served security.txt stays valid; RFC 9116 asks for less than a year. */
const VALID_DAYS = 180;

/** RFC 9116 contact file, so researchers know where to report a vulnerability. */
export function securityTxt(config: AppConfig, now: Date): string {
  const expires = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + VALID_DAYS));
  return [
    `Contact: ${config.frontDoor.securityContact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: de, en',
    `Canonical: ${config.publicUrl}/.well-known/security.txt`,
    `Policy: ${config.publicUrl}/kontakt`,
    '',
  ].join('\n');
}

@Controller('.well-known')
export class SecurityTxtController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('security.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  get(): string {
    return securityTxt(this.config, new Date());
  }
}
