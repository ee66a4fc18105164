import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { todayInParis } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { BadUserInputError, ConflictError } from '../../../core/errors/app-errors';
import { ImportsRepository } from '../imports.repository';
import { type ImportRun, ImportsService } from '../imports.service';
import { convertEmployeeRecord, recordPass, recordSiret } from './employee-record';
import { fetchEmployeeRecords, LesEmploisError, type LesEmploisFailure } from './les-emplois-client';
import type { LesEmploisLinkEntity } from './les-emplois-link.entity';
import { decryptToken, encryptToken } from './token-cipher';
import { CLOCK, type Clock } from '../../../core/clock/clock';

const NOTHING = 'Rien n’a été importé.';
const NEW_TOKEN =
  'La direction crée un nouveau jeton sur les emplois de l’inclusion (« Mon espace » › « Accès aux API » › « Créer un token d’API ») et lie le compte de nouveau dans Tremplin.';

export const LES_EMPLOIS_MESSAGES = {
  notLinked:
    'Aucun compte des emplois de l’inclusion n’est lié à votre structure : la direction le lie depuis la page « Importer ».',
  noKey:
    'Le jeton des emplois de l’inclusion ne peut pas être chiffré : l’administration de Tremplin doit définir LES_EMPLOIS_TOKEN_KEY (voir le README).',
  unreadable: `Le jeton enregistré ne peut plus être déchiffré (la clé LES_EMPLOIS_TOKEN_KEY a changé). ${NEW_TOKEN} ${NOTHING}`,
  tokenFormat:
    'Collez le jeton d’API tel que les emplois de l’inclusion l’affichent (« Mon espace » › « Accès aux API ») : des lettres et des chiffres, sans espace.',
  failures: {
    TOKEN: `Les emplois de l’inclusion refusent le jeton d’API enregistré : il a expiré, a été régénéré ou révoqué. ${NEW_TOKEN} ${NOTHING}`,
    FORBIDDEN: `Le compte lié n’est administrateur d’aucune structure active sur les emplois de l’inclusion : seul·e un·e administrateur·rice de la structure peut lire ses fiches salarié. ${NOTHING}`,
    THROTTLED: `Les emplois de l’inclusion limitent le nombre de demandes : réessayez dans une minute. ${NOTHING}`,
    UNAVAILABLE: `Les emplois de l’inclusion ne répondent pas pour le moment : réessayez plus tard. ${NOTHING}`,
    BAD_RESPONSE: `La réponse des emplois de l’inclusion n’a pas la forme attendue (liste paginée de fiches salarié) : réessayez plus tard, et signalez-le si cela dure. ${NOTHING}`,
  } satisfies Record<LesEmploisFailure, string>,
} as const;

/** The log's « file »: where the records came from. */
export const LES_EMPLOIS_SOURCE = 'Les emplois de l’inclusion — fiches salarié';

/**
 * The link to les emplois de l’inclusion and the sync of its employee records (issue 15, point 9;
 * docs/domain/les-emplois-sync.md): every page is read first (a refused token changes nothing), then, in one
 * transaction, each record goes through the spreadsheet import's upsert (`ImportsService.applyRows`), and the run
 * is logged as an import.
 */
