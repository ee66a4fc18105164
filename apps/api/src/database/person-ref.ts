import { JoinColumn, ManyToOne } from 'typeorm';

/**
 * The foreign key of a pathway record to its person *and* structure: (person_id, structure_id) → person(id, structure_id).
 * The database refuses a record whose structure is not its person's. Deleting a person deletes their records.
 */
export function PersonRef(table: string): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    // The persons module's entity, by name: database sits below the modules and imports none of them (ADR 0012).
    ManyToOne('PersonEntity', { onDelete: 'CASCADE' })(target, key);
    JoinColumn([
      { name: 'person_id', referencedColumnName: 'id', foreignKeyConstraintName: `FK_${table}_person` },
      { name: 'structure_id', referencedColumnName: 'structureId' },
    ])(target, key);
  };
}

/**
 * The foreign key of a child record to its parent *in the same structure*: (column, structure_id) → parent(id, structure_id).
 * The parent table declares `@Unique(['id', 'structureId'])`.
 */
export function SameStructureJoin(column: string, constraint: string): PropertyDecorator {
  return JoinColumn([
    { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
    { name: 'structure_id', referencedColumnName: 'structureId' },
  ]);
}
