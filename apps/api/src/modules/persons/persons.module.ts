import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { PersonsRepository } from './persons.repository';
import { PersonsResolver } from './persons.resolver';
import { PersonsService } from './persons.service';

/** Persons and the caseload. Their alerts come through the `PersonAlerts` port the stages module provides (ADR 0012). */
@Module({
  imports: [UsersModule],
  providers: [PersonsService, PersonsResolver, PersonsRepository],
  exports: [PersonsRepository],
})
export class PersonsModule {}
