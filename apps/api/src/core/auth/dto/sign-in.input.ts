import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@structure.fr.' })
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  email!: string;

  @Field()
  @IsNotEmpty({ message: 'Saisissez votre mot de passe.' })
  @MaxLength(200, { message: 'Le mot de passe est trop long (200 caractères au plus).' })
  password!: string;
}
