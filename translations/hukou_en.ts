<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>hukou::cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hukouctl [--db PATH] [--user LOGIN] [--json] COMMAND ...

commands:
  validate-id ID...                       check citizen ID numbers
  init --admin LOGIN                      create or upgrade the database and its first administrator
  user add LOGIN --role ROLE --name NAME  add a user (password from HUKOU_NEW_PASSWORD)
  user list                               list users
  audit verify                            check the journal&apos;s hash chain
  check                                   integrity check of database and journal
  backup OUT                              online, consistent copy of the database
  import persons FILE [--rejects OUT.csv] [--accept-duplicates] [--dry-run]
  export persons [--district CODE] [--format csv|json] [--out FILE]
  person show CITIZEN_ID                  one person with household and history
  person find TEXT [--limit N]            search by ID, name, former name or address
  person update CITIZEN_ID --set FIELD=VALUE ... --reason TEXT
  person status CITIZEN_ID active|moved_out|deceased|cancelled --reason TEXT [--date YYYY-MM-DD]
  demo --persons N [--seed S] [--csv OUT]  synthetic data (or only its CSV file)
  collective create --district CODE --name NAME --address ADDR [--capacity N]  prints the number
  collective enroll CITIZEN_ID --into NUMBER --reason REASON [--documents TEXT]
  collective leave CITIZEN_ID --reason REASON [--to ADDRESS|HOUSEHOLD_NUMBER]
  collective newborn PARENT_ID --set FIELD=VALUE ... [--other-parent ID]  a child into the parent&apos;s collective household
  collective loan CITIZEN_ID --purpose TEXT --due YYYY-MM-DD  prints the loan id
  collective return LOAN_ID               the register page came back
  collective list [--district CODE]       with members, capacity and open loans
  collective slip LOAN_ID --out FILE.pdf  the loan slip (户口借用单)
  convert [--district CODE] [--dry-run] [--chunk-size N]  unified resident-household conversion
  convert reverse CITIZEN_ID --reason TEXT  undo one person&apos;s conversion (supervisors)
  convert stats [--district CODE]         active persons by district, nature and former nature
  convert report --out FILE.pdf           the conversion report
  certificate CITIZEN_ID --out FILE.pdf   household-registration certificate (户籍证明)
  points rules import FILE | points rules show YEAR   points rule sets
  points submit FILE                      take in an application; prints its number
  points score APP                        score and breakdown of an application
  points rank --year YEAR [--quota N]     rank a round (--quota: supervisors only)
  points decide APP --approve|--return|--reject --reason TEXT  (--reject: false statements, bars the applicant)
  points publish --year YEAR --out FILE   the publicity list (.csv or .pdf)
  points verify APP [--note TEXT]         the evidence was checked
  points settle APP --household N --address TEXT | --collective [--household N]
                [--from PLACE]            register a published applicant and family
  sync identity                           this installation&apos;s device id, public key and fingerprint
  sync trust --name NAME --device ID --key KEY  trust a peer (admins); prints its fingerprint
  sync revoke NAME                        refuse a peer&apos;s bundles from now on (admins)
  sync peers                              trusted and revoked peers
  sync export --out FILE --peer NAME | --reference --district CODE [--peer NAME]
                                          a bundle of changes for a peer, or a district&apos;s reference bundle
  sync import FILE [--dry-run]            apply a peer&apos;s bundle; prints applied, conflicts, skipped
  sync conflicts [--all]                  open (or all) sync conflicts
  sync resolve CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT  (supervisors)
  sync folder PATH                        export for every peer into PATH and import what waits there

