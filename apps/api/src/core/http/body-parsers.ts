import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@tremplin/domain';
import type { NextFunction, Request, Response } from 'express';

/**
 * What the request body parsers (body-parser: the `type` of their http-errors) refuse, said in French: the request
 * never reached the API, so nothing was saved. Left to Nest, a refusal answered its English message (« request entity
 * too large », « Unexpected end of JSON input ») and was logged at error level.
 */
export const BODY_REFUSALS: Record<string, string> = {
  'entity.too.large':
    'La requête dépasse la taille permise (100 ko) : rien n’a été enregistré. Raccourcissez le texte saisi.',
  'entity.parse.failed': 'La requête n’est pas un JSON valide : rien n’a été enregistré.',
  'entity.verify.failed': 'La requête n’a pas pu être vérifiée : rien n’a été enregistré.',
  'encoding.unsupported':
    'L’encodage de la requête n’est pas pris en charge (utilisez UTF-8) : rien n’a été enregistré.',
  'charset.unsupported':
    'Le jeu de caractères de la requête n’est pas pris en charge (utilisez UTF-8) : rien n’a été enregistré.',
  'request.aborted': 'La requête a été interrompue avant d’arriver entière : rien n’a été enregistré.',
  'request.size.invalid': 'La taille annoncée de la requête ne correspond pas à son contenu : rien n’a été enregistré.',
  'stream.encoding.set': 'La requête n’a pas pu être lue : rien n’a été enregistré.',
  'parameters.too.many': 'La requête porte trop de paramètres : rien n’a été enregistré.',
};

/** A refusal of a body parser: an http-errors error with a client status and one of its `type`s. */
export function bodyRefusal(e: unknown): { status: number; message: string } | null {
  if (typeof e !== 'object' || e === null) return null;
  const { type, status } = e as { type?: unknown; status?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return null;
  const message = Object.hasOwn(BODY_REFUSALS, type) ? BODY_REFUSALS[type] : undefined;
  return message ? { status, message } : null;
}

/**
 * The JSON and form parsers Nest would add (its defaults: 100 kB), registered here — after the middlewares that must
 * mark every answer, refusals included (Cache-Control) — followed by the handler that answers their refusals as the
 * API answers its own: `{ code, message }`, in French. The application is created with `bodyParser: false`.
 */
export function useBodyParsers(app: NestExpressApplication): void {
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    const refusal = bodyRefusal(err);
    if (!refusal) return next(err);
    res.status(refusal.status).json({ code: ErrorCode.BAD_USER_INPUT, message: refusal.message });
  });
}
