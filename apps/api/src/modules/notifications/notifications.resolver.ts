import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { Allow, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError } from '../../core/errors/app-errors';
import { MarkNotificationsReadInput, NotificationPageType, NotificationType } from './notification.dto';
import { NotificationsService } from './notifications.service';

const PAGE_DEFAULT = 20;
const PAGE_MAX = 100;

/** My notifications (whoever I am: structure staff or partner reviewer), never anyone else's. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Allow(Permission.NOTIFICATION_READ)
  @Query(() => NotificationPageType, { description: 'Mes notifications, les plus récentes d’abord.' })
  async notifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: PAGE_DEFAULT }) first: number | null,
  ): Promise<NotificationPageType> {
    const n = first ?? PAGE_DEFAULT;
    if (n < 1 || n > PAGE_MAX)
      throw new BadUserInputError([
        { field: 'first', message: `Le nombre de notifications est compris entre 1 et ${PAGE_MAX}.` },
      ]);
    return this.page(user, Boolean(unreadOnly), n);
  }

  @Allow(Permission.NOTIFICATION_READ)
  @Mutation(() => NotificationPageType, {
    description: 'Marque mes notifications comme lues (celles indiquées, ou toutes) ; renvoie ma première page.',
  })
  async markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<NotificationPageType> {
    const ids = (input.ids ?? []).filter(isUuid);
    if (!input.all && !(input.ids ?? []).length)
      throw new BadUserInputError([
        { field: 'ids', message: 'Indiquez les notifications à marquer comme lues, ou toutes.' },
      ]);
    await this.service.markRead(user.id, ids, Boolean(input.all));
    return this.page(user, false, PAGE_DEFAULT);
  }

  private async page(user: AuthUser, unreadOnly: boolean, first: number): Promise<NotificationPageType> {
    const page = await this.service.list(user.id, unreadOnly, first);
    return { unreadCount: page.unreadCount, items: page.items.map((n) => NotificationType.from(n)) };
  }
}
