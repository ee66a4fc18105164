import { Module } from '@nestjs/common';
import { StagesModule } from '../stages/stages.module';
import { UsersModule } from '../users/users.module';
import { PersonsRepository } from './persons.repository';
import { PersonsResolver } from './persons.resolver';
import { PersonsService } from './persons.service';

@Module({
  imports: [StagesModule, UsersModule],
  providers: [PersonsService, PersonsResolver, PersonsRepository],
  exports: [PersonsRepository],
})
export class PersonsModule {}
