import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import { unstorableText } from '@imis/kernel';
import { isUuid } from '@imis/persistence';
import { DEFAULT_TEXT_MAX_LENGTH, type InputRuleExtensions, SEARCH_TEXT_MAX_LENGTH } from './input-rules';

export type InputDefectReason = 'NUL_CHARACTER' | 'LONE_SURROGATE' | 'TOO_LONG' | 'NOT_A_UUID';

/** The first value of an operation's input that may not reach a resolver. */
export interface InputDefect {
  /** Where: the argument and the path inside it, e.g. `input.head.lastName`, `input.insureeIds[1]`. */
  readonly argument: string;
  readonly reason: InputDefectReason;
  /** The cap that was exceeded (TOO_LONG). */
  readonly maxLength?: number;
  /** The literal or the variable in the document that carries it. */
  readonly node: ASTNode;
}

export interface InputLimits {
  readonly defaultMaxLength: number;
  readonly searchMaxLength: number;
  /** Arguments whose strings are search criteria (capped at searchMaxLength unless a field declares its own). */
  readonly searchArguments: ReadonlySet<string>;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  defaultMaxLength: DEFAULT_TEXT_MAX_LENGTH,
  searchMaxLength: SEARCH_TEXT_MAX_LENGTH,
  searchArguments: new Set(['filter']),
};

export interface OperationInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** As the client sent them (not yet coerced). */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** How one position checks its strings: its cap, and whether an `ID` there must be a UUID. */
interface Rule {
  readonly maxLength: number;
  readonly anyId: boolean;
}

type Defect = InputDefect | null;

const FEDERATION_ANY = '_Any';

/**
 * Finds the first string in an operation's arguments, literal or variable, at any depth of input objects
 * and lists, that PostgreSQL cannot store (NUL, lone surrogate), that is longer than its cap, or an `ID`
 * that is not a UUID. Walks the selections (fragments included) with the schema's types, so that each value
 * is judged by the argument or input field it fills: caps and id formats declared there (`@TextCap`,
 * `@AnyId`), search arguments capped tighter. Values that do not fit their type are left to GraphQL's own
 * coercion. Federation `_Any` representations are walked too, their `ID` key fields checked as UUIDs.
 */
export function findInputDefect(input: OperationInput, limits: InputLimits = DEFAULT_INPUT_LIMITS): InputDefect | null {
  return new InputWalker(input, limits).operation();
}

class InputWalker {
  private readonly variableDefinitions = new Map<string, VariableDefinitionNode>();
  private readonly visitedFragments = new Set<string>();

  constructor(
    private readonly input: OperationInput,
    private readonly limits: InputLimits,
  ) {
    for (const definition of input.operation.variableDefinitions ?? []) this.variableDefinitions.set(definition.variable.name.value, definition);
  }

  operation(): Defect {
    const root = this.input.schema.getRootType(this.input.operation.operation);
    return root ? this.selections(this.input.operation.selectionSet, root) : null;
  }

  private selections(set: SelectionSetNode, parent: GraphQLNamedType): Defect {
    for (const selection of set.selections) {
      let defect: Defect = null;
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue; // __typename and the other meta fields
        for (const argument of selection.arguments ?? []) {
          const definition = field.args.find((candidate) => candidate.name === argument.name.value);
          if (!definition) continue;
          const base = this.limits.searchArguments.has(definition.name) ? this.limits.searchMaxLength : this.limits.defaultMaxLength;
          defect ??= this.value(definition.type, argument.value, definition.name, ruleOf(definition, base), base);
        }
        if (selection.selectionSet) defect ??= this.selections(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.input.schema.getType(selection.typeCondition.name.value) : parent;
        if (type) defect = this.selections(selection.selectionSet, type);
      } else {
        const name = selection.name.value;
        const fragment = this.input.fragments[name];
        if (!fragment || this.visitedFragments.has(name)) continue;
        this.visitedFragments.add(name);
        const type = this.input.schema.getType(fragment.typeCondition.name.value);
        if (type) defect = this.selections(fragment.selectionSet, type);
      }
      if (defect) return defect;
    }
    return null;
  }

