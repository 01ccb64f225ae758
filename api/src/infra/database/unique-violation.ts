/** PostgreSQL's unique_violation (23505): a constraint the code relies on refused a duplicate. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}
