import { parseArgs } from 'node:util';
import { resolveDataDir } from '../data-dir';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { policiesCommand } from './commands/policies';
import { serveCommand } from './commands/serve';
import { setupCommand } from './commands/setup';
import { startCommand } from './commands/start';
import { statsCommand } from './commands/stats';
import { CliError, describeError } from './output';

const USAGE = `Usage: spring-breeze <command> [options]

Commands:
  start  [--data-dir DIR] [--port N]   open the console (Electron, or browser mode where Electron cannot start)
  serve  [--data-dir DIR] [--port N]   start the browser host and print its address (a one-time code)
  setup  --user NAME [--data-dir DIR]  create the first admin of a new console; prints the recovery key once
  demo   [--data-dir DIR] [--user NAME]
                                       load the demo dataset into an empty database; in a folder without
                                       accounts it creates the demo admin and prints its password once
  check  --user NAME [--data-dir DIR]  run the integrity check and print table counts
  stats  --user NAME [--data-dir DIR] [--json]
                                       print the drive's figures: trips, employed, stable, left, demand and gaps,
                                       per enterprise and per county (one JSON object with --json)
  policies --user NAME [--data-dir DIR] [--json]
                                       print the subsidies per rule and per county: eligible, evidence complete,
                                       claimed, paid (count and amount) and still owed
  import <file> --user NAME [--data-dir DIR] [--county CODE] [--sheet NAME] [--dry-run] [--json]
         [--keep-overlapping | --replace-overlapping]
                                       import a sign-up roster or enterprise demand sheet (.xlsx .xls .ods .csv);
                                       a demand line overlapping a kept line of the same post is skipped and
                                       reported (demand_overlap) unless kept beside it or replacing it
  export seekers --out FILE --user NAME [--data-dir DIR] [--unmasked --reason WHY]
                                       export every job seeker to .xlsx or .csv (masked unless --unmasked,
                                       which needs the reveal permission and a reason for the audit log)

--user signs in as that account; the password comes from SPRING_BREEZE_PASSWORD, else a prompt.
The data folder defaults to SPRING_BREEZE_DATA, else the per-user folder the desktop app uses.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        county: { type: 'string' },
        sheet: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        unmasked: { type: 'boolean', default: false },
        reason: { type: 'string' },
        user: { type: 'string' },
        'keep-overlapping': { type: 'boolean', default: false },
        'replace-overlapping': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    console.error(`${describeError(err)}\n\n${USAGE}`);
    return 64;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 64;
  }
  const dataDir = resolveDataDir(values['data-dir']);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
    return 64;
  }
  try {
    switch (command) {
      case 'start':
        await startCommand(dataDir, values['data-dir'], port);
        return 0;
      case 'serve':
        await serveCommand(dataDir, port);
        return 0;
      case 'demo':
        await demoCommand(dataDir, values.user);
        return 0;
      case 'setup':
        await setupCommand(dataDir, values.user);
        return 0;
      case 'check':
        await checkCommand(dataDir, values.user);
        return 0;
      case 'stats':
        await statsCommand(dataDir, values.json === true, values.user);
        return 0;
      case 'policies':
        await policiesCommand(dataDir, values.json === true, values.user);
        return 0;
      case 'import': {
        const file = positionals[1];
        if (!file) {
          console.error(`spring-breeze import: which file?\n\n${USAGE}`);
          return 64;
        }
        if (values['keep-overlapping'] && values['replace-overlapping']) {
          console.error('spring-breeze import: choose --keep-overlapping or --replace-overlapping, not both');
          return 64;
        }
        await importCommand(dataDir, file, {
          county: values.county,
          sheet: values.sheet,
          dryRun: values['dry-run'] === true,
          json: values.json === true,
          user: values.user,
          overlapping: values['keep-overlapping']
            ? 'keep_both'
            : values['replace-overlapping']
              ? 'replace'
              : 'skip',
        });
        return 0;
      }
      case 'export':
        await exportCommand(
          dataDir,
          positionals[1],
          values.out,
          values.unmasked === true,
          values.user,
          values.reason,
        );
        return 0;
      default:
        console.error(`Unknown command "${command}".\n\n${USAGE}`);
        return 64;
    }
  } catch (err) {
    console.error(`spring-breeze ${command}: ${describeError(err)}`);
    return err instanceof CliError ? err.exitCode : 1;
  }
}
