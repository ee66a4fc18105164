/**
 * multer (a dependency of @nestjs/platform-express) ships no types and @types/multer is not installed: the part the
 * caseload upload uses (ImportsController), typed here.
 */
declare module 'multer' {
  import type { Request, Response } from 'express';

  export interface UploadedFile {
    fieldname: string;
    originalname: string;
    mimetype: string;
    size: number;
    buffer: Buffer;
  }

  type Handler = (req: Request, res: Response, next: (error?: unknown) => void) => void;

  interface Multer {
    single(field: string): Handler;
  }

  interface MulterFactory {
    (options: { storage: unknown; limits?: { fileSize?: number; files?: number } }): Multer;
    memoryStorage(): unknown;
  }

  const multer: MulterFactory;
  export default multer;
}
