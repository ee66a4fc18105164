import { Module } from '@nestjs/common';
import { ExitPresenceModule } from '../exit-presence';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { StructuresAdminRepository } from './structures-admin.repository';
import { StructuresAdminService } from './structures-admin.service';

/** Structures, staff invitations and roles, passwords (issue 15 points 1–4). */
@Module({
  imports: [ExitPresenceModule],
  providers: [AccountsService, AccountsRepository, StructuresAdminService, StructuresAdminRepository, AccountsResolver],
})
export class AccountsModule {}
