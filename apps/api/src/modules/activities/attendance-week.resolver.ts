import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { AttendanceWeekArgs, AttendanceWeekType } from './attendance-week.dto';
import { AttendanceWeekService } from './attendance-week.service';
import { CollectiveSessionType, SessionAttendanceType, SessionAttendeeType } from './dto/collective-session.dto';
import { RecordAttendanceLinesInput, TrainingGroupType } from './training-groups.dto';
import { supervisorScope } from './training-groups.resolver';

@Resolver(() => AttendanceWeekType)
export class AttendanceWeekResolver {
  constructor(private readonly service: AttendanceWeekService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => AttendanceWeekType, {
    description:
      'La grille d’émargement d’un groupe pour une semaine (personnes × jours), avec les totaux par personne.',
  })
  async attendanceWeek(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args() args: AttendanceWeekArgs,
  ): Promise<AttendanceWeekType> {
    const week = await this.service.week(structureId, supervisorScope(user), args.groupId, args.weekStart);
    return Object.assign(new AttendanceWeekType(), {
      group: TrainingGroupType.from(week.group),
      weekStart: week.weekStart,
      sessions: week.sessions.map((s) => CollectiveSessionType.from(s)),
      rows: week.rows.map((r) => ({
        person: Object.assign(new SessionAttendeeType(), {
          id: r.person.id,
          firstName: r.person.firstName,
          lastName: r.person.lastName,
        }),
        cells: r.cells.map((c) => ({
          sessionId: c.sessionId,
          line: c.line ? SessionAttendanceType.from(c.line) : null,
        })),
        attendedMinutes: r.attendedMinutes,
        plannedMinutes: r.plannedMinutes,
      })),
    });
  }

  @Allow(Permission.FIELD_ENTRY)
  @Mutation(() => [SessionAttendanceType], {
    description:
      'Enregistre les cases modifiées ou ajoutées d’une grille (plusieurs sessions) en une fois, tout ou rien : chaque ' +
      'ligne suit la règle de `recordAttendance` (version lue, sinon CONFLICT avec `changedLines`).',
  })
  async recordAttendanceLines(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordAttendanceLinesInput,
  ): Promise<SessionAttendanceType[]> {
    const lines = await this.service.recordLines(structureId, user.id, supervisorScope(user), input.lines);
    return lines.map((l) => SessionAttendanceType.from(l));
  }
}
