import { Module } from '@nestjs/common';
import { PersonsResolver } from './persons.resolver';
import { PersonsService } from './persons.service';

@Module({ providers: [PersonsService, PersonsResolver] })
export class PersonsModule {}
