import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

/** A file of the new service: its path inside `services/<name>/` and its content. */
export interface RenderedFile {
  path: string;
  content: string;
}

const SUFFIX = '.tmpl';

/** Replaces every `{{key}}`; an unknown key is an error (a template and the generator out of step). */
export function renderText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/{{(\w+)}}/g, (placeholder, key: string) => {
    if (!(key in values)) throw new Error(`Unknown placeholder ${placeholder}`);
    return values[key]!;
  });
}

/** A template's path without `.tmpl`, with `__key__` replaced (`src/config/__name__.config.ts.tmpl`). */
export function renderPath(templatePath: string, values: Readonly<Record<string, string>>): string {
  if (!templatePath.endsWith(SUFFIX)) throw new Error(`${templatePath}: templates end with ${SUFFIX}`);
  return templatePath.slice(0, -SUFFIX.length).replace(/__(\w+?)__/g, (placeholder, key: string) => {
    if (!(key in values)) throw new Error(`Unknown placeholder ${placeholder} in ${templatePath}`);
    return values[key]!;
  });
}

/** Every template under `directory`, rendered (in memory: nothing is written if one fails). */
export function renderTemplates(directory: string, values: Readonly<Record<string, string>>): RenderedFile[] {
  return listFiles(directory).map((file) => ({
    path: renderPath(relative(directory, file), values),
    content: renderText(readFileSync(file, 'utf8'), values),
  }));
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(directory, entry.name)) : [join(directory, entry.name)]))
    .sort();
}
