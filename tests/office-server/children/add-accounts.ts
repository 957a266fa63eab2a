/** Child process: adds `count` accounts `<prefix>-<i>` to the data folder at once; prints "done". */
import { createAccountStore } from '../../../electron/office-server/accounts/account-store';

const [dataDir, prefix, count, passwordHash] = process.argv.slice(2);
const store = createAccountStore(dataDir);
await Promise.all(
  Array.from({ length: Number(count) }, (_, index) =>
    store.add({ login: `${prefix}-${index}`, name: `Người ${prefix} ${index}`, initials: 'NV', role: 'drafter', unit: 'Văn phòng', passwordHash }),
  ),
);
process.stdout.write('done\n');
