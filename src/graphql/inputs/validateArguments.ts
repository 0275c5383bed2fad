import { validateSync, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** The options type-graphql gives class-validator when it validates arguments itself. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Argument values remembered as valid per class; past this many a class's memory starts again. */
const MAX_REMEMBERED = 1000;

/**
 * Arguments found valid, per argument class, by their JSON. Every rule on an argument class is a function of
 * the argument's values alone (ranges, patterns, one field against another), and argument values are JSON
 * (GraphQL Ints, strings, enums, nested inputs), so the same JSON is valid again.
 */
const remembered = new Map<Function, Set<string>>();

function validate(value: object): void {
  const key = JSON.stringify(value);
  let valid = remembered.get(value.constructor);
  if (valid?.has(key)) return;
  const errors = validateSync(value, OPTIONS);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  if (valid === undefined) remembered.set(value.constructor, (valid = new Set()));
  if (valid.size >= MAX_REMEMBERED) valid.clear();
  valid.add(key);
}

/**
 * class-validator on argument and input classes, as type-graphql's `validate: true` does (same options, same
 * ArgumentValidationError), but synchronously and once per distinct value: type-graphql's own validation
 * loads class-validator through `require` and runs its asynchronous validator on every call of every field
 * with arguments, such as `statements(limit: 5)` under each of a page's participants.
 */
export const validateArguments: ValidatorFn = (value) => {
  if (value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item !== null && typeof item === 'object') validate(item);
  }
};
