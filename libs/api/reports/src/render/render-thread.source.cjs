/*
 * Starts the render thread from its TypeScript sources, where no compiled JavaScript exists: under Jest (ts-jest
 * compiles the test's modules, but a worker thread is a fresh Node.js context that Jest's transform does not reach).
 * The built application never loads this file: it starts dist/…/render-thread.js.
 * Transpiles each .ts file on require (TypeScript's transpileModule, no type check) and maps the workspace's path
 * aliases (@tremplin/…) as tsconfig.base.json declares them.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { workerData } = require('node:worker_threads');
const ts = require('typescript');

// The workspace's root: the nearest folder above this file that holds tsconfig.base.json.
const root = (function findRoot(dir) {
  if (fs.existsSync(path.join(dir, 'tsconfig.base.json'))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`tsconfig.base.json introuvable au-dessus de ${__dirname}`);
  return findRoot(parent);
})(__dirname);
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, path.join(root, target)]),
);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      useDefineForClassFields: false,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

require(workerData.entry);
