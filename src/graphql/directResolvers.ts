import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type ValidatorFn } from 'type-graphql';

/*
 * type-graphql calls a resolver method through a generic handler: per call it sorts the method's parameters,
 * looks up the argument class among all of them, converts the arguments, validates them in an async function
 * and waits on a Promise.all of the parameters, so every field with arguments answers a promise. Here each
 * handler is replaced by one that does the same work planned once: parameters in order, argument classes and
 * their nested inputs resolved at build, conversion as type-graphql does it, validation by the same function,
 * and the method called synchronously. This schema uses none of what the generic handler also serves
 * (middlewares, authorization, custom parameter decorators); a resolver that did would be refused at build.
 */

type Storage = ReturnType<typeof getMetadataStorage>;
type Handler = Storage['queries'][number] | Storage['fieldResolvers'][number];
type Param = NonNullable<Handler['params']>[number];
type Class = new () => Record<string, unknown>;

/** type-graphql's convertToType: plain values and instances pass; any other object becomes an instance of `Target`. */
const SIMPLE_TYPES: unknown[] = [String, Boolean, Number, Date, Array, Promise];

function toInstance(Target: unknown, data: unknown): unknown {
  if (data == null || Target instanceof GraphQLScalarType) return data;
  if (SIMPLE_TYPES.includes((data as object).constructor)) return data;
  if (data instanceof (Target as Class)) return data;
  if (Array.isArray(data)) return data.map((item) => toInstance(Target, item));
  const instance = new (Target as Class)();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (data as object))) delete instance[key];
  }
  return Object.assign(instance, data);
}

interface InputField {
  name: string;
  target: unknown;
  input: InputConverter | undefined;
}

/** How an input class's values become instances, nested inputs included (type-graphql's transformation tree). */
class InputConverter {
  private fieldList: InputField[] | undefined;

  constructor(
    readonly target: Function,
    private readonly fieldsOf: () => InputField[],
  ) {}

  private get fields(): InputField[] {
    return (this.fieldList ??= this.fieldsOf());
  }

  convert(data: unknown): unknown {
    if (data == null) return data;
    if (Array.isArray(data)) return data.map((item) => this.convert(item));
    const values: Record<string, unknown> = {};
    for (const { name, target, input } of this.fields) {
      const value = (data as Record<string, unknown>)[name];
      if (value === undefined) continue;
      if (value === null || input === undefined) values[name] = toInstance(target, value);
      else if (Array.isArray(value)) values[name] = value.map((item) => input.convert(item));
      else values[name] = input.convert(value);
    }
    return toInstance(this.target, values);
  }
}

class ArgumentConversion {
  private readonly inputs = new Map<Function, InputConverter | undefined>();

  constructor(private readonly storage: Storage) {}

  /** The converter of an input class (fields of its superclasses included, the subclass's first), if it is one. */
  private inputOf(target: unknown): InputConverter | undefined {
    if (typeof target !== 'function') return undefined;
    if (this.inputs.has(target)) return this.inputs.get(target);
    const metadataOf = (cls: Function) => this.storage.inputTypes.find((t) => t.target === cls);
    const own = metadataOf(target);
    const converter =
      own &&
      new InputConverter(target, () => {
        const fields = [...own.fields!];
        for (let parent = Object.getPrototypeOf(target); parent.prototype !== undefined; parent = Object.getPrototypeOf(parent)) {
          const names = new Set(fields.map((f) => f.name));
          fields.push(...(metadataOf(parent)?.fields ?? []).filter((f) => !names.has(f.name)));
        }
        return fields.map((field) => {
          const fieldTarget = field.getType();
          return { name: field.name, target: fieldTarget, input: this.inputOf(fieldTarget) };
        });
      });
    this.inputs.set(target, converter);
    return converter;
  }

  private values(target: unknown, value: unknown): unknown {
    if (value == null) return value;
    if (Array.isArray(value)) return value.map((item) => this.values(target, item));
    const input = this.inputOf(target);
    return input ? input.convert(value) : toInstance(target, value);
  }

  /** An `@Arg` parameter's value from the field's arguments. */
  arg(target: unknown, name: string): (args: Record<string, unknown>) => unknown {
    return (args) => this.values(target, args[name]);
  }