  /** A literal of the document, or the value of the variable it names. */
  private value(type: GraphQLInputType, node: ValueNode, path: string, rule: Rule, base: number): Defect {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      const variables = this.input.variables ?? {};
      if (Object.prototype.hasOwnProperty.call(variables, name)) return this.json(type, variables[name], path, rule, base, node);
      const fallback = this.variableDefinitions.get(name)?.defaultValue;
      return fallback ? this.value(type, fallback, path, rule, base) : null;
    }
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped)) {
      if (node.kind !== Kind.LIST) return this.value(unwrapped.ofType, node, path, rule, base); // one value for a list of one
      for (const [index, item] of node.values.entries()) {
        const defect = this.value(unwrapped.ofType, item, `${path}[${index}]`, rule, base);
        if (defect) return defect;
      }
      return null;
    }
    if (isInputObjectType(unwrapped)) {
      if (node.kind !== Kind.OBJECT) return null;
      const fields = unwrapped.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (!definition) continue;
        const defect = this.value(definition.type, field.value, `${path}.${definition.name}`, ruleOf(definition, base), base);
        if (defect) return defect;
      }
      return null;
    }
    if (!isScalarType(unwrapped)) return null; // enums: GraphQL checks them
    if (unwrapped.name === FEDERATION_ANY) return this.representation(valueFromASTUntyped(node, this.input.variables), path, rule, node);
    if (node.kind === Kind.STRING) return this.scalar(unwrapped, node.value, path, rule, node);
    if (node.kind === Kind.INT && isId(unwrapped) && !rule.anyId) return { argument: path, reason: 'NOT_A_UUID', node };
    if (node.kind === Kind.OBJECT || node.kind === Kind.LIST) return this.untypedLiteral(node, path, rule);
    return null;
  }

  /** A variable's value, judged by the type of the position it fills. */
  private json(type: GraphQLInputType, value: unknown, path: string, rule: Rule, base: number, node: ASTNode): Defect {
    if (value === null || value === undefined) return null;
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped)) {
      if (!Array.isArray(value)) return this.json(unwrapped.ofType, value, path, rule, base, node);
      for (const [index, item] of value.entries()) {
        const defect = this.json(unwrapped.ofType, item, `${path}[${index}]`, rule, base, node);
        if (defect) return defect;
      }
      return null;
    }
    if (isInputObjectType(unwrapped)) {
      if (!isRecord(value)) return null;
      for (const definition of Object.values(unwrapped.getFields())) {
        if (!Object.prototype.hasOwnProperty.call(value, definition.name)) continue;
        const defect = this.json(definition.type, value[definition.name], `${path}.${definition.name}`, ruleOf(definition, base), base, node);
        if (defect) return defect;
      }
      return null;
    }
    if (!isScalarType(unwrapped)) return null;
    if (unwrapped.name === FEDERATION_ANY) return this.representation(value, path, rule, node);
    if (typeof value === 'string') return this.scalar(unwrapped, value, path, rule, node);
    if (typeof value === 'number' && isId(unwrapped) && !rule.anyId) return { argument: path, reason: 'NOT_A_UUID', node };
    return typeof value === 'object' ? this.untypedJson(value, path, rule, node) : null;
  }

  private scalar(type: GraphQLScalarType, value: string, path: string, rule: Rule, node: ASTNode): Defect {
    const defect = this.text(value, path, rule, node);
    if (defect || !isId(type) || rule.anyId || isUuid(value)) return defect;
    return { argument: path, reason: 'NOT_A_UUID', node };
  }

  /** An entity representation (`_entities`): its strings, and its `ID` fields as UUIDs (they are keys). */
  private representation(value: unknown, path: string, rule: Rule, node: ASTNode): Defect {
    const defect = this.untypedJson(value, path, rule, node);
    if (defect || !isRecord(value) || typeof value.__typename !== 'string') return defect;
    const type = this.input.schema.getType(value.__typename);
    if (!isObjectType(type)) return null;
    for (const [name, field] of Object.entries(type.getFields())) {
      const key = value[name];
      if (key !== undefined && key !== null && isId(getNamedType(field.type)) && !(typeof key === 'string' && isUuid(key))) {
        return { argument: `${path}.${name}`, reason: 'NOT_A_UUID', node };
      }
    }
    return null;
  }

  /** Strings anywhere in a JSON value, iteratively (its depth is the client's choice); the path is built only for a defect. */
  private untypedJson(value: unknown, path: string, rule: Rule, node: ASTNode): Defect {
    const pending: Step<unknown>[] = [{ value, parent: null, key: path }];
    for (let step = pending.pop(); step; step = pending.pop()) {
      const current = step.value;
      if (typeof current === 'string') {
        const defect = this.text(current, '', rule, node);
        if (defect) return { ...defect, argument: pathOf(step) };
      } else if (Array.isArray(current)) current.forEach((item, index) => pending.push({ value: item, parent: step, key: index }));
      else if (isRecord(current)) for (const [key, item] of Object.entries(current)) pending.push({ value: item, parent: step, key });
    }
    return null;
  }

  private untypedLiteral(literal: ValueNode, path: string, rule: Rule): Defect {
    const pending: Step<ValueNode>[] = [{ value: literal, parent: null, key: path }];
    for (let step = pending.pop(); step; step = pending.pop()) {
      const current = step.value;
      if (current.kind === Kind.STRING) {
        const defect = this.text(current.value, '', rule, current);
        if (defect) return { ...defect, argument: pathOf(step) };
      } else if (current.kind === Kind.LIST) current.values.forEach((item, index) => pending.push({ value: item, parent: step, key: index }));
      else if (current.kind === Kind.OBJECT) for (const field of current.fields) pending.push({ value: field.value, parent: step, key: field.name.value });
    }
    return null;
  }

  private text(value: string, path: string, rule: Rule, node: ASTNode): Defect {
    // Length first: a 20 MB string costs nothing more to refuse than a short one.
    if (value.length > rule.maxLength) return { argument: path, reason: 'TOO_LONG', maxLength: rule.maxLength, node };
    const unstorable = unstorableText(value);
    return unstorable ? { argument: path, reason: unstorable, node } : null;
  }
}

/** One value of an untyped walk: its parent and its key there (the root's key is the path so far). */
interface Step<T> {
  readonly value: T;
  readonly parent: Step<T> | null;
  readonly key: string | number;
}

const MAX_PATH_LENGTH = 200;

/** `a.b[0].c` of a step, shortened in the middle when a client nested its value absurdly deep. */
function pathOf<T>(step: Step<T>): string {
  const keys: (string | number)[] = [];
  for (let current: Step<T> | null = step; current; current = current.parent) keys.push(current.key);
  const path = keys.reverse().map((key, index) => (index === 0 ? String(key) : typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  return path.length <= MAX_PATH_LENGTH ? path : `${path.slice(0, MAX_PATH_LENGTH / 2)}…${path.slice(-MAX_PATH_LENGTH / 2)}`;
}

function ruleOf(definition: GraphQLArgument | GraphQLInputField, base: number): Rule {
  const extensions = definition.extensions as InputRuleExtensions;
  return { maxLength: extensions.textMaxLength ?? base, anyId: extensions.anyId === true };
}

function isId(type: GraphQLNamedType): boolean {
  return type.name === 'ID';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
