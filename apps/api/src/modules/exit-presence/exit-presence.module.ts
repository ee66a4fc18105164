import { Module } from '@nestjs/common';
import { ExitPresenceService } from './exit-presence.service';

/**
 * The refresh of the stored exit figures, for the modules that write what the minimum-presence rule reads
 * (activities, funding): a module of its own so that they need not import the outcomes module.
 */
@Module({ providers: [ExitPresenceService], exports: [ExitPresenceService] })
export class ExitPresenceModule {}
