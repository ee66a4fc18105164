import { Module } from '@nestjs/common';
import { ContractsPersonResolver, ContractsResolver } from './contracts.resolver';
import { ContractsRepository } from './contracts.repository';
import { ContractsService } from './contracts.service';

/** Contrats de professionnalisation: legal checks, lifecycle with the OPCO, break follow-up, training progress. */
@Module({
  providers: [ContractsRepository, ContractsService, ContractsResolver, ContractsPersonResolver],
})
export class ContractsModule {}
