/**
 * One property decorator made of several, applied exactly as if they were stacked in this order
 * above the property (TypeScript applies a stack bottom-up). A field's rules then live in one place:
 * a create DTO uses it as is (required), its update DTO puts `@IsOptional()` above it; the
 * class-validator and class-transformer metadata, hence validation and the OpenAPI schemas, are the
 * same as with the decorators written out.
 */
export function Field(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorator of [...decorators].reverse()) decorator(target, propertyKey);
  };
}
