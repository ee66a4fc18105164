import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { ImportLogType, ImportRunType, ImportUploadType, RunImportInput } from './dto/import.types';
import { ImportsService } from './imports.service';

/** The caseload import: the file is uploaded by `POST /api/imports` (ImportsController), then mapped and run here. */
@Resolver()
export class ImportsResolver {
  constructor(private readonly service: ImportsService) {}

  @Allow(Permission.CASELOAD_IMPORT)
  @Query(() => ImportUploadType, { description: 'Un fichier déposé, ses colonnes et le choix proposé pour chacune.' })
  async importUpload(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportUploadType> {
    return ImportUploadType.from(await this.service.preview(structureId, id));
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Query(() => [ImportLogType], { description: 'Les imports de ma structure, le plus récent d’abord.' })
  async importLogs(
    @CurrentStructure() structureId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<ImportLogType[]> {
    return (await this.service.logs(structureId, Math.min(Math.max(first, 1), 100))).map(ImportLogType.from);
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Mutation(() => ImportRunType, {
    description:
      'Essai : ce que l’import ferait de chaque ligne, sans rien enregistrer (même code, transaction annulée).',
  })
  async dryRunImport(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RunImportInput,
  ): Promise<ImportRunType> {
    return ImportRunType.from(await this.service.run(structureId, user.id, input, true));
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Mutation(() => ImportRunType, {
    description: 'Importe le fichier en une transaction (les lignes refusées ne le sont pas) et garde son journal.',
  })
  async runImport(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RunImportInput,
  ): Promise<ImportRunType> {
    return ImportRunType.from(await this.service.run(structureId, user.id, input, false));
  }
}
