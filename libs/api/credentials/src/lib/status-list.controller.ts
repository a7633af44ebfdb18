import { Controller, Get, Param, ParseIntPipe, Res } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import type { Response } from 'express';
import { StatusListsService } from './status-lists.service';

/** Public: verifiers fetch the signed status list a credential points to. */
@Controller('api/credentials/status')
export class StatusListController {
  constructor(private readonly lists: StatusListsService) {}

  @Public()
  @Get(':n')
  async statusList(@Param('n', ParseIntPipe) n: number, @Res() res: Response): Promise<void> {
    const credential = n >= 1 ? await this.lists.statusListCredential(n) : null;
    if (!credential) return void res.status(404).json({ code: 'STATUS_LIST_NOT_FOUND' });
    res.status(200);
    res.setHeader('Content-Type', 'application/vc+ld+json');
    // Short: a revocation should reach verifiers within minutes.
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.send(JSON.stringify(credential));
  }
}
