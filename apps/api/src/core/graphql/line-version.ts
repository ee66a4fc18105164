import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';

/**
 * The version a line of a multi-row editor was read at (docs/domain/concurrent-edits.md): an optional integer of at
 * least `min`; `what` says what to reload when it is invalid (« la feuille d’émargement », « la fiche »).
 */
export function LineVersion(description: string, what: string, min = 1): PropertyDecorator {
  const message = `La version de la ligne est invalide : rechargez ${what}.`;
  return applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt({ message }),
    Min(min, { message }),
  );
}
