import { Global, Module } from '@nestjs/common';
import { LoadersFactory } from './data-loaders';

@Global()
@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
export class GraphqlCoreModule {}
