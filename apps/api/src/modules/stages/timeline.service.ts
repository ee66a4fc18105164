import { Inject, Injectable } from '@nestjs/common';
import { todayInParis } from '@tremplin/domain';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { buildTimelines, type TimelineEntry, type TimelineRows } from './timeline.entries';
import { TIMELINE_KINDS, TimelineRepository } from './timeline.repository';

/** The person timeline, computed on read (docs/adr/0004-pathway-records.md). */
@Injectable()
export class TimelineService {
  constructor(
    private readonly repo: TimelineRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The timelines of `personIds` of the caller's structure, one list per id in the same order, newest first:
   * one statement whatever the number of persons and records. Ids of another structure get an empty list.
   * `sensitive`: the caller holds SENSITIVE_READ (otherwise confidential events are left out, sensitive criteria and
   * prescriber kinds masked).
   */
  async timelineByPersons(
    structureId: string,
    personIds: readonly string[],
    options: { sensitive: boolean },
  ): Promise<TimelineEntry[][]> {
    const ids = [...new Set(personIds)];
    const tagged = await this.repo.rowsByPersons(structureId, ids, options.sensitive);
    const rows = Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, []])) as unknown as Record<
      keyof TimelineRows,
      unknown[]
    >;
    // JSON carries instants as text: `createdAt` orders the facts of one day, as a Date. Each row is a fresh object
    // of this answer: converted in place rather than copied (hundreds of rows for a long pathway).
    for (const { kind, row } of tagged) {
      (row as { createdAt: string | Date }).createdAt = new Date(row.createdAt);
      rows[kind].push(row);
    }
    return buildTimelines(
      personIds,
      rows as unknown as TimelineRows,
      options.sensitive,
      todayInParis(this.clock.now()),
    );
  }
}
