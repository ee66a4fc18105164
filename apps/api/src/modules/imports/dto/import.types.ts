import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { IMPORT_OUTCOME_LABELS, ImportField, ImportOutcome } from '@tremplin/domain';
import type { ImportLogEntity, ImportProblem, ImportRowResult } from '../import.entities';
import type { ImportPreview, ImportRun } from '../imports.service';

registerEnumType(ImportField, {
  name: 'ImportField',
  description: 'Ce qu’une colonne du tableur alimente (catalogue ImportField, libellés IMPORT_FIELD_LABELS).',
});
registerEnumType(ImportOutcome, { name: 'ImportOutcome', description: 'Ce qu’il advient d’une ligne importée.' });

@ObjectType('ImportUpload', { description: 'Un fichier déposé pour un import, gardé jusqu’à l’import (24 h au plus).' })
export class ImportUploadType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'CSV ou XLSX' }) format!: string;
  @Field(() => String, { nullable: true, description: 'CSV : UTF-8 ou Windows-1252.' }) encoding!: string | null;
  @Field(() => String, { nullable: true, description: 'CSV : le séparateur trouvé.' }) delimiter!: string | null;
  @Field(() => [String]) headers!: string[];
  @Field(() => [ImportField], {
    nullable: 'items',
    description: 'Le choix proposé pour chaque colonne (null : ignorée).',
  })
  proposedMapping!: (ImportField | null)[];
  @Field(() => Int) rowCount!: number;
  @Field(() => [[String]], { description: 'Les trois premières lignes, pour reconnaître les colonnes.' })
  sampleRows!: string[][];

  static from(p: ImportPreview): ImportUploadType {
    return Object.assign(new ImportUploadType(), {
      id: p.upload.id,
      fileName: p.upload.fileName,
      format: p.sheet.format,
      encoding: p.sheet.encoding,
      delimiter: p.sheet.delimiter,
      headers: p.sheet.headers,
      proposedMapping: p.proposedMapping,
      rowCount: p.sheet.rows.length,
      sampleRows: p.sheet.rows.slice(0, 3).map((r) => r.cells),
    });
  }
}

@ObjectType('ImportProblem')
export class ImportProblemType {
  @Field({ description: 'L’en-tête de la colonne en cause.' }) column!: string;
  @Field() message!: string;

  static from(p: ImportProblem): ImportProblemType {
    return Object.assign(new ImportProblemType(), { column: p.column, message: p.message });
  }
}

@ObjectType('ImportRow')
export class ImportRowType {
  @Field(() => Int, { description: 'La ligne dans le fichier (les en-têtes sont la ligne 1).' }) line!: number;
  @Field(() => ImportOutcome) outcome!: ImportOutcome;
  @Field() outcomeLabel!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => [String], { description: 'Ce qui est (ou serait) ajouté.' }) changes!: string[];
  @Field(() => [ImportProblemType], { description: 'Pourquoi la ligne est refusée, colonne par colonne.' })
  problems!: ImportProblemType[];
  @Field(() => [ImportProblemType], { description: 'Ce que le fichier dit autrement que la fiche, qui est gardée.' })
  notes!: ImportProblemType[];

  static from(r: ImportRowResult): ImportRowType {
    return Object.assign(new ImportRowType(), {
      ...r,
      outcomeLabel: IMPORT_OUTCOME_LABELS[r.outcome],
      problems: r.problems.map(ImportProblemType.from),
      notes: r.notes.map(ImportProblemType.from),
    });
  }
}

@ObjectType('ImportCounts')
export class ImportCountsType {
  @Field(() => Int) created!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) refused!: number;
}

@ObjectType('ImportLog', { description: 'Qui a importé quel fichier, quand, et ce qu’il est advenu de chaque ligne.' })
export class ImportLogType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'Empreinte SHA-256 du fichier.' }) sha256!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) importedByName!: string | null;
  @Field(() => ImportCountsType) counts!: ImportCountsType;
  @Field(() => [ImportRowType]) rows!: ImportRowType[];

  static from(e: ImportLogEntity): ImportLogType {
    return Object.assign(new ImportLogType(), {
      id: e.id,
      fileName: e.fileName,
      sha256: e.sha256,
      createdAt: e.createdAt,
      importedByName: e.importedBy ? `${e.importedBy.firstName} ${e.importedBy.lastName}` : null,
      counts: {
        created: e.createdCount,
        completed: e.completedCount,
        unchanged: e.unchangedCount,
        refused: e.refusedCount,
      },
      rows: e.rows.map(ImportRowType.from),
    });
  }
}

@ObjectType('ImportRun', { description: 'Le résultat d’un essai (rien n’est enregistré) ou d’un import.' })
export class ImportRunType {
  @Field(() => ImportCountsType) counts!: ImportCountsType;
  @Field(() => [ImportRowType]) rows!: ImportRowType[];
  @Field(() => ImportLogType, { nullable: true, description: 'Le journal de l’import ; absent pour un essai.' })
  log!: ImportLogType | null;

  static from(run: ImportRun): ImportRunType {
    return Object.assign(new ImportRunType(), {
      counts: {
        created: run.counts.CREATED,
        completed: run.counts.COMPLETED,
        unchanged: run.counts.UNCHANGED,
        refused: run.counts.REFUSED,
      },
      rows: run.rows.map(ImportRowType.from),
      log: run.log ? ImportLogType.from(run.log) : null,
    });
  }
}

@InputType()
export class RunImportInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant du fichier déposé manquant : déposez le fichier de nouveau.' })
  uploadId!: string;

  @Field(() => [ImportField], {
    nullable: 'items',
    description: 'Pour chaque colonne du fichier, dans l’ordre : son champ, ou null.',
  })
  @IsArray({ message: 'Choisissez ce que contient chaque colonne.' })
  @ArrayMaxSize(500, { message: 'Le fichier a trop de colonnes (500 au plus).' })
  mapping!: (ImportField | null)[];
}
