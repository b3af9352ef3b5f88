import { type ComposeFile, interpolations } from './compose-model';

/** A variable of deploy/.env.example: `NAME=value`, or `# NAME=default` when it is optional. */
export interface ExampleVariable {
  name: string;
  value: string;
  commented: boolean;
}

export function exampleVariables(text: string): ExampleVariable[] {
  return text
    .split('\n')
    .map((line) => /^(#\s?)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[2], value: match[3], commented: match[1] !== undefined }));
}

/**
 * A fresh deploy/.env made from the example must start the platform: every variable the compose file uses
 * is there, none silently empty (each `${X}` has a default `:-` or stops compose with `:?`), every secret's
 * variable is an assignment of its own (to fill in), and the example lists nothing the compose file ignores.
 */
export function envExampleProblems(composeText: string, compose: ComposeFile, exampleText: string): string[] {
  const problems: string[] = [];
  const example = new Map(exampleVariables(exampleText).map((variable) => [variable.name, variable]));
  const used = interpolations(composeText);
  for (const { name, operator } of used) {
    if (operator !== ':-' && operator !== ':?') problems.push(`\${${name}} has neither a default (:-) nor a message (:?): it would be silently empty`);
    if (!example.has(name)) problems.push(`${name} (used by the compose file) is not in deploy/.env.example`);
  }
  const secretVariables = Object.entries(compose.secrets ?? {}).flatMap(([secret, source]) => (source.environment ? [[secret, source.environment]] : []));
  for (const [secret, variable] of secretVariables) {
    const listed = example.get(variable);
    if (!listed || listed.commented) problems.push(`${variable} (secret ${secret}) must be an assignment in deploy/.env.example`);
    else if (listed.value !== '') problems.push(`${variable} (secret ${secret}) must be empty in deploy/.env.example: no shared default secret`);
  }
  const usedNames = new Set([...used.map(({ name }) => name), ...secretVariables.map(([, variable]) => variable)]);
  for (const name of example.keys()) if (!usedNames.has(name)) problems.push(`${name} is in deploy/.env.example but the compose file does not use it`);
  return problems;
}