The acting user&apos;s password comes from HUKOU_PASSWORD or a prompt.
Exit codes: 0 ok, 1 failed, 2 usage, 3 partly rejected, 4 authentication or permission, 5 integrity.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Args</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Collective</name>
    <message>
        <source>collective create needs --district CODE --name NAME --address ADDR [--capacity N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective enroll needs CITIZEN_ID --into NUMBER --reason REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1 (%2) into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective leave needs CITIZEN_ID --reason REASON [--to ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) left %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective loan needs CITIZEN_ID --purpose TEXT --due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective return needs LOAN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective list takes only [--district CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number	district	name	members	capacity	open_loans	overdue	address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no public collective household in %1 (policy: at least one per district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown collective subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective slip needs LOAN_ID --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective newborn needs PARENT_CITIZEN_ID and the child&apos;s fields as --set FIELD=VALUE (citizen_id, name, sex, birth_date, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered %1 into the collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective needs a subcommand: create, enroll, leave, loan, return, list, slip, newborn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Commands</name>
    <message>
        <source>validate-id needs at least one ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 is up to date (schema version %2); its users are unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no password for the administrator: set HUKOU_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created database %1 with administrator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs a subcommand: add, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs exactly one LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of admin, supervisor, clerk, field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no password for the new user: set HUKOU_NEW_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes one subcommand: verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>journal intact: %n entries verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>database %1 is healthy: integrity ok, foreign keys ok, %n journal entries verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one OUT path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would convert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert takes no positional arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk-size needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed an unfinished run (%1 converted before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert reverse needs CITIZEN_ID and --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: hukou nature back to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert report needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate needs CITIZEN_ID and --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import persons needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write the rejects file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export persons takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n person(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>person needs a subcommand: show, find, update, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person show needs one CITIZEN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person find needs one TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person update needs one CITIZEN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person update needs at least one --set FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person update needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person status needs CITIZEN_ID and one of active, moved_out, deceased, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status must be active, moved_out, deceased or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person status needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes: persons FILE [--rejects OUT.csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes: persons [--district CODE] [--format csv|json] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --persons N (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n generated person(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>generated %1 persons in %2 households (rejected %3), %4 public collective households with %5 members, %6 settlement applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Context</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run hukouctl --help for the list of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: database %1 does not exist; create it with: hukouctl --db %1 init --admin LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was upgraded; a copy of the old version is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: this command needs the acting user: add --user LOGIN (password in HUKOU_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no password: set HUKOU_PASSWORD or run on a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE with a column name of the persons file; &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Points</name>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points rules import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported rule set %1 (year %2), version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points rules show needs a YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, imported by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set %1 for %2: %3 (%4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, frozen: used for a ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points submit needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points score needs exactly one application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)  rule set %4  status %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counts through %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base %1, bonus %2, deductions %3, total %4; threshold %5 &gt;= %6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points rank needs --year YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota needs a whole number of 0 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 round, rule set %2 (version %3), quota %4%5: %6 ranked, %7 admitted, %8 not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points decide needs exactly one application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points decide needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points publish needs --year YEAR --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .csv or .pdf file, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>published %n application(s) of the %1 round to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>points rules needs import FILE or show YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points verify needs exactly one application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points settle needs exactly one application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points settle needs --household NUMBER --address TEXT (a new household at the applicant&apos;s home) or --collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address is for a new household; a collective household has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: settled into household %2 (%3 newly registered, %4 moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points needs one of: rules, submit, score, verify, rank, decide, publish, settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points decide needs one of --approve, --return or --reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::cli::Sync</name>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported reference bundle %1: %2 records, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported reference bundle %1 for %2: %3 records, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported bundle %1 for %2 to %3: %4 records, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync identity takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync trust needs --name NAME --device ID --key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted %1 (device %2), fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync revoke needs one peer NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1: its bundles are refused from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync peers takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name	device	fingerprint	status	sent	received	last_export	last_import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync export needs --out FILE and --peer NAME (or --reference --district CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync export --reference needs --district CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--district goes with --reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync export needs --peer NAME (or --reference --district CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new %2, changed %3, conflicting %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync conflicts takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve needs CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT must be a conflict number (see sync conflicts): &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be local or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE; &quot;%1&quot; is not that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved: kept the local version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved: kept the remote version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync folder needs one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported bundle %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export or import in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs a subcommand: identity, trust, revoke, peers, export, import, conflicts, resolve, folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sync subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Application</name>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;fact&quot;, &quot;document&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;citizen_id&quot;, &quot;name&quot;, &quot;relation&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant cannot move with themselves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::CitizenId</name>
    <message>
        <source>a 15-digit number may contain digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only digits are allowed, and X as the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a citizen ID has 18 characters (or 15 digits for an old number), this one has %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence number 000 is never issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveService</name>
    <message>
        <source>give a citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no public collective household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person record vanished while saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>household %1 would be left without a head (户主) while %n member(s) remain: make another member the head first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>household %1 already has a head (户主); a household has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collective household needs a name of at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collective household needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capacity must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district %1 has used all collective household numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is %3 and cannot be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is full: %3 of %4 places taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of a collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of documents seen is too long (at most 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of a public collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other parent, %1, has the family household %2 in the city: the child is registered there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent&apos;s collective household is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public collective household has no head (户主)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newborn of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to move a member to another collective household, enroll them there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination is too long (at most 200 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of any public collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register page of %1 is still out on loan %2 (due %3): it must be returned first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of the household %1 moves into as the destination (register that household first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 cannot take the person: it is closed or a public collective household (to move between collective households, enroll the person there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loan needs a purpose of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date must be after today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is %3: no register page is lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of a public collective household (moved out or never enrolled): no register page is lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1 to %2 is still open (due %3): return it before lending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1 was already returned on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loan&apos;s collective household is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the borrower&apos;s record is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveStore</name>
    <message>
        <source>the membership was changed by someone else in the meantime; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1 was changed by someone else in the meantime; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveVocabulary</name>
    <message>
        <source>talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address of one&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought or inherited a home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined a relative&apos;s household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to another collective household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::ConversionService</name>
    <message>
        <source>not yet registered (未落常住户口): register the permanent residence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is not active (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household inconsistent: the person belongs to no active household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household inconsistent: the household has no active head (户主)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunk size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the journal moved during the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for reversing the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was not converted: the hukou nature is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::CsvReader</name>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Database</name>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hukou Desk database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create backup file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 can no longer be used safely: %2. To protect the register, nothing more is written to it. Close the program and ask the administrator to run &quot;hukouctl check&quot; on the file before anyone goes on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing it failed (I/O error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer a database (the file was replaced or overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was moved, deleted or replaced while in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Error</name>
    <message>
        <source>line %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::FactCatalogue</name>
    <message>
        <source>a fact name uses lowercase letters, digits and _ only, and starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact &quot;%1&quot; is already defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level fact needs its list of levels, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of levels repeats a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a level fact has levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit issued in Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal stable employment or business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns a home in Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home is in Conghua or Zengcheng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered rented home (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived outside the four core districts (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension insurance (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment insurance (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-injury insurance (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity insurance (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing provident fund (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical title or skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in the certified occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation on the city&apos;s shortage catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax paid over 3 years (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad credit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax evasion records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-security penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal punishment in the past 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complies with family planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high school or vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associate degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bachelor&apos;s degree or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junior professional title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate title or technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Facts</name>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of year -&gt; whole number, e.g. {&quot;2023&quot;: 120}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (1900–2100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Journal</name>
    <message>
        <source>internal error: a journal entry must be written inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal head is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it (inserted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal head record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was inserted outside the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not match the recorded chain head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::MaintenanceService</name>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Migrations</name>
    <message>
        <source>database %1 has schema version %2, newer than this program understands (%3); install a newer Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 would leave %2 rows referring to rows that do not exist; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Person</name>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public collective household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonExporter</name>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonFields</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a name may not contain digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name may contain Chinese characters, Latin letters and · only; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex must be 男 or 女 (or M/F), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officially recognised ethnic group name (e.g. 汉族)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known relation to the head of household (e.g. 户主, 配偶, 子, 女)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hukou nature: use 农业, 非农业, 自理口粮, 蓝印 or 居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a former hukou nature: use 农业, 非农业, 自理口粮 or 蓝印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a marital status: use 未婚, 已婚, 离婚 or 丧偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household number may contain letters, digits and - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex %1 disagrees with the citizen ID, which is a %2&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 disagrees with the citizen ID (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved in before being born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a former nature is recorded only after conversion to 居民</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible duplicate of %1 (%2), registered with the same name and birth date; import it again with duplicates accepted if this is a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 is registered at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 is at %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 already has a head (户主) on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 already has a head (户主) in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 has no head (户主): a household needs exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the journal moved during the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot; (column %3); the file is refused so that no data is silently dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice (columns %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required column(s) missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 already appears on line %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonSearch</name>
    <message>
        <source>citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonStore</name>
    <message>
        <source>household number %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 was changed by someone else in the meantime; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and apply your correction again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Points</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsEngine</name>
    <message>
        <source>%1 points for each full %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points for each full %2 of each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points when %2 is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 (the highest level only): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points up to and including the %2th birthday, then %3 less for each started year after it, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by completed years of age: %1; otherwise 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points for each full %2 of %3 in a year, at most %4 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points when %2 is at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest of %1 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of %1 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 more when %2 is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at most %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application is for the rule set %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1; required on or after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1; required on or before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 at the reference date; at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 at the reference date; at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education %1; at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every insurance has at least %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1 months: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criminal punishment within the past 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criminal punishment within the past 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; required %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsService</name>
    <message>
        <source>no rule set serves the year %1; import one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rule set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application does not name its rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is registered to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has the open application %3 in the %4 round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 round has no application numbers left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: %1 (%2) may not override the quota; only a supervisor may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quota must be 0 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 round cannot be ranked again: %2 applications are already approved (%3 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota set to %1 for this ranking (the rule set has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is %2; only a ranked application can be approved or returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 ranks %2, outside the quota; it cannot be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 round has not been ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicity list written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is %2; only a submitted application can be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of the new household (户号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the address of the home to register at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is approved but the publicity list (公示名单) has not been published yet; settle it after publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is %2; only an approved application whose publicity list was published can settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored points for an owned home and must register at that home, not in a public collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points-based settlement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public collective household; set one up at the collective desk first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public collective household of %2, where the application was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is %3 in the register and cannot settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is %2; only a draft can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1 belongs to the %2 round; the rule set %3 serves %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is barred from points-based settlement: application %3 was rejected for false statements (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 is %2 and can no longer be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is a member of the public collective household %3; record the move out at the collective desk first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsStore</name>
    <message>
        <source>the rule set %1 is frozen and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 was changed by someone else meanwhile; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 was changed by someone else meanwhile; rank the round again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Ranker</name>
    <message>
        <source>the quota must be 0 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 was scored under the rule set %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 has %2 ranking keys, the rule set %3 ranks by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 was scored with the ranking key %2 where the rule set has %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::RegistryService</name>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person record %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household would have no head (户主); make another member the head first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household already has a head (户主); a household has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person record vanished while saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible duplicate: %1, born %2, is already registered under citizen ID %3; confirm that this is a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 is registered at %2 %3; the address given differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 does not exist yet; register its head (户主) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and apply your correction again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district and address belong to the household: move the person to another household (household_number) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the former nature, once recorded, is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status change needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be given and not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household needs a district and an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of head needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the former head&apos;s new relation to the new head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active member of household %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current head&apos;s record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household number %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register or correct persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take in settlement applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide on settlement applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage points rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the resident-household conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse a resident-household conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work the public collective household desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see public collective households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: %1 (%2) may not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust or revoke sync peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::RuleSet</name>
    <message>
        <source>a rule set id uses lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (e.g. gz-2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;total&quot; or &quot;base&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule set needs at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;type&quot;: ...}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact type &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (declare new facts under &quot;facts&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a %2 fact, but &quot;%3&quot; is a %4 fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown education level &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;; expected born_on_or_after, born_on_or_before, min_age, max_age, min_months_each, insurances, min_education, no_criminal_punishment or a true/false fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age is below min_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born_on_or_before is earlier than born_on_or_after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_months_each and insurances go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deduction item gives negative points, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a deduction item gives negative points, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an item object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item id uses lowercase letters, digits and _ only, and starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; expected &quot;base&quot;, &quot;bonus&quot; or &quot;deduction&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for a %2 item; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a per_unit item names either &quot;fact&quot; or a list &quot;facts&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a per_unit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list names a fact twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tiers must name at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of %2; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age item has either full_points, full_until_years and minus_per_started_year, or bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;from&quot;, &quot;to&quot;, &quot;points&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the band %1–%2 overlaps the band %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two item ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself a %2 item; combining items do not nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the group %2, but this item is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already belongs to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a score (base, bonus, deductions, total) nor a count fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tie policy &quot;%1&quot;; expected &quot;equal_rank_all_admitted&quot; or &quot;equal_rank_cut_at_quota&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::SearchIndexStage</name>
    <message>
        <source>internal error: no search index table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::SyncService</name>
    <message>
        <source>%1 is not an intact sync bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot be used for sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Hukou Desk sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature or key is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its content (the file was altered or damaged after it was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation&apos;s key cannot open sealed bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed part is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed for another installation and cannot be opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part cannot be decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer needs a name of 1 to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer needs its device ID (hukouctl sync identity prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not a device key: copy it exactly as the other installation shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is this installation&apos;s own device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a peer named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is already registered as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no peer named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no trusted peer named %1 (sync trust registers one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was revoked on %2; nothing is exported for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Guangzhou district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by this installation itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a device this installation does not trust (device %2, key fingerprint %3); an administrator must register it first (sync trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from %2, which was revoked on %3; it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims to come from %2 but is signed with another key (fingerprint %3, trusted %4); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is addressed to another installation (device %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by another version of Hukou Desk (database schema %2, this one has %3): bring both installations to the same version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1 from %2 is missing: bundles from one device are imported in order, and %3 is bundle %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bundle %2 from %3, but bundle %2 from %3 was already imported from another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a malformed record (number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier conflict about this record is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same citizen ID is already registered here as another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same number is already used here by another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed both here and on %1 since they last exchanged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of one change with a conflicting record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolution needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sync conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 was already resolved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 names an unknown kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local version no longer exists; keep the remote one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation has no device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record this installation does not have (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::TextDecoding</name>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 (or GB18030) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, and GB18030 cannot be read on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text; check the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::UserService</name>
    <message>
        <source>the login must be 2 to 32 characters: Latin letters, digits, dot, dash or underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must have 1 to 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user with the login %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already has users; sign in as an administrator to add more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is deactivated; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is locked after repeated wrong passwords; try again after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong password; the account %1 is now locked for %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the password is not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every security setting must be a positive number (passwords at least 4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::core::password</name>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::reports::ConversionReport</name>
    <message>
        <source>Unified resident-household conversion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active persons by district and nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident before conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::reports::HouseholdCertificate</name>
    <message>
        <source>This certifies that the person below is registered with permanent residence in Guangzhou as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID (公民身份号码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (性别)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (出生日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity (民族)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (住址)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number (户号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head (与户主关系)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou nature (户口性质)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former hukou nature (原户口性质)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (状态)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted under the unified resident-household registration (穗府〔2016〕3号); the former nature is kept on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::reports::LoanSlip</name>
    <message>
        <source>The register page of the member below is lent by the public collective household and must be returned to the desk by the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan number (借用编号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective household (集体户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (地址)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower (借用人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID (公民身份号码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (用途)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent on (借出日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (应还日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned (归还日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer (经办人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s signature (借用人签名):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk seal (经办单位盖章):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::reports::PdfDocument</name>
    <message>
        <source>internal error: rendering a PDF needs a GUI application object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::reports::PublicityList</name>
    <message>
        <source>Points-based settlement publicity list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · rule set %2 (%3, version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (nobody admitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants on this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application has been approved in this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID numbers show only their first 6 and last 4 characters. Objections may be raised during the publicity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the publicity list is written as .csv or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: rendering a PDF needs a GUI application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role decides what the user may do. Give the user the password in person; they sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ApplicationController</name>
    <message>
        <source>Hukou Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Hukou Desk. A copy of the old database was kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…
An older database is upgraded to this version of Hukou Desk first, which takes a while for a large register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou Desk must close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::AuditPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole journal and report the first altered entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, sign-in and export, newest first. The journal is append-only and hash-chained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, %2, by %3 on device %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 (version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the journal chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal chain is intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The journal chain is broken at entry %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::CertificatePrinter</name>
    <message>
        <source>Household certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save household certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household-certificate-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ChangeHeadDialog</name>
    <message>
        <source>Change head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the head (户主).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the head (户主); %2 takes the relation chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former head&apos;s new relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::CollectiveDeskPage</name>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a citizen ID, or a name, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person looked up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, e.g. marriage registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lend page (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return page (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: household number, or address outside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move out (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns a &amp;home in the city (to follow up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan slip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register page loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home owners to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public collective households: enroll, lend the register page, move out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons matching &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, born %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of %1 (%2) since %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of a public collective household; household on the card: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register page out on loan %1 (%2), due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING: at least one required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent the register page of %1: loan %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save loan slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the slip of loan %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is flagged as owning a home in the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer flagged as owning a home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ConflictView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this version is right (e.g. checked against the paper file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote version from %1, changed by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local version of this record: only the remote one can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local version changed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value of %1 to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ConversionPage</name>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run conversion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who a run would convert, by district and former nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy records left by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person to open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions (not converted; sort them out by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified resident-household registration: legacy natures become Guangzhou resident hukou; the former nature stays on every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exceptions; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy records left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert every eligible person in %1 to Guangzhou resident hukou (广州市居民户口)? The former nature is kept on each record. The run goes in chunks; a cancelled run can be continued later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 persons converted in whole chunks; run again to continue with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted %1 persons (%2 exceptions left for manual handling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::FirstRunDialog</name>
    <message>
        <source>Set up Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The administrator you create now signs in first and then adds the accounts of the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then register its head (户主) into it with “New person…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ImportDialog</name>
    <message>
        <source>Import persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import persons from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs the columns of the persons format (English or Chinese names). Valid rows are imported together; each bad row is listed with its line, column and reason. Cancel leaves the register unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept possible duplicates (same name and birth date under another citizen ID) after checking them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows (%3 new households); %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::JournalTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou Desk locked itself to protect personal data. %1 (%2), enter your password to continue, or sign out so someone else can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was changed while the session was locked. Sign out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::LoginDialog</name>
    <message>
        <source>Sign in to Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration case management. Sign in with the account your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::MainWindow</name>
    <message>
        <source>Hukou Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Hukou Desk has no pages for the role %1 yet. Your administrator can tell you when they are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hukou Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hukou Desk %1&lt;/h3&gt;&lt;p&gt;Household registration case management for district offices: register, conversion, collective households, points-based settlement and audit.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work done on this computer has not been exported for %n day(s). &lt;a href=&quot;sync&quot;&gt;Export it now&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonDetailPanel</name>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct fields of this card or move the person to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a move-out, death or cancellation, or reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected member the head of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Household %1 (%2), %3 %4 — %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household-registration certificate (户籍证明) of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonDialog</name>
    <message>
        <source>Correct person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what is wrong and give the reason; the correction is recorded in the card&apos;s history with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex and birth date are read from the citizen ID. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou nature *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household, this person is its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number (change to move) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the card is corrected (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. birth registration, moved in from Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new household will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 18-character number; sex and birth date are read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1, born %2, issued in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(will be stored as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, citizen ID %3, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with the same name and birth date is already registered under another citizen ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 only if you have checked the documents and this is a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved. The record has been reloaded with the other changes; check it and apply your correction again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the record was changed by someone else (now version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently: %1. Nothing is deleted: the card keeps its status, reason and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. moved to Shenzhen, death certificate no. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonTableModel</name>
    <message>
        <source>(unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsIntakePage</name>
    <message>
        <source>Settlement applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points-based settlement (积分制入户): take in applications with their evidence, check them, and settle published applicants into a household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, name or citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the documents behind every stated fact were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settle into a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new household at their own &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s &amp;public collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former place of registration, e.g. 湖南省长沙市岳麓区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the family (one step, journaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: %1 (%2), threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored points for an owned home: registers at that home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4 places taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public collective household yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence checked at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register them anyway as a different person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 settled into household %2: %n person(s) newly registered, %3 moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; looked up in the register as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District applied in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family moving with the applicant (spouse, minor children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit application (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document proving this fact was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application, %1 round: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been submitted. Discard what was entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1, %2, born %3, household %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2; not in the register: registered when settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence: seen for all %n stated fact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 stated facts seen (%3 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was seen for: %1.
Submit anyway? The application cannot be verified until the evidence is seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 submitted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since draft %1 was last saved are discarded; the draft stays as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1, %2 round: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 saved at %2; it is not ranked until it is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was recorded for: %1.
Verify %2 anyway, having seen them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settled applicant, their household and its members on the registry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsReviewModel</name>
    <message>
        <source>Not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the threshold (%1 %2, %3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1: inside the quota of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut line runs under this row: the last application inside the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1: outside the quota of %2 (below the cut line); it cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsReviewPage</name>
    <message>
        <source>R&amp;ound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every open application of the round again and rank them with the quota on the left (a quota other than the rule set&apos;s is recorded as an override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the publicity list (公示名单) of the approved applications as CSV or PDF; they become published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: it goes on the record and to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, again, for each decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points-based settlement (积分入户): rank the round, check the cut line and each score, approve or return applications with a reason (your password is asked again), and publish the publicity list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (nobody inside the quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ties at the cut: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not ranked yet: %n application(s) in the round. Quota %1 (rule set); threshold %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (override; the rule set has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 · inside the quota: %2 · approved: %3 of %4 (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off: %1 · threshold: %2 · ranked: %3 · not ranked: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked on %1 by %2 (ranking %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota used: approved, published or settled applications of the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ranked in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the ranked applications (bins of %2, by lower bound) · cut-off: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to see its score breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1 · status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1, inside the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1, outside the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base %1 · bonus %2 · deductions %3 · total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold (%1 ≥ %2): reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold (%1 ≥ %2): not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated (counted as 0 / no): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is outside the quota; it cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 round was ranked on %2 by %3. Rank it again? Every open application is scored again and a new ranking replaces the current one (the old one stays on record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota will be %1 instead of the rule set&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the round again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n application(s); %1 inside the quota of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application in the ranking first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the decision; it goes on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password again to confirm the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct; nothing was decided. Type your own password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) returned: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the publicity list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application of the %1 round is approved yet: there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publicity list of %n applicant(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publicity list published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The publicity list of the %1 round (%n applicant(s)) was written to %2. The approved applications on it are now published.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the ranking did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking the %1 round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject (false statements)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify an application resting on false statements or documents: the applicant is barred from points-based settlement for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject for false statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 for false statements or documents? The applicant is barred from points-based settlement for good; this is not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) rejected and barred: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::RegistryPage</name>
    <message>
        <source>Search name, citizen ID (or its last 4+ characters), former name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F. Results update as you type; Enter or Down moves into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import persons from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export active persons to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find, register and correct persons and households. Every change is recorded with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found, more below</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1 (%2) in household %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1 (%2); now version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 created. Register its head (户主) with “New person…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the head of household %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 person(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old password stops working at once, and a lockout after wrong passwords is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::RuleSetsPage</name>
    <message>
        <source>&amp;Import a rule set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule set used for a ranking is frozen: importing it again makes its next version, and the published lists keep the version they were ranked under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points rule sets of each settlement round (积分规则): built in, imported, and frozen by rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in, not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen (used for a ranking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editable (not used for a ranking yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as version %2; it serves the %3 round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::ScoreBreakdownView</name>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility (hard conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the threshold (%1 ≥ %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the threshold (%1 must reach %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hard condition is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hard condition is not met: not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(counts through %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 = base %2 + bonus %3 − deductions %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::SyncLabels</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective household membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register page loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement application</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective household membership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n register page loan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::SyncPage</name>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held for a supervisor</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle no. %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this installation&apos;s full key, to send it with the device ID to the administrator of a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes a trusted peer has not received yet into a bundle file for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle from a trusted peer, see what it would change, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for every trusted peer into the folder and import what waits there for this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the selected peer&apos;s bundles from now on and export nothing more for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is on the clipboard. Send it with the device ID %1 to the administrator of the peer, and compare the fingerprint %2 by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline field work: exchange signed bundles with the office and field laptops, and settle what both sides changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of this installation cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exported for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last imported from it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the changes not sent yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work on this laptop has not been exported for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export it for the office (Export for…) or sync with the shared folder (Sync now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made here has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here not sent to any peer yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer is trusted yet. An administrator trusts the office or a field laptop on this page (Trusted peers), with the device ID and key it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the changes not sent yet to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundles (*.hkb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle no. %1 for %2 holds no changes: %2 already has everything recorded here. Saved as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported bundle no. %1 for %2: %3. Saved as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundles (*.hkb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting (held for a supervisor): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already here: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By district: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it now? The records are applied together, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: nothing new (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts are listed under Conflicts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor decides them at the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n bundle(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n bundle(s) with no changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n bundle(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n bundle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: there was nothing to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (device %2, fingerprint %3) is now a trusted peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 (device %2)? Its bundles are refused from now on and nothing more is exported for it. A revoked device cannot be trusted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revoke the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept the local version with %n field(s) of the remote one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept the remote version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the local version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved the conflict on %1: %2. The decision travels with the next bundles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::TrustPeerDialog</name>
    <message>
        <source>Trust a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device ID and key the other installation shows on its Sync page (or hukouctl sync identity). Before you trust it, read the fingerprint below to the person at the other installation: it must be the same as theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tianhe office, field laptop 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44 characters, ending in =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole key yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::UserForm</name>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. zhangwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hukou::ui::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts of this installation and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? The account can no longer sign in until an administrator activates it again. Nothing the user recorded is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot activate the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deactivate the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
