import { Matches, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/*
 * class-validator decorators for argument inputs. Every message starts with the property name, which
 * formatError turns into the argument path ("where.dateTo must not be before where.dateFrom").
 */

/** An id of one node type, e.g. "actor:vladimir-putin": a filter given a bare slug or another type's id is a mistake, not an empty result. */
export function IsNodeId(prefix: 'source' | 'actor' | 'statement' | 'meeting' | 'agreement', example: string): PropertyDecorator {
  return Matches(new RegExp(`^${prefix}:\\S+$`), { message: `$property must be ${prefix === 'actor' ? 'an' : 'a'} ${prefix} id such as "${example}"` });
}

/** At least one character that is not white space. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank', ...options });
}

/** This end of a range must not come before `start` (another property of the same input), when both are given. */
export function NotBefore(start: string): PropertyDecorator {
  return ValidateBy({
    name: 'notBefore',
    constraints: [start],
    validator: {
      validate(value: unknown, args?: ValidationArguments): boolean {
        const from = (args?.object as Record<string, unknown> | undefined)?.[start];
        return value == null || from == null || String(value) >= String(from);
      },
      defaultMessage: (args?: ValidationArguments) => `$property must not be before ${args?.constraints[0]}`,
    },
  });
}