  /** An `@Args` class's instance from the field's arguments (fields of its superclasses included). */
  args(ArgsClass: Class): (args: Record<string, unknown>) => unknown {
    const fields: { name: string; target: unknown }[] = [];
    for (let cls: Function = ArgsClass; cls.prototype !== undefined; cls = Object.getPrototypeOf(cls)) {
      for (const field of this.storage.argumentTypes.find((t) => t.target === cls)?.fields ?? []) fields.push({ name: field.name, target: field.getType() });
    }
    return (args) => {
      const values: Record<string, unknown> = {};
      for (const { name, target } of fields) {
        if (args[name] !== undefined) values[name] = this.values(target, args[name]);
      }
      return toInstance(ArgsClass, values);
    };
  }
}

type ParamValue = (root: unknown, args: Record<string, unknown>, context: Record<string, unknown>, info: unknown) => unknown;

function paramValue(param: Param, conversion: ArgumentConversion, validate: ValidatorFn): ParamValue {
  switch (param.kind) {
    case 'root': {
      const { propertyName, getType } = param;
      return (root) => {
        const value = propertyName ? (root as Record<string, unknown>)[propertyName] : root;
        return getType ? toInstance(getType(), value) : value;
      };
    }
    case 'context': {
      const { propertyName } = param;
      return (_root, _args, context) => (propertyName ? context[propertyName] : context);
    }
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'args':
    case 'arg': {
      const convert = param.kind === 'args' ? conversion.args(param.getType() as Class) : conversion.arg(param.getType(), param.name);
      const check = param.validateFn ?? validate;
      return (root, args, context, info) => {
        const value = convert(args);
        check(value, param.getType(), { root, args, context, info } as never);
        return value;
      };
    }
    default:
      throw new Error(`${param.target.name}.${param.methodName}: a ${param.kind} parameter is not supported by directResolvers`);
  }
}

function directResolver(handler: Handler, instance: Record<string, Function>, conversion: ArgumentConversion, validate: ValidatorFn): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  if ((handler.middlewares?.length ?? 0) > 0 || handler.roles !== undefined) {
    throw new Error(`${handler.target.name}.${handler.methodName}: middlewares and authorization are not supported by directResolvers`);
  }
  const method = instance[handler.methodName];
  const params = [...(handler.params ?? [])].sort((a, b) => a.index - b.index).map((param) => paramValue(param, conversion, validate));
  return (root, args, context, info) => method.apply(instance, params.map((value) => value(root, args, context, info)));
}

/**
 * Replaces type-graphql's handler of every query, mutation and field resolver of `resolvers` in `schema` (built
 * from them with `validateFn: validate`) by a direct call of the resolver method.
 */
export function resolveDirectly(schema: GraphQLSchema, resolvers: Function[], validate: ValidatorFn): void {
  const storage = getMetadataStorage();
  const conversion = new ArgumentConversion(storage);
  const instances = new Map<Function, Record<string, Function>>();
  const instanceOf = (target: Function) => {
    let instance = instances.get(target);
    if (instance === undefined) instances.set(target, (instance = new (target as new () => Record<string, Function>)()));
    return instance;
  };
  // A resolver class's handlers include those it inherits (ReportedNodeResolver's), registered on its superclass.
  const classes = new Set<Function>();
  for (const resolver of resolvers) {
    for (let cls = resolver; cls.prototype !== undefined; cls = Object.getPrototypeOf(cls)) classes.add(cls);
  }
  const ours = (handler: Handler) => classes.has(handler.target);
  const roots = [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
  ] as const;
  for (const [type, handlers] of roots) {
    if (!type) continue;
    for (const handler of handlers.filter(ours)) {
      type.getFields()[handler.schemaName].resolve = directResolver(handler, instanceOf(handler.target), conversion, validate);
    }
  }
  const fieldResolvers = storage.fieldResolvers.filter((handler) => handler.kind === 'external' && ours(handler));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const handler = fieldResolvers.find((h) => h.getObjectType?.() === objectType.target && h.schemaName === name);
      if (handler) field.resolve = directResolver(handler, instanceOf(handler.target), conversion, validate);
    }
  }
}
