import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { buildCsv, formatIsoDateFr } from '@tremplin/domain';
import { Public } from '../../core/auth/auth.decorators';
import { JOB_CONTRACT_KIND_LABELS, SHARED_OFFER_SOURCE_LABELS } from './job-board.common';
import type { BoardOfferRow } from './job-board.repository';
import { JobBoardService } from './job-board.service';

/** One offer of the feed: the offer and its structure's name, no personal data at all. */
function feedOffer(r: BoardOfferRow) {
  return {
    id: r.id,
    source: r.sourceKind,
    jobTitle: r.jobTitle,
    town: r.town,
    postalCode: r.postalCode,
    contractKind: r.contractKind,
    contractKindLabel: r.contractKind ? (JOB_CONTRACT_KIND_LABELS[r.contractKind] ?? r.contractKind) : null,
    description: r.description,
    structureName: r.ownerStructureName,
    sharedAt: r.sharedAt.toISOString(),
  };
}

const CSV_HEADER = [
  'Métier',
  'Commune',
  'Code postal',
  'Contrat',
  'Description',
  'Structure',
  'Origine',
  'Partagée le',
];

/** The bearer token (`Authorization: Bearer …`) or the `token` query parameter. */
function tokenOf(req: Request, query: string | undefined): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : query;
}

/**
 * The outside feed of a network's offers (JSON and CSV), for the bearer of the network's feed token: no session, an
 * unknown network and a wrong token answer the same 404.
 */
@Controller('api/job-board')
export class JobBoardController {
  constructor(private readonly service: JobBoardService) {}

  @Public()
  @Get(':networkId/offers.json')
  async json(
    @Param('networkId') networkId: string,
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const rows = await this.service.feed(networkId, tokenOf(req, token));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.status(200).send(JSON.stringify({ offers: rows.map(feedOffer) }));
  }

  @Public()
  @Get(':networkId/offers.csv')
  async csv(
    @Param('networkId') networkId: string,
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const rows = await this.service.feed(networkId, tokenOf(req, token));
    const body = buildCsv(
      CSV_HEADER,
      rows.map((r) => {
        const o = feedOffer(r);
        return [
          o.jobTitle,
          o.town,
          o.postalCode,
          o.contractKindLabel,
          o.description,
          o.structureName,
          SHARED_OFFER_SOURCE_LABELS[o.source] ?? o.source,
          formatIsoDateFr(o.sharedAt.slice(0, 10)),
        ];
      }),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="offres-du-reseau.csv"');
    res.status(200).send(body);
  }
}
