import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import type { NotificationEntity } from './notification.entity';

@ObjectType('Notification', { description: 'Une notification dans l’application (la mienne).' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field({ description: '`NotificationKind`' }) kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'Où aller dans l’application.' }) link!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;

  static from(e: NotificationEntity): NotificationType {
    return Object.assign(new NotificationType(), {
      id: e.id,
      kind: e.kind,
      title: e.title,
      body: e.body,
      link: e.link,
      createdAt: e.createdAt,
      readAt: e.readAt,
    });
  }
}

@ObjectType('NotificationPage')
export class NotificationPageType {
  @Field(() => Int, { description: 'Toutes mes notifications non lues (pas seulement celles de la page).' })
  unreadCount!: number;
  @Field(() => [NotificationType]) items!: NotificationType[];
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Les notifications lues (les autres identifiants sont ignorés).' })
  @IsOptional()
  @IsArray({ message: 'Indiquez les notifications à marquer comme lues.' })
  @ArrayMaxSize(500, { message: 'Marquez au plus 500 notifications à la fois.' })
  @IsString({ each: true, message: 'Identifiant de notification invalide.' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Toutes mes notifications.' })
  @IsOptional()
  @IsBoolean({ message: '« Toutes » vaut vrai ou faux.' })
  all?: boolean | null;
}
