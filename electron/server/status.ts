/** HTTP status for each host error code (the JSON body carries the code itself). */
const STATUS: Record<string, number> = {
  'bad-request': 400,
  'invalid-name': 400,
  'wrong-extension': 400,
  'outside-documents': 403,
  'permission-denied': 403,
  'not-found': 404,
  'file-busy': 409,
  'too-large': 413,
  'not-json': 422,
  'not-vanban': 422,
  'newer-version': 422,
  'bad-version': 422,
  invalid: 422,
  'unknown-kind': 422,
  'invalid-document': 422,
  'invalid-template': 500,
  unsupported: 501,
  'disk-full': 507,
};

export function statusForCode(code: string): number {
  return STATUS[code] ?? 500;
}
