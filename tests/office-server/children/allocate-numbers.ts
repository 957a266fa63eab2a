/** Child process: `count` allocations at once from the file register; prints the numbers as JSON. */
import { createFileRegister } from '../../../electron/office-server/register/file-register';

const [dataDir, agencyCode, year, documentPrefix, count] = process.argv.slice(2);
const register = createFileRegister(dataDir);
const numbers = await Promise.all(
  Array.from({ length: Number(count) }, (_, index) =>
    register.allocate({ agencyCode, year: Number(year), documentId: `${documentPrefix}-${index}`, accountId: 'clerk' }),
  ),
);
process.stdout.write(`${JSON.stringify(numbers)}\n`);