@Injectable()
export class LesEmploisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsService,
    private readonly repository: ImportsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async link(structureId: string, userId: string, rawToken: string): Promise<LesEmploisLinkEntity> {
    const key = this.key();
    const token = rawToken.trim().replace(/^Token\s+/i, '');
    if (!/^[A-Za-z0-9_-]{20,200}$/.test(token))
      throw new BadUserInputError([{ field: 'token', message: LES_EMPLOIS_MESSAGES.tokenFormat }]);
    // The token must open the employee records before it is kept.
    await this.fetch(token, true, 'Le jeton n’a pas été enregistré.');
    await this.repository.saveLesEmploisLink({
      structureId,
      tokenCiphertext: encryptToken(key, structureId, token),
      tokenEnd: token.slice(-4),
      linkedById: userId,
    });
    return (await this.status(structureId)) as LesEmploisLinkEntity;
  }

  async unlink(structureId: string): Promise<void> {
    await this.repository.deleteLesEmploisLink(structureId);
  }

  async status(structureId: string): Promise<LesEmploisLinkEntity | null> {
    return this.repository.lesEmploisLink(structureId);
  }

  get keyConfigured(): boolean {
    return !!this.config.lesEmploisTokenKey;
  }

  get apiUrl(): string {
    return this.config.lesEmploisApiUrl;
  }

  /** Reads every page of employee records, then imports them in one transaction and logs the run. */
  async sync(structureId: string, userId: string, today = todayInParis(this.clock.now())): Promise<ImportRun> {
    const link = await this.repository.lesEmploisToken(structureId);
    if (!link) throw new BadUserInputError([{ field: 'token', message: LES_EMPLOIS_MESSAGES.notLinked }]);
    const token = decryptToken(this.key(), structureId, link.tokenCiphertext);
    if (token === null) throw new BadUserInputError([{ field: 'token', message: LES_EMPLOIS_MESSAGES.unreadable }]);
    const records = await this.fetch(token, false);

    return this.db.transaction(async (m) => {
      await this.repository.lock(structureId, m);
      const structure = await this.repository.structure(structureId, m);
      const siret = structure.siret.trim();
      const firstOf = new Map<string, number>();
      const rows = records.map((record, i) => {
        const position = i + 1;
        const row = convertEmployeeRecord(record, position, today);
        const recordSiretValue = recordSiret(record);
        if (recordSiretValue !== siret) {
          row.problems.splice(0, row.problems.length, {
            column: 'siret',
            message: `Cette fiche salarié est celle d’une autre structure (SIRET ${recordSiretValue || 'absent'}) : seules celles de ${structure.name} (SIRET ${siret}) sont importées ici.`,
          });
          return row;
        }
        // At most one record per (SIRET, PASS IAE) (itou/api/README-FS-SSII.md): a repeat is not read twice.
        const key = `${recordSiretValue}|${recordPass(record)}`;
        const earlier = recordPass(record) ? firstOf.get(key) : undefined;
        if (earlier !== undefined)
          row.problems.splice(0, row.problems.length, {
            column: 'siret + personnePhysique.passIae',
            message: `Même SIRET et même PASS IAE que la fiche n° ${earlier} de la réponse : la fiche n’est lue qu’une fois.`,
          });
        else if (recordPass(record)) firstOf.set(key, position);
        return row;
      });
      const run = await this.imports.applyRows(
        m,
        structureId,
        userId,
        rows,
        today,
        (line) =>
          `Cette personne figure déjà sur la fiche n° ${line} de la réponse (même PASS IAE, ou mêmes nom, prénom et date de naissance) : la fiche n’est lue qu’une fois.`,
      );
      const log = await this.repository.saveLog(
        {
          structureId,
          importedById: userId,
          fileName: LES_EMPLOIS_SOURCE,
          sha256: createHash('sha256').update(JSON.stringify(records)).digest('hex'),
          createdCount: run.counts.CREATED,
          completedCount: run.counts.COMPLETED,
          unchangedCount: run.counts.UNCHANGED,
          refusedCount: run.counts.REFUSED,
          rows: run.rows,
        },
        m,
      );
      return { ...run, log };
    });
  }

  private key(): Buffer {
    const key = this.config.lesEmploisTokenKey;
    if (!key) throw new ConflictError(LES_EMPLOIS_MESSAGES.noKey);
    return key;
  }

  private async fetch(token: string, probe: boolean, suffix?: string): Promise<unknown[]> {
    try {
      return (await fetchEmployeeRecords(this.config.lesEmploisApiUrl, token, { probe })).records;
    } catch (e) {
      if (!(e instanceof LesEmploisError)) throw e;
      let message: string = LES_EMPLOIS_MESSAGES.failures[e.failure];
      if (suffix) message = message.replace(NOTHING, suffix);
      if (e.failure === 'TOKEN' || e.failure === 'FORBIDDEN')
        throw new BadUserInputError([{ field: 'token', message }]);
      throw new ConflictError(message);
    }
  }
}
