<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hukou::cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
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
        <translation>用法：hukouctl [--db PATH] [--user LOGIN] [--json] COMMAND ...

命令：
  validate-id ID...                       校验公民身份号码
  init --admin LOGIN                      创建或升级数据库，并创建首个管理员
  user add LOGIN --role ROLE --name NAME  添加用户（密码取自 HUKOU_NEW_PASSWORD）
  user list                               列出用户
  audit verify                            校验审计日志的哈希链
  check                                   检查数据库和审计日志的完整性
  backup OUT                              在线生成数据库的一致性副本
  import persons FILE [--rejects OUT.csv] [--accept-duplicates] [--dry-run]
  export persons [--district CODE] [--format csv|json] [--out FILE]
  person show CITIZEN_ID                  显示一名人员及其所在户和变更历史
  person find TEXT [--limit N]            按公民身份号码、姓名、曾用名或住址查找
  person update CITIZEN_ID --set FIELD=VALUE ... --reason TEXT
  person status CITIZEN_ID active|moved_out|deceased|cancelled --reason TEXT [--date YYYY-MM-DD]
  demo --persons N [--seed S] [--csv OUT]  生成模拟数据（或仅生成其 CSV 文件）
  collective create --district CODE --name NAME --address ADDR [--capacity N]  创建公共集体户，并输出其户号
  collective enroll CITIZEN_ID --into NUMBER --reason REASON [--documents TEXT]
  collective leave CITIZEN_ID --reason REASON [--to ADDRESS|HOUSEHOLD_NUMBER]
  collective newborn PARENT_ID --set FIELD=VALUE ... [--other-parent ID]  将新生儿登记入父（母）所在的公共集体户
  collective loan CITIZEN_ID --purpose TEXT --due YYYY-MM-DD  借出户口页，并输出借用单号
  collective return LOAN_ID               登记户口页已归还
  collective list [--district CODE]       列出公共集体户及其成员数、容量和未归还借用
  collective slip LOAN_ID --out FILE.pdf  生成户口借用单
  convert [--district CODE] [--dry-run] [--chunk-size N]  户籍一元化登记
  convert reverse CITIZEN_ID --reason TEXT  撤销一名人员的一元化登记（限审核主管）
  convert stats [--district CODE]         按区、户口性质和原户口性质统计在册人员
  convert report --out FILE.pdf           生成户籍一元化登记报告
  certificate CITIZEN_ID --out FILE.pdf   开具户籍证明
  points rules import FILE | points rules show YEAR   积分规则
  points submit FILE                      受理申请，并输出申请编号
  points score APP                        查看申请的积分及明细
  points rank --year YEAR [--quota N]     对某一年度批次排名（--quota 仅限审核主管）
  points decide APP --approve|--return|--reject --reason TEXT  （--reject：弄虚作假，取消申请人资格）
  points publish --year YEAR --out FILE   生成公示名单（.csv 或 .pdf）
  points verify APP [--note TEXT]         记录证明材料已核验
  points settle APP --household N --address TEXT | --collective [--household N]
                [--from PLACE]            为已公示的申请人及随迁家属办理落户
  sync identity                           显示本机的设备编号、公钥和指纹
  sync trust --name NAME --device ID --key KEY  信任一个同步方（限管理员），并输出其指纹
  sync revoke NAME                        撤销对同步方的信任，今后拒收其同步包（限管理员）
  sync peers                              列出受信任和已撤销信任的同步方
  sync export --out FILE --peer NAME | --reference --district CODE [--peer NAME]
                                          为同步方导出更改同步包，或导出某区的参考数据包
  sync import FILE [--dry-run]            导入同步方的同步包，并输出 applied、conflicts、skipped 的数量
  sync conflicts [--all]                  列出未处理的（或全部）同步冲突
  sync resolve CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT  处理同步冲突（限审核主管）
  sync folder PATH                        为每个同步方导出到 PATH，并导入其中发给本机的同步包

操作用户的密码取自 HUKOU_PASSWORD，或在提示时输入。
退出码：0 成功，1 失败，2 用法错误，3 部分被拒绝，4 身份验证或权限问题，5 完整性问题。
</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Args</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation>选项 --%1 被重复指定</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Collective</name>
    <message>
        <source>collective create needs --district CODE --name NAME --address ADDR [--capacity N]</source>
        <translation>collective create 需要 --district CODE --name NAME --address ADDR [--capacity N]</translation>
    </message>
    <message>
        <source>--capacity must be a whole number</source>
        <translation>--capacity 必须是整数</translation>
    </message>
    <message>
        <source>collective enroll needs CITIZEN_ID --into NUMBER --reason REASON</source>
        <translation>collective enroll 需要 CITIZEN_ID --into NUMBER --reason REASON</translation>
    </message>
    <message>
        <source>--reason must be one of %1</source>
        <translation>--reason 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>enrolled %1 (%2) into %3</source>
        <translation>已将 %1（%2）落户至 %3</translation>
    </message>
    <message>
        <source>collective leave needs CITIZEN_ID --reason REASON [--to ADDRESS]</source>
        <translation>collective leave 需要 CITIZEN_ID --reason REASON [--to ADDRESS]</translation>
    </message>
    <message>
        <source>%1 (%2) left %3: %4</source>
        <translation>%1（%2）已从 %3 迁出：%4</translation>
    </message>
    <message>
        <source>collective loan needs CITIZEN_ID --purpose TEXT --due YYYY-MM-DD</source>
        <translation>collective loan 需要 CITIZEN_ID --purpose TEXT --due YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--due must be a date YYYY-MM-DD</source>
        <translation>--due 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>collective return needs LOAN_ID</source>
        <translation>collective return 需要 LOAN_ID</translation>
    </message>
    <message>
        <source>collective list takes only [--district CODE]</source>
        <translation>collective list 只接受 [--district CODE]</translation>
    </message>
    <message>
        <source>number	district	name	members	capacity	open_loans	overdue	address</source>
        <translation>户号	区	名称	成员数	容量	未归还借用	逾期	住址</translation>
    </message>
    <message>
        <source>warning: no public collective household in %1 (policy: at least one per district)</source>
        <translation>警告：%1 未设公共集体户（政策要求：每区至少设置一个）</translation>
    </message>
    <message>
        <source>unknown collective subcommand %1</source>
        <translation>未知的 collective 子命令 %1</translation>
    </message>
    <message>
        <source>collective slip needs LOAN_ID --out FILE.pdf</source>
        <translation>collective slip 需要 LOAN_ID --out FILE.pdf</translation>
    </message>
    <message>
        <source>collective newborn needs PARENT_CITIZEN_ID and the child&apos;s fields as --set FIELD=VALUE (citizen_id, name, sex, birth_date, ...)</source>
        <translation>collective newborn 需要父（母）的公民身份号码，以及以 --set FIELD=VALUE 给出的子女信息（citizen_id、name、sex、birth_date 等）</translation>
    </message>
    <message>
        <source>registered %1 into the collective household</source>
        <translation>已将 %1 登记入公共集体户</translation>
    </message>
    <message>
        <source>collective needs a subcommand: create, enroll, leave, loan, return, list, slip, newborn</source>
        <translation>collective 需要子命令：create、enroll、leave、loan、return、list、slip、newborn</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Commands</name>
    <message>
        <source>validate-id needs at least one ID</source>
        <translation>validate-id 至少需要一个公民身份号码</translation>
    </message>
    <message>
        <source>init takes no positional arguments</source>
        <translation>init 不接受位置参数</translation>
    </message>
    <message>
        <source>init needs --admin LOGIN</source>
        <translation>init 需要 --admin LOGIN</translation>
    </message>
    <message>
        <source>database %1 is up to date (schema version %2); its users are unchanged</source>
        <translation>数据库 %1 已是最新（架构版本 %2）；其用户未作更改</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>新管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>error: no password for the administrator: set HUKOU_PASSWORD</source>
        <translation>错误：未提供管理员密码，请设置 HUKOU_PASSWORD</translation>
    </message>
    <message>
        <source>created database %1 with administrator %2</source>
        <translation>已创建数据库 %1，管理员为 %2</translation>
    </message>
    <message>
        <source>user needs a subcommand: add, list</source>
        <translation>user 需要子命令：add、list</translation>
    </message>
    <message>
        <source>user add needs exactly one LOGIN</source>
        <translation>user add 需要且只需要一个 LOGIN</translation>
    </message>
    <message>
        <source>--role must be one of admin, supervisor, clerk, field</source>
        <translation>--role 必须是 admin、supervisor、clerk、field 之一</translation>
    </message>
    <message>
        <source>user add needs --name NAME</source>
        <translation>user add 需要 --name NAME</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>新用户的密码：</translation>
    </message>
    <message>
        <source>error: no password for the new user: set HUKOU_NEW_PASSWORD</source>
        <translation>错误：未提供新用户的密码，请设置 HUKOU_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation>已添加用户 %1（%2）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>unknown user subcommand %1</source>
        <translation>未知的 user 子命令 %1</translation>
    </message>
    <message>
        <source>audit takes one subcommand: verify</source>
        <translation>audit 只接受一个子命令：verify</translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message numerus="yes">
        <source>journal intact: %n entries verified</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check 不接受参数</translation>
    </message>
    <message numerus="yes">
        <source>database %1 is healthy: integrity ok, foreign keys ok, %n journal entries verified</source>
        <translation>
            <numerusform>数据库 %1 状态正常：完整性正常，外键正常，已校验 %n 条审计日志记录</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one OUT path</source>
        <translation>backup 需要且只需要一个 OUT 路径</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>would convert %1</source>
        <translation>将转为居民户口：%1</translation>
    </message>
    <message>
        <source>converted %1</source>
        <translation>已转为居民户口：%1</translation>
    </message>
    <message>
        <source>exception %1 %2: %3</source>
        <translation>异常 %1 %2：%3</translation>
    </message>
    <message>
        <source>convert takes no positional arguments: %1</source>
        <translation>convert 不接受位置参数：%1</translation>
    </message>
    <message>
        <source>--chunk-size needs a positive number</source>
        <translation>--chunk-size 必须是正数</translation>
    </message>
    <message>
        <source>resumed an unfinished run (%1 converted before)</source>
        <translation>已继续上次未完成的运行（此前已转换 %1 人）</translation>
    </message>
    <message>
        <source>convert reverse needs CITIZEN_ID and --reason TEXT</source>
        <translation>convert reverse 需要 CITIZEN_ID 和 --reason TEXT</translation>
    </message>
    <message>
        <source>%1 %2: hukou nature back to %3</source>
        <translation>%1 %2：户口性质已恢复为 %3</translation>
    </message>
    <message>
        <source>convert report needs --out FILE.pdf</source>
        <translation>convert report 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>certificate needs CITIZEN_ID and --out FILE.pdf</source>
        <translation>certificate 需要 CITIZEN_ID 和 --out FILE.pdf</translation>
    </message>
    <message>
        <source>import persons needs exactly one FILE</source>
        <translation>import persons 需要且只需要一个 FILE</translation>
    </message>
    <message>
        <source>error: %1 does not exist</source>
        <translation>错误：%1 不存在</translation>
    </message>
    <message>
        <source>error: cannot write the rejects file %1</source>
        <translation>错误：无法写入被拒绝行文件 %1</translation>
    </message>
    <message>
        <source>export persons takes no positional arguments</source>
        <translation>export persons 不接受位置参数</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format 必须是 csv 或 json</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>错误：无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n person(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 名人员到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>person needs a subcommand: show, find, update, status</source>
        <translation>person 需要子命令：show、find、update、status</translation>
    </message>
    <message>
        <source>person show needs one CITIZEN_ID</source>
        <translation>person show 需要一个 CITIZEN_ID</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>household %1 members:</source>
        <translation>户 %1 的成员：</translation>
    </message>
    <message>
        <source>history:</source>
        <translation>变更历史：</translation>
    </message>
    <message>
        <source>person find needs one TEXT</source>
        <translation>person find 需要一个 TEXT</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit 必须是正数</translation>
    </message>
    <message>
        <source>person update needs one CITIZEN_ID</source>
        <translation>person update 需要一个 CITIZEN_ID</translation>
    </message>
    <message>
        <source>person update needs at least one --set FIELD=VALUE</source>
        <translation>person update 至少需要一个 --set FIELD=VALUE</translation>
    </message>
    <message>
        <source>person update needs --reason TEXT</source>
        <translation>person update 需要 --reason TEXT</translation>
    </message>
    <message>
        <source>updated %1 %2 (version %3)</source>
        <translation>已更新 %1 %2（版本 %3）</translation>
    </message>
    <message>
        <source>person status needs CITIZEN_ID and one of active, moved_out, deceased, cancelled</source>
        <translation>person status 需要 CITIZEN_ID，以及 active、moved_out、deceased、cancelled 之一</translation>
    </message>
    <message>
        <source>the status must be active, moved_out, deceased or cancelled</source>
        <translation>状态必须是 active、moved_out、deceased 或 cancelled</translation>
    </message>
    <message>
        <source>person status needs --reason TEXT</source>
        <translation>person status 需要 --reason TEXT</translation>
    </message>
    <message>
        <source>%1 %2 is now %3</source>
        <translation>%1 %2 的状态已变更为 %3</translation>
    </message>
    <message>
        <source>unknown person subcommand %1</source>
        <translation>未知的 person 子命令 %1</translation>
    </message>
    <message>
        <source>import takes: persons FILE [--rejects OUT.csv]</source>
        <translation>import 的用法：persons FILE [--rejects OUT.csv]</translation>
    </message>
    <message>
        <source>export takes: persons [--district CODE] [--format csv|json] [--out FILE]</source>
        <translation>export 的用法：persons [--district CODE] [--format csv|json] [--out FILE]</translation>
    </message>
    <message>
        <source>demo needs --persons N (a positive number)</source>
        <translation>demo 需要 --persons N（正数）</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed 必须是整数</translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation>错误：无法写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n generated person(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名生成的人员写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>generated %1 persons in %2 households (rejected %3), %4 public collective households with %5 members, %6 settlement applications</source>
        <translation>已生成 %1 名人员，共 %2 户（拒绝 %3 行）；%4 个公共集体户，成员 %5 人；积分制入户申请 %6 份</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Context</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>run hukouctl --help for the list of commands</source>
        <translation>运行 hukouctl --help 查看命令列表</translation>
    </message>
    <message>
        <source>error: database %1 does not exist; create it with: hukouctl --db %1 init --admin LOGIN</source>
        <translation>错误：数据库 %1 不存在；请使用以下命令创建：hukouctl --db %1 init --admin LOGIN</translation>
    </message>
    <message>
        <source>the database was upgraded; a copy of the old version is in %1</source>
        <translation>数据库已升级；旧版本的副本保存在 %1</translation>
    </message>
    <message>
        <source>error: this command needs the acting user: add --user LOGIN (password in HUKOU_PASSWORD)</source>
        <translation>错误：此命令需要指定操作用户：请添加 --user LOGIN（密码通过 HUKOU_PASSWORD 提供）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>error: no password: set HUKOU_PASSWORD or run on a terminal to be asked</source>
        <translation>错误：未提供密码：请设置 HUKOU_PASSWORD，或在终端中运行以便提示输入</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE with a column name of the persons file; &quot;%1&quot; is not one</source>
        <translation>--set 的格式为 FIELD=VALUE，FIELD 须为人员文件的列名；“%1”不是列名</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Points</name>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>错误：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>points rules import needs exactly one FILE</source>
        <translation>points rules import 需要且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>imported rule set %1 (year %2), version %3</source>
        <translation>已导入积分规则 %1（%2 年度），版本 %3</translation>
    </message>
    <message>
        <source>points rules show needs a YEAR</source>
        <translation>points rules show 需要指定 YEAR</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>version %1, imported by %2 on %3</source>
        <translation>版本 %1，由 %2 于 %3 导入</translation>
    </message>
    <message>
        <source>rule set %1 for %2: %3 (%4%5)</source>
        <translation>%2 年度积分规则 %1：%3（%4%5）</translation>
    </message>
    <message>
        <source>, frozen: used for a ranking</source>
        <translation>，已冻结：已用于排名</translation>
    </message>
    <message>
        <source>points submit needs exactly one FILE</source>
        <translation>points submit 需要且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>points score needs exactly one application number</source>
        <translation>points score 需要且只能指定一个申请编号</translation>
    </message>
    <message>
        <source>%1  %2 (%3)  rule set %4  status %5</source>
        <translation>%1  %2（%3）  积分规则 %4  状态 %5</translation>
    </message>
    <message>
        <source>eligible: %1</source>
        <translation>符合资格条件：%1</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>积分项：</translation>
    </message>
    <message>
        <source> (capped)</source>
        <translation>（已封顶）</translation>
    </message>
    <message>
        <source> (counts through %1)</source>
        <translation>（计入%1）</translation>
    </message>
    <message>
        <source>base %1, bonus %2, deductions %3, total %4; threshold %5 &gt;= %6: %7</source>
        <translation>基础分 %1，加分 %2，扣分 %3，总分 %4；分数线 %5 &gt;= %6：%7</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>points rank needs --year YEAR</source>
        <translation>points rank 需要 --year YEAR</translation>
    </message>
    <message>
        <source>--year needs a year, not %1</source>
        <translation>--year 需要年份，而不是 %1</translation>
    </message>
    <message>
        <source>--quota needs a whole number of 0 or more, not %1</source>
        <translation>--quota 需要大于或等于 0 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>%1 round, rule set %2 (version %3), quota %4%5: %6 ranked, %7 admitted, %8 not ranked</source>
        <translation>%1 年度，积分规则 %2（版本 %3），指标 %4%5：已排名 %6 人，入围 %7 人，未排名 %8 人</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation>（已调整）</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>未入围</translation>
    </message>
    <message>
        <source>points decide needs exactly one application number</source>
        <translation>points decide 需要且只能指定一个申请编号</translation>
    </message>
    <message>
        <source>points decide needs --reason TEXT</source>
        <translation>points decide 需要 --reason TEXT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>points publish needs --year YEAR --out FILE</source>
        <translation>points publish 需要 --year YEAR --out FILE</translation>
    </message>
    <message>
        <source>--out must name a .csv or .pdf file, not %1</source>
        <translation>--out 必须指定 .csv 或 .pdf 文件，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <source>published %n application(s) of the %1 round to %2</source>
        <translation>
            <numerusform>已将 %1 年度的 %n 份申请发布到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>points rules needs import FILE or show YEAR</source>
        <translation>points rules 需要 import FILE 或 show YEAR</translation>
    </message>
    <message>
        <source>points verify needs exactly one application number</source>
        <translation>points verify 需要且只需要一个申请编号</translation>
    </message>
    <message>
        <source>points settle needs exactly one application number</source>
        <translation>points settle 需要且只需要一个申请编号</translation>
    </message>
    <message>
        <source>points settle needs --household NUMBER --address TEXT (a new household at the applicant&apos;s home) or --collective</source>
        <translation>points settle 需要 --household 户号 --address 住址（在申请人自有住所新立户）或 --collective</translation>
    </message>
    <message>
        <source>--address is for a new household; a collective household has its own</source>
        <translation>--address 仅用于新立户；集体户有其自己的地址</translation>
    </message>
    <message>
        <source>%1: settled into household %2 (%3 newly registered, %4 moved)</source>
        <translation>%1：已落户至户 %2（新登记 %3 人，迁入 %4 人）</translation>
    </message>
    <message>
        <source>points needs one of: rules, submit, score, verify, rank, decide, publish, settle</source>
        <translation>points 需要以下之一：rules、submit、score、verify、rank、decide、publish、settle</translation>
    </message>
    <message>
        <source>points decide needs one of --approve, --return or --reject</source>
        <translation>points decide 需要指定 --approve、--return 或 --reject 之一</translation>
    </message>
</context>
<context>
    <name>hukou::cli::Sync</name>
    <message>
        <source>sealed</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>exported reference bundle %1: %2 records, %3</source>
        <translation>已导出参考数据包 %1：%2 条记录，%3</translation>
    </message>
    <message>
        <source>exported reference bundle %1 for %2: %3 records, %4</source>
        <translation>已为 %2 导出参考数据包 %1：%3 条记录，%4</translation>
    </message>
    <message>
        <source>exported bundle %1 for %2 to %3: %4 records, %5</source>
        <translation>已将给 %2 的第 %1 号同步包导出到 %3：%4 条记录，%5</translation>
    </message>
    <message>
        <source>sync identity takes no arguments</source>
        <translation>sync identity 不接受参数</translation>
    </message>
    <message>
        <source>sync trust needs --name NAME --device ID --key KEY</source>
        <translation>sync trust 需要 --name NAME --device ID --key KEY</translation>
    </message>
    <message>
        <source>trusted %1 (device %2), fingerprint %3</source>
        <translation>已信任 %1（设备 %2），指纹 %3</translation>
    </message>
    <message>
        <source>sync revoke needs one peer NAME</source>
        <translation>sync revoke 需要一个同步方 NAME</translation>
    </message>
    <message>
        <source>revoked %1: its bundles are refused from now on</source>
        <translation>已撤销对 %1 的信任：今后拒收其同步包</translation>
    </message>
    <message>
        <source>sync peers takes no arguments</source>
        <translation>sync peers 不接受参数</translation>
    </message>
    <message>
        <source>name	device	fingerprint	status	sent	received	last_export	last_import</source>
        <translation>名称	设备	指纹	状态	已发送	已接收	最近导出	最近导入</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 撤销信任</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>sync export needs --out FILE and --peer NAME (or --reference --district CODE)</source>
        <translation>sync export 需要 --out FILE 和 --peer NAME（或 --reference --district CODE）</translation>
    </message>
    <message>
        <source>sync export --reference needs --district CODE</source>
        <translation>sync export --reference 需要 --district CODE</translation>
    </message>
    <message>
        <source>--district goes with --reference</source>
        <translation>--district 只能与 --reference 一起使用</translation>
    </message>
    <message>
        <source>sync export needs --peer NAME (or --reference --district CODE)</source>
        <translation>sync export 需要 --peer NAME（或 --reference --district CODE）</translation>
    </message>
    <message>
        <source>sync import needs exactly one FILE</source>
        <translation>sync import 需要且只需要一个 FILE</translation>
    </message>
    <message>
        <source>error: %1 does not exist</source>
        <translation>错误：%1 不存在</translation>
    </message>
    <message>
        <source>%1: new %2, changed %3, conflicting %4</source>
        <translation>%1：新增 %2，更改 %3，冲突 %4</translation>
    </message>
    <message>
        <source>sync conflicts takes no arguments</source>
        <translation>sync conflicts 不接受参数</translation>
    </message>
    <message>
        <source>sync resolve needs CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT</source>
        <translation>sync resolve 需要 CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT</translation>
    </message>
    <message>
        <source>CONFLICT must be a conflict number (see sync conflicts): &quot;%1&quot; is not one</source>
        <translation>CONFLICT 必须是冲突编号（见 sync conflicts）：“%1”不是冲突编号</translation>
    </message>
    <message>
        <source>--keep must be local or remote</source>
        <translation>--keep 必须是 local 或 remote</translation>
    </message>
    <message>
        <source>sync resolve needs --reason TEXT</source>
        <translation>sync resolve 需要 --reason TEXT</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE; &quot;%1&quot; is not that</source>
        <translation>--set 的格式为 FIELD=VALUE；“%1”不符合此格式</translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved: kept the local version</source>
        <translation>冲突 %1（%2）已处理：保留本机版本</translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved: kept the remote version</source>
        <translation>冲突 %1（%2）已处理：保留对方版本</translation>
    </message>
    <message>
        <source>sync folder needs one PATH</source>
        <translation>sync folder 需要一个 PATH</translation>
    </message>
    <message>
        <source>error: %1 is not a folder</source>
        <translation>错误：%1 不是文件夹</translation>
    </message>
    <message>
        <source>imported bundle %1 from %2: %3</source>
        <translation>已导入来自 %2 的第 %1 号同步包：%3</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>已拒收 %1</translation>
    </message>
    <message>
        <source>nothing to export or import in %1</source>
        <translation>%1 中没有需要导出或导入的内容</translation>
    </message>
    <message>
        <source>sync needs a subcommand: identity, trust, revoke, peers, export, import, conflicts, resolve, folder</source>
        <translation>sync 需要子命令：identity、trust、revoke、peers、export、import、conflicts、resolve、folder</translation>
    </message>
    <message>
        <source>unknown sync subcommand %1</source>
        <translation>未知的 sync 子命令 %1</translation>
    </message>
</context>
<context>
    <name>hukou::core::Application</name>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation>“%1”不是广州市现行的区代码或区名称</translation>
    </message>
    <message>
        <source>expected an object {&quot;fact&quot;, &quot;document&quot;}, found %1</source>
        <translation>应为对象 {&quot;fact&quot;, &quot;document&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation>未知的事实项“%1”</translation>
    </message>
    <message>
        <source>expected an object {&quot;citizen_id&quot;, &quot;name&quot;, &quot;relation&quot;}, found %1</source>
        <translation>应为对象 {&quot;citizen_id&quot;, &quot;name&quot;, &quot;relation&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>the applicant cannot move with themselves</source>
        <translation>申请人不能将本人列为随迁人员</translation>
    </message>
</context>
<context>
    <name>hukou::core::CitizenId</name>
    <message>
        <source>a 15-digit number may contain digits only</source>
        <translation>15 位号码只能包含数字</translation>
    </message>
    <message>
        <source>only digits are allowed, and X as the last character</source>
        <translation>只能包含数字，末位可为 X</translation>
    </message>
    <message numerus="yes">
        <source>a citizen ID has 18 characters (or 15 digits for an old number), this one has %n</source>
        <translation>
            <numerusform>公民身份号码应为 18 位（旧号码为 15 位数字），此号码为 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a province code</source>
        <translation>%1 不是有效的省级行政区划代码</translation>
    </message>
    <message>
        <source>%1 is not a real date of birth</source>
        <translation>%1 不是有效的出生日期</translation>
    </message>
    <message>
        <source>the date of birth %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>the date of birth %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the sequence number 000 is never issued</source>
        <translation>顺序码 000 不会被签发</translation>
    </message>
    <message>
        <source>wrong check character %1, expected %2</source>
        <translation>校验码 %1 错误，应为 %2</translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveService</name>
    <message>
        <source>give a citizen ID</source>
        <translation>请提供公民身份号码</translation>
    </message>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation>未登记公民身份号码为 %1 的人员</translation>
    </message>
    <message>
        <source>there is no public collective household %1</source>
        <translation>不存在公共集体户 %1</translation>
    </message>
    <message>
        <source>the person record vanished while saving</source>
        <translation>保存时该人员记录已不存在</translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation>户 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>household %1 would be left without a head (户主) while %n member(s) remain: make another member the head first</source>
        <translation>
            <numerusform>户 %1 尚有 %n 名成员，此操作将使该户没有户主：请先将其他成员设为户主</numerusform>
        </translation>
    </message>
    <message>
        <source>household %1 already has a head (户主); a household has exactly one</source>
        <translation>户 %1 已有户主；每户只能有一名户主</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation>“%1”不是广州市现行的区代码或区名称</translation>
    </message>
    <message>
        <source>a collective household needs a name of at most 100 characters</source>
        <translation>集体户须填写名称，且不超过 100 个字符</translation>
    </message>
    <message>
        <source>a collective household needs an address</source>
        <translation>集体户须填写住址</translation>
    </message>
    <message>
        <source>the capacity must be between 1 and %1</source>
        <translation>容量必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>district %1 has used all collective household numbers</source>
        <translation>区 %1 的集体户户号已全部用完</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 and cannot be enrolled</source>
        <translation>%1（%2）状态为“%3”，不能办理集体户落户</translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of %3 (%4)</source>
        <translation>%1（%2）已是 %3（%4）的成员</translation>
    </message>
    <message>
        <source>%1 (%2) is full: %3 of %4 places taken</source>
        <translation>%1（%2）已满员：%4 个名额已占用 %3 个</translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of a collective household</source>
        <translation>%1（%2）已是集体户成员</translation>
    </message>
    <message>
        <source>the list of documents seen is too long (at most 500 characters)</source>
        <translation>所查验材料清单过长（最多 500 个字符）</translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of a public collective household</source>
        <translation>%1（%2）不是公共集体户成员</translation>
    </message>
    <message>
        <source>the other parent, %1, has the family household %2 in the city: the child is registered there</source>
        <translation>父母另一方 %1 在本市有家庭户 %2：子女应在该户登记</translation>
    </message>
    <message>
        <source>the parent&apos;s collective household is missing</source>
        <translation>父/母所在的集体户不存在</translation>
    </message>
    <message>
        <source>a public collective household has no head (户主)</source>
        <translation>公共集体户不设户主</translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation>公民身份号码 %1 已登记</translation>
    </message>
    <message>
        <source>newborn of %1 (%2)</source>
        <translation>%1（%2）的新生儿</translation>
    </message>
    <message>
        <source>to move a member to another collective household, enroll them there</source>
        <translation>如需将成员迁至其他集体户，请在目标集体户办理落户</translation>
    </message>
    <message>
        <source>the destination is too long (at most 200 characters)</source>
        <translation>迁往地过长（最多 200 个字符）</translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of any public collective household</source>
        <translation>%1（%2）不属于任何公共集体户</translation>
    </message>
    <message>
        <source>the register page of %1 is still out on loan %2 (due %3): it must be returned first</source>
        <translation>%1 的户口页仍处于借用中（借用单 %2，应于 %3 归还）：须先归还</translation>
    </message>
    <message>
        <source>give the number of the household %1 moves into as the destination (register that household first)</source>
        <translation>请填写 %1 迁入户的户号作为迁往地（请先登记该户）</translation>
    </message>
    <message>
        <source>household %1 cannot take the person: it is closed or a public collective household (to move between collective households, enroll the person there)</source>
        <translation>户 %1 无法接收该人员：该户已注销或为公共集体户（如需在集体户之间迁移，请在目标集体户办理落户）</translation>
    </message>
    <message>
        <source>a loan needs a purpose of at most 200 characters</source>
        <translation>借用须填写用途，且不超过 200 个字符</translation>
    </message>
    <message>
        <source>the due date must be after today (%1)</source>
        <translation>归还日期必须晚于今天（%1）</translation>
    </message>
    <message>
        <source>%1 (%2) is %3: no register page is lent</source>
        <translation>%1（%2）状态为“%3”：不予借用户口页</translation>
    </message>
    <message>
        <source>%1 (%2) is not a member of a public collective household (moved out or never enrolled): no register page is lent</source>
        <translation>%1（%2）不是公共集体户成员（已迁出或从未落户）：不予借用户口页</translation>
    </message>
    <message>
        <source>loan %1 to %2 is still open (due %3): return it before lending again</source>
        <translation>借用单 %1（借用人 %2）尚未归还（应于 %3 归还）：请先归还后再借出</translation>
    </message>
    <message>
        <source>there is no loan %1</source>
        <translation>不存在借用单 %1</translation>
    </message>
    <message>
        <source>loan %1 was already returned on %2</source>
        <translation>借用单 %1 已于 %2 归还</translation>
    </message>
    <message>
        <source>the loan&apos;s collective household is missing</source>
        <translation>借用单所属的集体户不存在</translation>
    </message>
    <message>
        <source>the borrower&apos;s record is missing</source>
        <translation>借用人的记录缺失</translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveStore</name>
    <message>
        <source>the membership was changed by someone else in the meantime; reload and try again</source>
        <translation>该集体户成员记录已被他人修改，请重新加载后重试</translation>
    </message>
    <message>
        <source>loan %1 was changed by someone else in the meantime; reload and try again</source>
        <translation>借用记录 %1 已被他人修改，请重新加载后重试</translation>
    </message>
</context>
<context>
    <name>hukou::core::CollectiveVocabulary</name>
    <message>
        <source>talent</source>
        <translation>人才引进</translation>
    </message>
    <message>
        <source>no address of one&apos;s own</source>
        <translation>无自有住所</translation>
    </message>
    <message>
        <source>marriage</source>
        <translation>婚姻</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>graduate</source>
        <translation>毕业生</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>工作调动</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>bought or inherited a home</source>
        <translation>购买或继承住房</translation>
    </message>
    <message>
        <source>joined a relative&apos;s household</source>
        <translation>投靠亲属户</translation>
    </message>
    <message>
        <source>left the city</source>
        <translation>离开本市</translation>
    </message>
    <message>
        <source>settled elsewhere</source>
        <translation>在外地落户</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>moved to another collective household</source>
        <translation>迁入其他集体户</translation>
    </message>
</context>
<context>
    <name>hukou::core::ConversionService</name>
    <message>
        <source>not yet registered (未落常住户口): register the permanent residence first</source>
        <translation>未落常住户口：请先办理常住户口登记</translation>
    </message>
    <message>
        <source>status is not active (%1)</source>
        <translation>状态不是在册（%1）</translation>
    </message>
    <message>
        <source>household inconsistent: the person belongs to no active household</source>
        <translation>户信息不一致：该人员不属于任何在册户</translation>
    </message>
    <message>
        <source>household inconsistent: the household has no active head (户主)</source>
        <translation>户信息不一致：该户没有在册的户主</translation>
    </message>
    <message>
        <source>all districts</source>
        <translation>所有区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code</source>
        <translation>“%1”不是广州市现行的区代码</translation>
    </message>
    <message>
        <source>the chunk size must be at least 1</source>
        <translation>分批大小至少为 1</translation>
    </message>
    <message>
        <source>internal error: the journal moved during the conversion</source>
        <translation>内部错误：一元化登记过程中审计日志发生了变动</translation>
    </message>
    <message>
        <source>give the reason for reversing the conversion</source>
        <translation>请填写撤销一元化登记的理由</translation>
    </message>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation>未登记公民身份号码为 %1 的人员</translation>
    </message>
    <message>
        <source>%1 (%2) was not converted: the hukou nature is %3</source>
        <translation>%1（%2）未办理一元化登记：其户口性质为 %3</translation>
    </message>
</context>
<context>
    <name>hukou::core::CsvReader</name>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>闭合引号后出现了多余的文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中出现了引号（请用引号括起整个字段，并将字段内的引号写两遍）</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
</context>
<context>
    <name>hukou::core::Database</name>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>database file %1 does not exist</source>
        <translation>数据库文件 %1 不存在</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Hukou Desk database or is damaged: %2</source>
        <translation>%1 不是 Hukou Desk 数据库或已损坏：%2</translation>
    </message>
    <message>
        <source>cannot create backup file %1</source>
        <translation>无法创建备份文件 %1</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation>事务已结束</translation>
    </message>
    <message>
        <source>The database file %1 can no longer be used safely: %2. To protect the register, nothing more is written to it. Close the program and ask the administrator to run &quot;hukouctl check&quot; on the file before anyone goes on working.</source>
        <translation>数据库文件 %1 已无法安全使用：%2。为保护户籍数据，程序不再向其写入任何内容。请关闭程序，并请管理员先对该文件运行“hukouctl check”检查，再继续办理业务。</translation>
    </message>
    <message>
        <source>reading or writing it failed (I/O error)</source>
        <translation>读写该文件时出错（输入/输出错误）</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>it is no longer a database (the file was replaced or overwritten)</source>
        <translation>该文件已不再是数据库（文件被替换或覆盖）</translation>
    </message>
    <message>
        <source>it was moved, deleted or replaced while in use</source>
        <translation>文件在使用中被移动、删除或替换</translation>
    </message>
</context>
<context>
    <name>hukou::core::Error</name>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>第 %1 行，字段 %2：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
</context>
<context>
    <name>hukou::core::FactCatalogue</name>
    <message>
        <source>a fact name uses lowercase letters, digits and _ only, and starts with a letter</source>
        <translation>事实项名称只能包含小写字母、数字和 _，且必须以字母开头</translation>
    </message>
    <message>
        <source>the fact &quot;%1&quot; is already defined</source>
        <translation>事实项“%1”已定义</translation>
    </message>
    <message>
        <source>a level fact needs its list of levels, lowest first</source>
        <translation>等级型事实项需要列出其等级，由低到高排列</translation>
    </message>
    <message>
        <source>the list of levels repeats a level</source>
        <translation>等级列表中有重复的等级</translation>
    </message>
    <message>
        <source>only a level fact has levels</source>
        <translation>只有等级型事实项才有等级</translation>
    </message>
    <message>
        <source>Residence permit issued in Guangzhou</source>
        <translation>在广州办理的居住证</translation>
    </message>
    <message>
        <source>Residence permit (months)</source>
        <translation>居住证（月数）</translation>
    </message>
    <message>
        <source>Legal stable employment or business</source>
        <translation>合法稳定就业或经营</translation>
    </message>
    <message>
        <source>Owns a home in Guangzhou</source>
        <translation>在广州拥有自有住房</translation>
    </message>
    <message>
        <source>The home is in Conghua or Zengcheng</source>
        <translation>住房位于从化区或增城区</translation>
    </message>
    <message>
        <source>Registered rented home (months)</source>
        <translation>登记租赁住房（月数）</translation>
    </message>
    <message>
        <source>Lived outside the four core districts (months)</source>
        <translation>在四个中心城区以外居住（月数）</translation>
    </message>
    <message>
        <source>Pension insurance (months)</source>
        <translation>养老保险（月数）</translation>
    </message>
    <message>
        <source>Medical insurance (months)</source>
        <translation>医疗保险（月数）</translation>
    </message>
    <message>
        <source>Unemployment insurance (months)</source>
        <translation>失业保险（月数）</translation>
    </message>
    <message>
        <source>Work-injury insurance (months)</source>
        <translation>工伤保险（月数）</translation>
    </message>
    <message>
        <source>Maternity insurance (months)</source>
        <translation>生育保险（月数）</translation>
    </message>
    <message>
        <source>Housing provident fund (months)</source>
        <translation>住房公积金（月数）</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Technical title or skill level</source>
        <translation>专业技术职称或职业技能等级</translation>
    </message>
    <message>
        <source>Works in the certified occupation</source>
        <translation>从事与所持证书相符的职业</translation>
    </message>
    <message>
        <source>Occupation on the city&apos;s shortage catalogue</source>
        <translation>职业列入本市紧缺工种目录</translation>
    </message>
    <message>
        <source>Blood donations</source>
        <translation>献血次数</translation>
    </message>
    <message>
        <source>Volunteer hours by year</source>
        <translation>各年度志愿服务时长</translation>
    </message>
    <message>
        <source>Income tax paid over 3 years (yuan)</source>
        <translation>近 3 年缴纳个人所得税（元）</translation>
    </message>
    <message>
        <source>Bad credit records</source>
        <translation>不良信用记录</translation>
    </message>
    <message>
        <source>Tax evasion records</source>
        <translation>偷逃税记录</translation>
    </message>
    <message>
        <source>Public-security penalties</source>
        <translation>治安管理处罚</translation>
    </message>
    <message>
        <source>Criminal punishment in the past 5 years</source>
        <translation>近 5 年内受过刑事处罚</translation>
    </message>
    <message>
        <source>Complies with family planning</source>
        <translation>符合计划生育政策</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>high school or vocational school</source>
        <translation>高中或中等职业学校</translation>
    </message>
    <message>
        <source>associate degree</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>bachelor&apos;s degree or above</source>
        <translation>本科及以上</translation>
    </message>
    <message>
        <source>intermediate worker</source>
        <translation>中级工</translation>
    </message>
    <message>
        <source>junior professional title</source>
        <translation>初级职称</translation>
    </message>
    <message>
        <source>senior worker</source>
        <translation>高级工</translation>
    </message>
    <message>
        <source>intermediate title or technician</source>
        <translation>中级职称或技师</translation>
    </message>
</context>
<context>
    <name>hukou::core::Facts</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>an object of year -&gt; whole number, e.g. {&quot;2023&quot;: 120}</source>
        <translation>以年份 -&gt; 整数表示的对象，例如 {&quot;2023&quot;: 120}</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation>未知的事实项“%1”</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (1900–2100)</source>
        <translation>“%1”不是有效年份（1900–2100）</translation>
    </message>
</context>
<context>
    <name>hukou::core::Journal</name>
    <message>
        <source>internal error: a journal entry must be written inside a transaction</source>
        <translation>内部错误：审计日志记录必须在事务中写入</translation>
    </message>
    <message>
        <source>the journal head is missing</source>
        <translation>审计日志链头缺失</translation>
    </message>
    <message>
        <source>entry %1 is missing (removed)</source>
        <translation>第 %1 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>第 %1 条记录顺序错乱</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it (inserted or reordered)</source>
        <translation>第 %1 条记录未与前一条记录相链接（记录被插入或顺序被调换）</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>第 %1 条记录在写入后被篡改</translation>
    </message>
    <message>
        <source>the journal head record is missing</source>
        <translation>审计日志链头记录缺失</translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed</source>
        <translation>第 %1 至 %2 条记录已被删除</translation>
    </message>
    <message>
        <source>entry %1 was inserted outside the application</source>
        <translation>第 %1 条记录是在本应用之外插入的</translation>
    </message>
    <message>
        <source>entry %1 does not match the recorded chain head</source>
        <translation>第 %1 条记录与已记录的链头不符</translation>
    </message>
</context>
<context>
    <name>hukou::core::MaintenanceService</name>
    <message>
        <source>integrity: %1</source>
        <translation>完整性问题：%1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row in %3</source>
        <translation>外键问题：表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 已存在，请另选文件名</translation>
    </message>
</context>
<context>
    <name>hukou::core::Migrations</name>
    <message>
        <source>database %1 has schema version %2, newer than this program understands (%3); install a newer Hukou Desk</source>
        <translation>数据库 %1 的结构版本为 %2，高于本程序支持的版本（%3）；请安装较新版本的 Hukou Desk</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>将数据库结构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 would leave %2 rows referring to rows that do not exist; nothing was changed</source>
        <translation>将数据库结构升级到版本 %1 会使 %2 行记录指向不存在的记录，未做任何更改</translation>
    </message>
</context>
<context>
    <name>hukou::core::Person</name>
    <message>
        <source>registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>family household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>collective household</source>
        <translation>集体户</translation>
    </message>
    <message>
        <source>public collective household</source>
        <translation>公共集体户</translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonExporter</name>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation>“%1”不是广州市现行的区代码或区名称</translation>
    </message>
    <message>
        <source>writing the export failed: %1</source>
        <translation>写入导出文件失败：%1</translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonFields</name>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>含有控制字符</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>长度超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>a name may not contain digits</source>
        <translation>姓名不能包含数字</translation>
    </message>
    <message>
        <source>a name may contain Chinese characters, Latin letters and · only; found &quot;%1&quot;</source>
        <translation>姓名只能包含汉字、拉丁字母和“·”；发现了“%1”</translation>
    </message>
    <message>
        <source>sex must be 男 or 女 (or M/F), not &quot;%1&quot;</source>
        <translation>性别必须为“男”或“女”（或 M/F），而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officially recognised ethnic group name (e.g. 汉族)</source>
        <translation>“%1”不是国家认定的民族名称（例如：汉族）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a current Guangzhou district code or name</source>
        <translation>“%1”不是广州市现行的区代码或区名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known relation to the head of household (e.g. 户主, 配偶, 子, 女)</source>
        <translation>“%1”不是有效的与户主关系（例如：户主、配偶、子、女）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hukou nature: use 农业, 非农业, 自理口粮, 蓝印 or 居民</source>
        <translation>“%1”不是有效的户口性质：请使用“农业”“非农业”“自理口粮”“蓝印”或“居民”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a former hukou nature: use 农业, 非农业, 自理口粮 or 蓝印</source>
        <translation>“%1”不是有效的原户口性质：请使用“农业”“非农业”“自理口粮”或“蓝印”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a marital status: use 未婚, 已婚, 离婚 or 丧偶</source>
        <translation>“%1”不是有效的婚姻状况：请使用“未婚”“已婚”“离婚”或“丧偶”</translation>
    </message>
    <message>
        <source>a household number may contain letters, digits and - only</source>
        <translation>户号只能包含字母、数字和 -</translation>
    </message>
    <message>
        <source>sex %1 disagrees with the citizen ID, which is a %2&apos;s number</source>
        <translation>性别 %1 与公民身份号码不符，该号码对应的性别为%2</translation>
    </message>
    <message>
        <source>birth date %1 disagrees with the citizen ID (%2)</source>
        <translation>出生日期 %1 与公民身份号码不符（%2）</translation>
    </message>
    <message>
        <source>moved in before being born</source>
        <translation>迁入日期早于出生日期</translation>
    </message>
    <message>
        <source>a former nature is recorded only after conversion to 居民</source>
        <translation>只有转为“居民”后才记录原户口性质</translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>导入已取消，未导入任何数据</translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered (%2)</source>
        <translation>公民身份号码 %1 已登记（%2）</translation>
    </message>
    <message>
        <source>possible duplicate of %1 (%2), registered with the same name and birth date; import it again with duplicates accepted if this is a different person</source>
        <translation>可能与 %1（%2）重复：二者登记的姓名和出生日期相同；如确属不同人员，请选择接受重复记录后重新导入</translation>
    </message>
    <message>
        <source>household %1 is registered at %2</source>
        <translation>户 %1 的登记住址为 %2</translation>
    </message>
    <message>
        <source>household %1 is at %2 on line %3</source>
        <translation>户 %1 在第 %3 行的住址为 %2</translation>
    </message>
    <message>
        <source>household %1 already has a head (户主) on line %2</source>
        <translation>户 %1 已在第 %2 行指定户主</translation>
    </message>
    <message>
        <source>household %1 already has a head (户主) in the register</source>
        <translation>户 %1 在户籍登记中已有户主</translation>
    </message>
    <message>
        <source>household %1 has no head (户主): a household needs exactly one</source>
        <translation>户 %1 没有户主：每户必须有且只有一名户主</translation>
    </message>
    <message>
        <source>internal error: the journal moved during the import</source>
        <translation>内部错误：导入期间审计日志发生了变化</translation>
    </message>
    <message>
        <source>%1: the header row cannot be read: %2</source>
        <translation>%1：无法读取表头行：%2</translation>
    </message>
    <message>
        <source>%1 is empty: a header row is expected</source>
        <translation>%1 为空：应包含表头行</translation>
    </message>
    <message>
        <source>%1: column %2 of the header has no name</source>
        <translation>%1：表头第 %2 列没有名称</translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot; (column %3); the file is refused so that no data is silently dropped</source>
        <translation>%1：未知列“%2”（第 %3 列）；为避免数据被静默丢弃，已拒绝该文件</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice (columns %3 and %4)</source>
        <translation>%1：列“%2”重复出现（第 %3 列和第 %4 列）</translation>
    </message>
    <message>
        <source>%1: required column(s) missing: %2</source>
        <translation>%1：缺少必需的列：%2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但标题行有 %2 个</translation>
    </message>
    <message>
        <source>citizen ID %1 already appears on line %2 of this file</source>
        <translation>公民身份号码 %1 已在本文件第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonSearch</name>
    <message>
        <source>citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>ID begins with</source>
        <translation>号码开头为</translation>
    </message>
    <message>
        <source>ID ends with</source>
        <translation>号码结尾为</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <source>name begins with</source>
        <translation>姓名开头为</translation>
    </message>
    <message>
        <source>name contains</source>
        <translation>姓名包含</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>hukou::core::PersonStore</name>
    <message>
        <source>household number %1 already exists</source>
        <translation>户号 %1 已存在</translation>
    </message>
    <message>
        <source>household %1 was changed by someone else in the meantime; reload and try again</source>
        <translation>户 %1 已被他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation>公民身份号码 %1 已登记</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and apply your correction again</source>
        <translation>自您打开该记录以来，%1（%2）已被他人修改；请重新加载后再次进行更正</translation>
    </message>
</context>
<context>
    <name>hukou::core::Points</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of: %2</source>
        <translation>未知字段“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>不能小于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be at most %1, found %2</source>
        <translation>不能大于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>列表不能为空</translation>
    </message>
    <message>
        <source>expected a non-empty text, found %1</source>
        <translation>应为非空文本，实际为 %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 列）</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsEngine</name>
    <message>
        <source>%1 points for each full %2 of %3</source>
        <translation>%3每满 %2 计 %1 分</translation>
    </message>
    <message>
        <source>%1 points for each full %2 of each of %3</source>
        <translation>%3中每一项每满 %2 计 %1 分</translation>
    </message>
    <message>
        <source>%1 points when %2 is true</source>
        <translation>%2为“是”时计 %1 分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>by %1 (the highest level only): %2</source>
        <translation>按%1计分（仅取最高等级）：%2</translation>
    </message>
    <message>
        <source>%1 points up to and including the %2th birthday, then %3 less for each started year after it, at least 0</source>
        <translation>%2 周岁生日（含）之前计 %1 分，此后每多一年（不足一年按一年计）减 %3 分，最低 0 分</translation>
    </message>
    <message>
        <source>aged %1–%2: %3</source>
        <translation>%1–%2 岁：%3</translation>
    </message>
    <message>
        <source>by completed years of age: %1; otherwise 0</source>
        <translation>按周岁计分：%1；其他年龄计 0 分</translation>
    </message>
    <message>
        <source>%1 points for each full %2 of %3 in a year, at most %4 a year</source>
        <translation>%3每年每满 %2 计 %1 分，每年最多 %4 分</translation>
    </message>
    <message>
        <source>%1 points when %2 is at least %3</source>
        <translation>%2不低于 %3 时计 %1 分</translation>
    </message>
    <message>
        <source>the highest of %1 counts</source>
        <translation>%1中取最高一项计分</translation>
    </message>
    <message>
        <source>the sum of %1 counts</source>
        <translation>%1各项分值累加计分</translation>
    </message>
    <message>
        <source>; %1 more when %2 is true</source>
        <translation>；%2为“是”时另加 %1 分</translation>
    </message>
    <message>
        <source>; at most %1 in total</source>
        <translation>；合计最多 %1 分</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the application is for the rule set %1, not %2</source>
        <translation>该申请适用的积分规则为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>born %1; required on or after %2</source>
        <translation>出生日期为 %1；要求在 %2 当日或之后出生</translation>
    </message>
    <message>
        <source>born %1; required on or before %2</source>
        <translation>出生日期为 %1；要求在 %2 当日或之前出生</translation>
    </message>
    <message>
        <source>aged %1 at the reference date; at least %2 required</source>
        <translation>基准日年龄为 %1 岁；要求至少 %2 岁</translation>
    </message>
    <message>
        <source>aged %1 at the reference date; at most %2 allowed</source>
        <translation>基准日年龄为 %1 岁；最高不超过 %2 岁</translation>
    </message>
    <message>
        <source>education %1; at least %2 required</source>
        <translation>学历为%1；要求不低于%2</translation>
    </message>
    <message>
        <source>every insurance has at least %1 months</source>
        <translation>各项保险均已缴纳至少 %1 个月</translation>
    </message>
    <message>
        <source>below %1 months: %2</source>
        <translation>不足 %1 个月：%2</translation>
    </message>
    <message>
        <source>criminal punishment within the past 5 years</source>
        <translation>近 5 年内受过刑事处罚</translation>
    </message>
    <message>
        <source>no criminal punishment within the past 5 years</source>
        <translation>近 5 年内未受过刑事处罚</translation>
    </message>
    <message>
        <source> (not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2; required %3</source>
        <translation>%1：%2；要求为%3</translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsService</name>
    <message>
        <source>no rule set serves the year %1; import one first</source>
        <translation>没有适用于 %1 年度的积分规则；请先导入</translation>
    </message>
    <message>
        <source>there is no rule set %1</source>
        <translation>不存在积分规则 %1</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>不存在申请 %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>the document is not an object</source>
        <translation>文档不是对象</translation>
    </message>
    <message>
        <source>the application does not name its rule set</source>
        <translation>申请未指明所用的积分规则</translation>
    </message>
    <message>
        <source>citizen ID %1 is registered to %2, not %3</source>
        <translation>公民身份号码 %1 登记的姓名为 %2，而非 %3</translation>
    </message>
    <message>
        <source>%1 (%2) already has the open application %3 in the %4 round</source>
        <translation>%1（%2）在 %4 年度已有未办结的申请 %3</translation>
    </message>
    <message>
        <source>the %1 round has no application numbers left</source>
        <translation>%1 年度的申请编号已用完</translation>
    </message>
    <message>
        <source>permission denied: %1 (%2) may not override the quota; only a supervisor may</source>
        <translation>无权操作：%1（%2）不能调整指标；只有审核主管可以调整</translation>
    </message>
    <message>
        <source>the quota must be 0 or more, not %1</source>
        <translation>指标必须大于或等于 0，而不是 %1</translation>
    </message>
    <message>
        <source>the %1 round cannot be ranked again: %2 applications are already approved (%3 first)</source>
        <translation>%1 年度无法重新排名：已有 %2 份申请获批准（最早为 %3）</translation>
    </message>
    <message>
        <source>quota set to %1 for this ranking (the rule set has %2)</source>
        <translation>本次排名的指标设为 %1（积分规则规定为 %2）</translation>
    </message>
    <message>
        <source>a decision needs a reason</source>
        <translation>审批决定须填写理由</translation>
    </message>
    <message>
        <source>application %1 is %2; only a ranked application can be approved or returned</source>
        <translation>申请 %1 当前状态为“%2”；只有已排名的申请才能批准或退回</translation>
    </message>
    <message>
        <source>application %1 ranks %2, outside the quota; it cannot be approved</source>
        <translation>申请 %1 排名第 %2，超出指标范围，不能批准</translation>
    </message>
    <message>
        <source>the %1 round has not been ranked yet</source>
        <translation>%1 年度尚未排名</translation>
    </message>
    <message>
        <source>publicity list written to %1</source>
        <translation>公示名单已写入 %1</translation>
    </message>
    <message>
        <source>application %1 is %2; only a submitted application can be verified</source>
        <translation>申请 %1 当前状态为“%2”；只有已提交的申请才能核验</translation>
    </message>
    <message>
        <source>give the number of the new household (户号)</source>
        <translation>请填写新户的户号</translation>
    </message>
    <message>
        <source>give the address of the home to register at</source>
        <translation>请填写落户住所的地址</translation>
    </message>
    <message>
        <source>application %1 is approved but the publicity list (公示名单) has not been published yet; settle it after publication</source>
        <translation>申请 %1 已获批准，但公示名单尚未公示；请在公示后再办理落户</translation>
    </message>
    <message>
        <source>application %1 is %2; only an approved application whose publicity list was published can settle</source>
        <translation>申请 %1 当前状态为“%2”；只有已获批准且公示名单已公示的申请才能办理落户</translation>
    </message>
    <message>
        <source>%1 scored points for an owned home and must register at that home, not in a public collective household</source>
        <translation>%1 因自有住房获得积分，须在该住房落户，不能落户到公共集体户</translation>
    </message>
    <message>
        <source>points-based settlement %1</source>
        <translation>积分制入户 %1</translation>
    </message>
    <message>
        <source>%1 has no public collective household; set one up at the collective desk first</source>
        <translation>%1 尚无公共集体户；请先在公共集体户窗口设立</translation>
    </message>
    <message>
        <source>%1 is not a public collective household of %2, where the application was made</source>
        <translation>%1 不是申请受理区 %2 的公共集体户</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 in the register and cannot settle</source>
        <translation>%1（%2）户籍状态为“%3”，不能办理落户</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>application %1 is %2; only a draft can be changed</source>
        <translation>申请 %1 状态为%2；只有草稿可以修改</translation>
    </message>
    <message>
        <source>draft %1 belongs to the %2 round; the rule set %3 serves %4</source>
        <translation>草稿 %1 属于 %2 年度；积分规则 %3 适用于 %4 年度</translation>
    </message>
    <message>
        <source>%1 (%2) is barred from points-based settlement: application %3 was rejected for false statements (%4)</source>
        <translation>%1（%2）已被取消积分制入户资格：申请 %3 因弄虚作假被取消资格（%4）</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>取消资格须说明理由</translation>
    </message>
    <message>
        <source>application %1 is %2 and can no longer be rejected</source>
        <translation>申请 %1 状态为%2，不能再取消资格</translation>
    </message>
    <message>
        <source>%1 (%2) is a member of the public collective household %3; record the move out at the collective desk first</source>
        <translation>%1（%2）是公共集体户 %3 的成员；请先在集体户业务窗口办理迁出</translation>
    </message>
</context>
<context>
    <name>hukou::core::PointsStore</name>
    <message>
        <source>the rule set %1 is frozen and cannot be changed</source>
        <translation>积分规则 %1 已冻结，无法修改</translation>
    </message>
    <message>
        <source>application %1 was changed by someone else meanwhile; reload it and try again</source>
        <translation>申请 %1 已被他人修改，请重新加载后重试</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>已排名</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已落户</translation>
    </message>
    <message>
        <source>application %1 was changed by someone else meanwhile; rank the round again</source>
        <translation>申请 %1 已被他人修改；请重新对本年度排名</translation>
    </message>
</context>
<context>
    <name>hukou::core::Ranker</name>
    <message>
        <source>the quota must be 0 or more, not %1</source>
        <translation>指标必须为 0 或以上，不能为 %1</translation>
    </message>
    <message>
        <source>application %1 was scored under the rule set %2, not %3</source>
        <translation>申请 %1 是按积分规则 %2 计分的，而不是 %3</translation>
    </message>
    <message>
        <source>application %1 has %2 ranking keys, the rule set %3 ranks by %4</source>
        <translation>申请 %1 有 %2 项排名依据，而积分规则 %3 按 %4 排名</translation>
    </message>
    <message>
        <source>application %1 was scored with the ranking key %2 where the rule set has %3</source>
        <translation>申请 %1 计分时使用的排名依据为 %2，而积分规则中为 %3</translation>
    </message>
</context>
<context>
    <name>hukou::core::RegistryService</name>
    <message>
        <source>no person with citizen ID %1 is registered</source>
        <translation>未登记公民身份号码为 %1 的人员</translation>
    </message>
    <message>
        <source>the person record %1 does not exist</source>
        <translation>人员记录 %1 不存在</translation>
    </message>
    <message>
        <source>the household would have no head (户主); make another member the head first</source>
        <translation>该户将没有户主；请先将其他成员设为户主</translation>
    </message>
    <message>
        <source>the household already has a head (户主); a household has exactly one</source>
        <translation>该户已有户主；每户只能有一名户主</translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation>户 %1 的记录缺失</translation>
    </message>
    <message>
        <source>the person record vanished while saving</source>
        <translation>保存过程中该人员记录已不存在</translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered to %2</source>
        <translation>公民身份号码 %1 已登记在%2名下</translation>
    </message>
    <message>
        <source>possible duplicate: %1, born %2, is already registered under citizen ID %3; confirm that this is a different person</source>
        <translation>可能重复：%1（出生日期 %2）已以公民身份号码 %3 登记；请确认这是另一个人</translation>
    </message>
    <message>
        <source>household %1 is registered at %2 %3; the address given differs</source>
        <translation>户 %1 登记在 %2 %3；所填住址与之不符</translation>
    </message>
    <message>
        <source>household %1 does not exist yet; register its head (户主) first</source>
        <translation>户 %1 尚不存在；请先登记其户主</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>更正须填写理由</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>没有需要更改的内容</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and apply your correction again</source>
        <translation>自您打开该记录后，%1（%2）已被他人修改；请重新加载后再次进行更正</translation>
    </message>
    <message>
        <source>the district and address belong to the household: move the person to another household (household_number) instead</source>
        <translation>区和住址属于户的信息：如需变更，请将该人员迁入其他户（household_number）</translation>
    </message>
    <message>
        <source>the former nature, once recorded, is kept</source>
        <translation>原户口性质一经记录即不可更改</translation>
    </message>
    <message>
        <source>there is no household %1</source>
        <translation>户号 %1 不存在</translation>
    </message>
    <message>
        <source>citizen ID %1 is already registered</source>
        <translation>公民身份号码 %1 已登记</translation>
    </message>
    <message>
        <source>a status change needs a reason</source>
        <translation>状态变更须填写理由</translation>
    </message>
    <message>
        <source>the date must be given and not in the future</source>
        <translation>必须填写日期，且不能晚于今天</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since you opened the record; reload it and try again</source>
        <translation>自您打开该记录后，%1（%2）已被他人修改；请重新加载后重试</translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation>%1 的状态已是%2</translation>
    </message>
    <message>
        <source>a household needs a number</source>
        <translation>户须有户号</translation>
    </message>
    <message>
        <source>a household needs a district and an address</source>
        <translation>户须有区和住址</translation>
    </message>
    <message>
        <source>a change of head needs a reason</source>
        <translation>变更户主须填写理由</translation>
    </message>
    <message>
        <source>give the former head&apos;s new relation to the new head</source>
        <translation>请填写原户主与新户主的关系</translation>
    </message>
    <message>
        <source>%1 is not an active member of household %2</source>
        <translation>%1 不是户 %2 的在册成员</translation>
    </message>
    <message>
        <source>the current head&apos;s record is missing</source>
        <translation>现任户主的记录缺失</translation>
    </message>
    <message>
        <source>household number %1 is already taken</source>
        <translation>户号 %1 已被占用</translation>
    </message>
</context>
<context>
    <name>hukou::core::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核主管</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Field registrar</source>
        <translation>外勤登记员</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>read the audit journal</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>read personal data</source>
        <translation>查阅个人信息</translation>
    </message>
    <message>
        <source>register or correct persons</source>
        <translation>登记或更正人员信息</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>take in settlement applications</source>
        <translation>受理积分制入户申请</translation>
    </message>
    <message>
        <source>decide on settlement applications</source>
        <translation>审批积分制入户申请</translation>
    </message>
    <message>
        <source>manage points rule sets</source>
        <translation>管理积分规则</translation>
    </message>
    <message>
        <source>run the resident-household conversion</source>
        <translation>办理户籍一元化登记</translation>
    </message>
    <message>
        <source>reverse a resident-household conversion</source>
        <translation>撤销户籍一元化登记</translation>
    </message>
    <message>
        <source>work the public collective household desk</source>
        <translation>办理公共集体户业务</translation>
    </message>
    <message>
        <source>see public collective households</source>
        <translation>查看公共集体户</translation>
    </message>
    <message>
        <source>permission denied: %1 (%2) may not %3</source>
        <translation>无权操作：%1（%2）无权%3</translation>
    </message>
    <message>
        <source>trust or revoke sync peers</source>
        <translation>添加或撤销受信任的同步方</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>交换同步包</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>处理同步冲突</translation>
    </message>
</context>
<context>
    <name>hukou::core::RuleSet</name>
    <message>
        <source>a rule set id uses lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (e.g. gz-2023)</source>
        <translation>积分规则 id 只能使用小写字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;（例如 gz-2023）</translation>
    </message>
    <message>
        <source>expected &quot;total&quot; or &quot;base&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;total&quot; 或 &quot;base&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule set needs at least one item</source>
        <translation>积分规则至少需要一个积分项</translation>
    </message>
    <message>
        <source>the item id &quot;%1&quot; is used twice</source>
        <translation>积分项 id“%1”被重复使用</translation>
    </message>
    <message>
        <source>expected an object {&quot;type&quot;: ...}, found %1</source>
        <translation>应为对象 {&quot;type&quot;: ...}，实际为 %1</translation>
    </message>
    <message>
        <source>unknown fact type &quot;%1&quot;; expected one of: %2</source>
        <translation>未知的事实项类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (declare new facts under &quot;facts&quot;)</source>
        <translation>未知的事实项“%1”（新的事实项请在 &quot;facts&quot; 下声明）</translation>
    </message>
    <message>
        <source>%1 needs a %2 fact, but &quot;%3&quot; is a %4 fact</source>
        <translation>%1 需要 %2 类型的事实项，但“%3”是 %4 类型的事实项</translation>
    </message>
    <message>
        <source>an insurance</source>
        <translation>保险险种</translation>
    </message>
    <message>
        <source>min_education</source>
        <translation>min_education</translation>
    </message>
    <message>
        <source>unknown education level &quot;%1&quot;; expected one of: %2</source>
        <translation>未知的学历层次“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;; expected born_on_or_after, born_on_or_before, min_age, max_age, min_months_each, insurances, min_education, no_criminal_punishment or a true/false fact</source>
        <translation>未知的条件“%1”；应为 born_on_or_after、born_on_or_before、min_age、max_age、min_months_each、insurances、min_education、no_criminal_punishment 或 true/false 型事实项</translation>
    </message>
    <message>
        <source>max_age is below min_age</source>
        <translation>max_age 小于 min_age</translation>
    </message>
    <message>
        <source>born_on_or_before is earlier than born_on_or_after</source>
        <translation>born_on_or_before 早于 born_on_or_after</translation>
    </message>
    <message>
        <source>min_months_each and insurances go together</source>
        <translation>min_months_each 与 insurances 必须同时使用</translation>
    </message>
    <message>
        <source>a deduction item gives negative points, found %1</source>
        <translation>扣分项的分值应为负数，实际为 %1</translation>
    </message>
    <message>
        <source>only a deduction item gives negative points, found %1</source>
        <translation>只有扣分项的分值可以为负数，实际为 %1</translation>
    </message>
    <message>
        <source>expected an item object, found %1</source>
        <translation>应为积分项对象，实际为 %1</translation>
    </message>
    <message>
        <source>an item id uses lowercase letters, digits and _ only, and starts with a letter</source>
        <translation>积分项 id 只能使用小写字母、数字和 _，且须以字母开头</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; expected &quot;base&quot;, &quot;bonus&quot; or &quot;deduction&quot;</source>
        <translation>未知的分组“%1”；应为 &quot;base&quot;、&quot;bonus&quot; 或 &quot;deduction&quot;</translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;; expected one of: %2</source>
        <translation>未知的积分项种类“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for a %2 item; expected one of: %3</source>
        <translation>%2 积分项不支持字段“%1”；应为以下之一：%3</translation>
    </message>
    <message>
        <source>a %1 item</source>
        <translation>%1 积分项</translation>
    </message>
    <message>
        <source>a per_unit item names either &quot;fact&quot; or a list &quot;facts&quot;, not both</source>
        <translation>per_unit 积分项只能指定 &quot;fact&quot; 或列表 &quot;facts&quot; 其中之一，不能同时指定</translation>
    </message>
    <message>
        <source>a per_unit item</source>
        <translation>per_unit 积分项</translation>
    </message>
    <message>
        <source>the list names a fact twice</source>
        <translation>列表中重复列出了同一事实项</translation>
    </message>
    <message>
        <source>the tiers must name at least one level</source>
        <translation>tiers 至少须列出一个等级</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of %2; expected one of: %3</source>
        <translation>“%1”不是 %2 的等级；应为以下之一：%3</translation>
    </message>
    <message>
        <source>an age item has either full_points, full_until_years and minus_per_started_year, or bands</source>
        <translation>年龄积分项须指定 full_points、full_until_years 和 minus_per_started_year，或指定 bands，二者只能选其一</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>列表不能为空</translation>
    </message>
    <message>
        <source>expected an object {&quot;from&quot;, &quot;to&quot;, &quot;points&quot;}, found %1</source>
        <translation>应为对象 {&quot;from&quot;, &quot;to&quot;, &quot;points&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>the band %1–%2 overlaps the band %3–%4</source>
        <translation>区间 %1–%2 与区间 %3–%4 重叠</translation>
    </message>
    <message>
        <source>%1 needs at least two item ids</source>
        <translation>%1 至少需要两个积分项 id</translation>
    </message>
    <message>
        <source>no item has the id &quot;%1&quot;</source>
        <translation>没有 id 为“%1”的积分项</translation>
    </message>
    <message>
        <source>an item cannot contain itself</source>
        <translation>积分项不能包含自身</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself a %2 item; combining items do not nest</source>
        <translation>“%1”本身就是 %2 积分项；组合积分项不能嵌套</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the group %2, but this item is in %3</source>
        <translation>“%1”属于分组 %2，但此积分项属于 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already belongs to &quot;%2&quot;</source>
        <translation>“%1”已属于“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>“%1”被重复列出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a score (base, bonus, deductions, total) nor a count fact</source>
        <translation>“%1”既不是分数（base、bonus、deductions、total），也不是计数型事实项</translation>
    </message>
    <message>
        <source>unknown tie policy &quot;%1&quot;; expected &quot;equal_rank_all_admitted&quot; or &quot;equal_rank_cut_at_quota&quot;</source>
        <translation>未知的同分处理规则“%1”；应为 &quot;equal_rank_all_admitted&quot; 或 &quot;equal_rank_cut_at_quota&quot;</translation>
    </message>
</context>
<context>
    <name>hukou::core::SearchIndexStage</name>
    <message>
        <source>internal error: no search index table %1</source>
        <translation>内部错误：没有检索索引表 %1</translation>
    </message>
</context>
<context>
    <name>hukou::core::SyncService</name>
    <message>
        <source>%1 is not an intact sync bundle: %2</source>
        <translation>%1 不是完好的同步包：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>its signature cannot be found</source>
        <translation>找不到签名</translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot be used for sealing</source>
        <translation>对方的密钥无法用于加密</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation>缺少内容清单</translation>
    </message>
    <message>
        <source>it is not a Hukou Desk sync bundle</source>
        <translation>不是 Hukou Desk 同步包</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>its signature or key is malformed</source>
        <translation>签名或密钥格式有误</translation>
    </message>
    <message>
        <source>its signature does not match its content (the file was altered or damaged after it was written)</source>
        <translation>签名与内容不符（文件在写出后被改动或已损坏）</translation>
    </message>
    <message>
        <source>its content does not match its content hash</source>
        <translation>内容与其内容哈希值不符</translation>
    </message>
    <message>
        <source>this installation&apos;s key cannot open sealed bundles</source>
        <translation>本机的密钥无法打开加密的同步包</translation>
    </message>
    <message>
        <source>a sealed part is too short</source>
        <translation>某个加密部分过短</translation>
    </message>
    <message>
        <source>%1 is sealed for another installation and cannot be opened here</source>
        <translation>%1 是为其他设备加密的，无法在本机打开</translation>
    </message>
    <message>
        <source>a part cannot be decompressed</source>
        <translation>某个部分无法解压缩</translation>
    </message>
    <message>
        <source>a peer needs a name of 1 to 60 characters</source>
        <translation>同步方名称须为 1 至 60 个字符</translation>
    </message>
    <message>
        <source>a peer needs its device ID (hukouctl sync identity prints it)</source>
        <translation>须填写同步方的设备编号（可用 hukouctl sync identity 显示）</translation>
    </message>
    <message>
        <source>the key is not a device key: copy it exactly as the other installation shows it</source>
        <translation>该密钥不是设备密钥：请按对方显示的内容原样复制</translation>
    </message>
    <message>
        <source>this is this installation&apos;s own device ID</source>
        <translation>这是本机自己的设备编号</translation>
    </message>
    <message>
        <source>there is already a peer named %1</source>
        <translation>已有名为 %1 的同步方</translation>
    </message>
    <message>
        <source>device %1 is already registered as %2</source>
        <translation>设备 %1 已登记为同步方 %2</translation>
    </message>
    <message>
        <source>there is no peer named %1</source>
        <translation>没有名为 %1 的同步方</translation>
    </message>
    <message>
        <source>%1 was already revoked</source>
        <translation>%1 此前已被撤销信任</translation>
    </message>
    <message>
        <source>there is no trusted peer named %1 (sync trust registers one)</source>
        <translation>没有名为 %1 的受信任同步方（可用 sync trust 添加）</translation>
    </message>
    <message>
        <source>%1 was revoked on %2; nothing is exported for it</source>
        <translation>%1 已于 %2 被撤销信任；不再为其导出</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>导出已取消，未写入任何文件</translation>
    </message>
    <message>
        <source>%1 is not a Guangzhou district</source>
        <translation>%1 不是广州市的区</translation>
    </message>
    <message>
        <source>%1 was written by this installation itself</source>
        <translation>%1 是本机自己导出的同步包</translation>
    </message>
    <message>
        <source>%1 comes from a device this installation does not trust (device %2, key fingerprint %3); an administrator must register it first (sync trust)</source>
        <translation>%1 来自本机尚未信任的设备（设备 %2，密钥指纹 %3）；须先由管理员将其登记为受信任的同步方（sync trust）</translation>
    </message>
    <message>
        <source>%1 comes from %2, which was revoked on %3; it is refused</source>
        <translation>%1 来自 %2，该同步方已于 %3 被撤销信任；已拒收</translation>
    </message>
    <message>
        <source>%1 claims to come from %2 but is signed with another key (fingerprint %3, trusted %4); it is refused</source>
        <translation>%1 声称来自 %2，但使用了另一个密钥签名（指纹 %3，受信任的指纹为 %4）；已拒收</translation>
    </message>
    <message>
        <source>%1 is addressed to another installation (device %2)</source>
        <translation>%1 是发给其他设备的（设备 %2）</translation>
    </message>
    <message>
        <source>%1 was written by another version of Hukou Desk (database schema %2, this one has %3): bring both installations to the same version first</source>
        <translation>%1 由其他版本的 Hukou Desk 导出（数据库结构版本 %2，本机为 %3）：请先将双方的程序更新到同一版本</translation>
    </message>
    <message>
        <source>bundle %1 from %2 is missing: bundles from one device are imported in order, and %3 is bundle %4</source>
        <translation>缺少来自 %2 的第 %1 号同步包：同一设备的同步包须按顺序导入，而 %3 是第 %4 号同步包</translation>
    </message>
    <message>
        <source>%1 is bundle %2 from %3, but bundle %2 from %3 was already imported from another file</source>
        <translation>%1 是来自 %3 的第 %2 号同步包，但该同步包此前已从另一个文件导入</translation>
    </message>
    <message>
        <source>%1 holds a malformed record (number %2)</source>
        <translation>%1 含有格式有误的记录（第 %2 条）</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>导入已取消，未作任何更改</translation>
    </message>
    <message>
        <source>an earlier conflict about this record is still open</source>
        <translation>该记录此前的冲突尚未处理</translation>
    </message>
    <message>
        <source>the same citizen ID is already registered here as another person</source>
        <translation>同一公民身份号码已在本机登记为另一人员</translation>
    </message>
    <message>
        <source>the same number is already used here by another record</source>
        <translation>同一编号已被本机的另一条记录使用</translation>
    </message>
    <message>
        <source>changed both here and on %1 since they last exchanged it</source>
        <translation>自上次交换以来，本机和 %1 都修改过该记录</translation>
    </message>
    <message>
        <source>part of one change with a conflicting record (%1)</source>
        <translation>与有冲突的记录（%1）属于同一次更改</translation>
    </message>
    <message>
        <source>a resolution needs a reason</source>
        <translation>处理冲突须填写理由</translation>
    </message>
    <message>
        <source>there is no sync conflict %1</source>
        <translation>不存在同步冲突 %1</translation>
    </message>
    <message>
        <source>conflict %1 was already resolved by %2</source>
        <translation>冲突 %1 已由 %2 处理</translation>
    </message>
    <message>
        <source>conflict %1 names an unknown kind of record</source>
        <translation>冲突 %1 涉及未知的记录类型</translation>
    </message>
    <message>
        <source>the local version no longer exists; keep the remote one</source>
        <translation>本机版本已不存在；请保留对方版本</translation>
    </message>
    <message>
        <source>%1 is not a field of this record</source>
        <translation>%1 不是此记录的字段</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 须为数字</translation>
    </message>
    <message>
        <source>the sync folder %1 does not exist</source>
        <translation>同步文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>this installation has no device key</source>
        <translation>本机没有设备密钥</translation>
    </message>
    <message>
        <source>it refers to a record this installation does not have (%1 %2)</source>
        <translation>引用了本机没有的记录（%1 %2）</translation>
    </message>
</context>
<context>
    <name>hukou::core::TextDecoding</name>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 (or GB18030) and try again</source>
        <translation>%1 是 UTF-16 编码的文本；请另存为 UTF-8（或 GB18030）后重试</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, and GB18030 cannot be read on this system</source>
        <translation>%1 不是 UTF-8 文本，且本系统无法读取 GB18030</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text; check the file&apos;s encoding</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本；请检查文件编码</translation>
    </message>
</context>
<context>
    <name>hukou::core::UserService</name>
    <message>
        <source>the login must be 2 to 32 characters: Latin letters, digits, dot, dash or underscore</source>
        <translation>登录名须为 2 至 32 个字符，只能包含拉丁字母、数字、点、短横线或下划线</translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>用户 %1 不存在</translation>
    </message>
    <message>
        <source>the name must have 1 to 50 characters</source>
        <translation>姓名须为 1 至 50 个字符</translation>
    </message>
    <message>
        <source>a user with the login %1 already exists</source>
        <translation>登录名为 %1 的用户已存在</translation>
    </message>
    <message>
        <source>this database already has users; sign in as an administrator to add more</source>
        <translation>该数据库已有用户；请以管理员身份登录后再添加用户</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is deactivated; ask an administrator</source>
        <translation>账户 %1 已停用；请联系管理员</translation>
    </message>
    <message>
        <source>the account %1 is locked after repeated wrong passwords; try again after %2</source>
        <translation>账户 %1 因多次输入错误密码已被锁定；请于 %2 后重试</translation>
    </message>
    <message numerus="yes">
        <source>wrong password; the account %1 is now locked for %n minute(s)</source>
        <translation>
            <numerusform>密码错误；账户 %1 已被锁定 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>the password is not correct</source>
        <translation>密码不正确</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another administrator first</source>
        <translation>%1 是最后一个已启用的管理员；请先设置另一名管理员</translation>
    </message>
    <message>
        <source>every security setting must be a positive number (passwords at least 4)</source>
        <translation>所有安全设置都必须为正数（密码长度至少为 4）</translation>
    </message>
</context>
<context>
    <name>hukou::core::password</name>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
</context>
<context>
    <name>hukou::reports::ConversionReport</name>
    <message>
        <source>Unified resident-household conversion report</source>
        <translation>户籍一元化登记报告</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>打印人：%1&#x3000;打印时间：%2</translation>
    </message>
    <message>
        <source>Active persons by district and nature</source>
        <translation>按区和户口性质统计的在册人员</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>由%1转换</translation>
    </message>
    <message>
        <source>still legacy</source>
        <translation>尚未转换</translation>
    </message>
    <message>
        <source>resident before conversion</source>
        <translation>转换前已为居民户口</translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation>（无所属户）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Conversion runs</source>
        <translation>转换批次</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转换</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未进行转换。</translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation>户籍一元化登记报告</translation>
    </message>
</context>
<context>
    <name>hukou::reports::HouseholdCertificate</name>
    <message>
        <source>This certifies that the person below is registered with permanent residence in Guangzhou as follows.</source>
        <translation>兹证明下列人员在广州市登记常住户口，登记事项如下。</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID (公民身份号码)</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date (出生日期)</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity (民族)</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Address (住址)</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Household number (户号)</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Relation to head (与户主关系)</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Hukou nature (户口性质)</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Former hukou nature (原户口性质)</source>
        <translation>原户口性质</translation>
    </message>
    <message>
        <source>Status (状态)</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Converted under the unified resident-household registration (穗府〔2016〕3号); the former nature is kept on the record.</source>
        <translation>已按户籍一元化登记（穗府〔2016〕3号）统一登记为居民户口，原户口性质登记在案。</translation>
    </message>
    <message>
        <source>Issuing office: %1</source>
        <translation>出具单位：%1</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>出具日期：%1</translation>
    </message>
</context>
<context>
    <name>hukou::reports::LoanSlip</name>
    <message>
        <source>The register page of the member below is lent by the public collective household and must be returned to the desk by the due date.</source>
        <translation>下列成员的常住人口登记表由公共集体户出借，须于应还日期前交回窗口。</translation>
    </message>
    <message>
        <source>Loan number (借用编号)</source>
        <translation>借用编号</translation>
    </message>
    <message>
        <source>Collective household (集体户)</source>
        <translation>集体户</translation>
    </message>
    <message>
        <source>District (区)</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Address (地址)</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Borrower (借用人)</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Citizen ID (公民身份号码)</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Purpose (用途)</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Lent on (借出日期)</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Due (应还日期)</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned (归还日期)</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Officer (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Borrower&apos;s signature (借用人签名):</source>
        <translation>借用人签名：</translation>
    </message>
    <message>
        <source>Desk seal (经办单位盖章):</source>
        <translation>经办单位盖章：</translation>
    </message>
</context>
<context>
    <name>hukou::reports::PdfDocument</name>
    <message>
        <source>internal error: rendering a PDF needs a GUI application object</source>
        <translation>内部错误：生成 PDF 需要图形应用程序对象</translation>
    </message>
</context>
<context>
    <name>hukou::reports::PublicityList</name>
    <message>
        <source>Points-based settlement publicity list</source>
        <translation>积分制入户公示名单</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>减分</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Round %1 · rule set %2 (%3, version %4)</source>
        <translation>%1 年度 · 积分规则 %2（%3，第 %4 版）</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation>入围分数线：%1</translation>
    </message>
    <message>
        <source>none (nobody admitted)</source>
        <translation>无（无人入围）</translation>
    </message>
    <message>
        <source>Applicants on this list: %1</source>
        <translation>本名单申请人数：%1</translation>
    </message>
    <message>
        <source>Ranked on %1</source>
        <translation>排名时间：%1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>No application has been approved in this round yet.</source>
        <translation>本年度尚无获批准的申请。</translation>
    </message>
    <message>
        <source>Citizen ID numbers show only their first 6 and last 4 characters. Objections may be raised during the publicity period.</source>
        <translation>公民身份号码仅显示前 6 位和后 4 位。公示期内可提出异议。</translation>
    </message>
    <message>
        <source>%1: the publicity list is written as .csv or .pdf</source>
        <translation>%1：公示名单只能写出为 .csv 或 .pdf 文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>internal error: rendering a PDF needs a GUI application object</source>
        <translation>内部错误：生成 PDF 需要图形应用程序对象</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>hukou::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>New user account</source>
        <translation>新建用户账户</translation>
    </message>
    <message>
        <source>The role decides what the user may do. Give the user the password in person; they sign in with it.</source>
        <translation>角色决定该用户可以执行哪些操作。请当面将密码告知该用户，用户凭此密码登录。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ApplicationController</name>
    <message>
        <source>Hukou Desk cannot start</source>
        <translation>Hukou Desk 无法启动</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Hukou Desk. A copy of the old database was kept at %1.</source>
        <translation>数据库已升级至当前版本的 Hukou Desk。旧数据库的副本已保存在 %1。</translation>
    </message>
    <message>
        <source>Opening %1…
An older database is upgraded to this version of Hukou Desk first, which takes a while for a large register.</source>
        <translation>正在打开 %1…
较旧的数据库会先升级到当前版本的 Hukou Desk，户籍数据量大时需要一些时间。</translation>
    </message>
    <message>
        <source>Hukou Desk</source>
        <translation>Hukou Desk</translation>
    </message>
    <message>
        <source>Hukou Desk must close</source>
        <translation>户籍业务台必须关闭</translation>
    </message>
</context>
<context>
    <name>hukou::ui::AuditPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole journal and report the first altered entry</source>
        <translation>重新计算整个审计日志的哈希链，并报告第一条被篡改的记录</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录以查看其变更内容。</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>加载更早的记录</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Every change, sign-in and export, newest first. The journal is append-only and hash-chained.</source>
        <translation>所有修改、登录和导出操作，按时间由新到旧排列。审计日志只能追加，并以哈希链相连。</translation>
    </message>
    <message>
        <source>Entry %1, %2, by %3 on device %4</source>
        <translation>第 %1 条记录，%2，操作人 %3，设备 %4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (version %4)</source>
        <translation>%1：%2 %3（版本 %4）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希值：%1</translation>
    </message>
    <message>
        <source>Verifying the journal chain…</source>
        <translation>正在校验审计日志哈希链…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法执行校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>The journal chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>审计日志哈希链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal chain is broken at entry %1. %2</source>
        <translation>审计日志哈希链在第 %1 条记录处断裂。%2</translation>
    </message>
</context>
<context>
    <name>hukou::ui::CertificatePrinter</name>
    <message>
        <source>Household certificate</source>
        <translation>户籍证明</translation>
    </message>
    <message>
        <source>Save household certificate</source>
        <translation>保存户籍证明</translation>
    </message>
    <message>
        <source>household-certificate-%1.pdf</source>
        <translation>户籍证明-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ChangeHeadDialog</name>
    <message>
        <source>Change head of household</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <source>%1 becomes the head (户主).</source>
        <translation>%1 将成为户主。</translation>
    </message>
    <message>
        <source>%1 becomes the head (户主); %2 takes the relation chosen below.</source>
        <translation>%1 将成为户主；%2 的与户主关系改为下方所选。</translation>
    </message>
    <message>
        <source>Former head&apos;s new relation</source>
        <translation>原户主的新关系</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Change head</source>
        <translation>变更户主</translation>
    </message>
</context>
<context>
    <name>hukou::ui::CollectiveDeskPage</name>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Type or paste a citizen ID, or a name, and press Enter</source>
        <translation>输入或粘贴公民身份号码或姓名，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>No person looked up yet.</source>
        <translation>尚未查询人员。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation>所查验材料</translation>
    </message>
    <message>
        <source>&amp;Enroll (F2)</source>
        <translation>落户(&amp;E) (F2)</translation>
    </message>
    <message>
        <source>Enroll into:</source>
        <translation>落户至：</translation>
    </message>
    <message>
        <source>Purpose, e.g. marriage registration</source>
        <translation>用途，例如：办理结婚登记</translation>
    </message>
    <message>
        <source>&amp;Lend page (F3)</source>
        <translation>借出户口页(&amp;L) (F3)</translation>
    </message>
    <message>
        <source>&amp;Return page (F4)</source>
        <translation>归还户口页(&amp;R) (F4)</translation>
    </message>
    <message>
        <source>Register page:</source>
        <translation>户口页：</translation>
    </message>
    <message>
        <source>Slip as &amp;PDF…</source>
        <translation>借用单存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Destination: household number, or address outside the city</source>
        <translation>迁往地：户号，或本市以外的地址</translation>
    </message>
    <message>
        <source>&amp;Move out (F8)</source>
        <translation>迁出(&amp;M) (F8)</translation>
    </message>
    <message>
        <source>Move out:</source>
        <translation>迁出：</translation>
    </message>
    <message>
        <source>Owns a &amp;home in the city (to follow up)</source>
        <translation>在本市拥有住房（待跟进）(&amp;H)</translation>
    </message>
    <message>
        <source>Loan slip:</source>
        <translation>借用单：</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>集体户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>落户日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>落户原因</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>查验材料</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>迁出原因</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>迁往地</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>集体户成员记录</translation>
    </message>
    <message>
        <source>Register page loans</source>
        <translation>户口页借用记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>未归还借用</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区代码</translation>
    </message>
    <message>
        <source>Collective households</source>
        <translation>公共集体户</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策要求</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>各区设置情况</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期借用</translation>
    </message>
    <message>
        <source>Home owners to follow up</source>
        <translation>有房待跟进人员</translation>
    </message>
    <message>
        <source>Collective desk</source>
        <translation>集体户业务</translation>
    </message>
    <message>
        <source>Public collective households: enroll, lend the register page, move out.</source>
        <translation>公共集体户：落户、借出户口页、迁出。</translation>
    </message>
    <message>
        <source>No person matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>Persons matching &quot;%1&quot;:</source>
        <translation>与“%1”匹配的人员：</translation>
    </message>
    <message>
        <source>%1 (%2), %3, born %4 — %5</source>
        <translation>%1（%2），%3，出生于 %4 — %5</translation>
    </message>
    <message>
        <source>Member of %1 (%2) since %3 (%4).</source>
        <translation>自 %3 起为 %1（%2）成员（%4）。</translation>
    </message>
    <message>
        <source>Not a member of a public collective household; household on the card: %1.</source>
        <translation>不是公共集体户成员；登记卡所载户号：%1。</translation>
    </message>
    <message>
        <source>Register page out on loan %1 (%2), due %3.</source>
        <translation>户口页借用中：借用单 %1（%2），应于 %3 归还。</translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation>%1 %2（%3/%4）</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>MISSING: at least one required</source>
        <translation>缺失：至少须设置一个</translation>
    </message>
    <message>
        <source>Enrolled %1 into %2.</source>
        <translation>已将 %1 落户至 %2。</translation>
    </message>
    <message>
        <source>Lent the register page of %1: loan %2, due %3.</source>
        <translation>已借出 %1 的户口页：借用单 %2，应于 %3 归还。</translation>
    </message>
    <message>
        <source>Loan %1 returned.</source>
        <translation>借用单 %1 已归还。</translation>
    </message>
    <message>
        <source>%1 moved out of %2.</source>
        <translation>%1 已从 %2 迁出。</translation>
    </message>
    <message>
        <source>Save loan slip</source>
        <translation>保存借用单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the slip of loan %1 as %2.</source>
        <translation>已将借用单 %1 保存为 %2。</translation>
    </message>
    <message>
        <source>Loan slip %1</source>
        <translation>借用单 %1</translation>
    </message>
    <message>
        <source>%1 is flagged as owning a home in the city.</source>
        <translation>已将 %1 标记为在本市拥有住房。</translation>
    </message>
    <message>
        <source>%1 is no longer flagged as owning a home.</source>
        <translation>已取消 %1 的在本市拥有住房标记。</translation>
    </message>
    <message>
        <source>Household &amp;certificate…</source>
        <translation>户籍证明(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ConflictView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Local version</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>Remote version</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep all &amp;local</source>
        <translation>全部保留本机(&amp;L)</translation>
    </message>
    <message>
        <source>Keep all &amp;remote</source>
        <translation>全部保留对方(&amp;R)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Required: why this version is right (e.g. checked against the paper file)</source>
        <translation>必填：为何以此为准（如：已与纸质档案核对）</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>处理(&amp;V)</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>选择一条冲突，对比两个版本。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remote version from %1, changed by %2 on %3.</source>
        <translation>对方版本来自%1，由 %2 于 %3 修改。</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>There is no local version of this record: only the remote one can be kept.</source>
        <translation>本机没有此记录的版本，只能保留对方版本。</translation>
    </message>
    <message>
        <source>Local version changed on %1.</source>
        <translation>本机版本修改于 %1。</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Which value of %1 to keep</source>
        <translation>%1 保留哪一方的值</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ConversionPage</name>
    <message>
        <source>All districts</source>
        <translation>所有区</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>刷新预览(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run conversion…</source>
        <translation>执行一元化登记(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>将报告存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Who a run would convert, by district and former nature</source>
        <translation>预计转换人员（按区和原户口性质统计）</translation>
    </message>
    <message>
        <source>Legacy records left by district</source>
        <translation>各区剩余旧户口性质记录</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Hukou nature</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Double-click a person to open the record</source>
        <translation>双击人员可打开其记录</translation>
    </message>
    <message>
        <source>Exceptions (not converted; sort them out by hand)</source>
        <translation>异常（未转换，请人工处理）</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>户籍一元化登记</translation>
    </message>
    <message>
        <source>Unified resident-household registration: legacy natures become Guangzhou resident hukou; the former nature stays on every record.</source>
        <translation>户籍一元化登记：旧户口性质统一登记为广州市居民户口；每条记录均保留原户口性质。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 exceptions; the first %2 are listed.</source>
        <translation>共 %1 条异常；仅列出前 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s).</source>
        <translation>
            <numerusform>共 %n 条异常。</numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy records left</source>
        <translation>剩余旧户口性质记录</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转换</translation>
    </message>
    <message>
        <source>Run the conversion</source>
        <translation>执行户籍一元化登记</translation>
    </message>
    <message>
        <source>Convert every eligible person in %1 to Guangzhou resident hukou (广州市居民户口)? The former nature is kept on each record. The run goes in chunks; a cancelled run can be continued later.</source>
        <translation>要将%1范围内所有符合条件的人员转为广州市居民户口吗？每条记录均会保留原户口性质。转换分批进行；中途取消后可稍后继续。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>正在转换…</translation>
    </message>
    <message>
        <source>the run did not start</source>
        <translation>转换未能启动</translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation>将在当前批次完成后取消…</translation>
    </message>
    <message>
        <source>Cancelled: %1 persons converted in whole chunks; run again to continue with the rest.</source>
        <translation>已取消：已按完整批次转换 %1 人；再次运行即可继续转换其余人员。</translation>
    </message>
    <message>
        <source>Converted %1 persons (%2 exceptions left for manual handling).</source>
        <translation>已转换 %1 人（%2 条异常留待人工处理）。</translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation>户籍一元化登记报告</translation>
    </message>
    <message>
        <source>Save the conversion report</source>
        <translation>保存户籍一元化登记报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存至 %1。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::FirstRunDialog</name>
    <message>
        <source>Set up Hukou Desk</source>
        <translation>设置 Hukou Desk</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The administrator you create now signs in first and then adds the accounts of the other staff.</source>
        <translation>该数据库尚无用户账户。您现在创建的管理员将首先登录，然后为其他工作人员添加账户。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
</context>
<context>
    <name>hukou::ui::HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <source>Create a household</source>
        <translation>创建户</translation>
    </message>
    <message>
        <source>Then register its head (户主) into it with “New person…”.</source>
        <translation>然后通过“新增人员…”将户主登记到该户。</translation>
    </message>
    <message>
        <source>Household number *</source>
        <translation>户号 *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>户别</translation>
    </message>
    <message>
        <source>District *</source>
        <translation>区 *</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>住址 *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ImportDialog</name>
    <message>
        <source>Import persons</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Import persons from a CSV file</source>
        <translation>从 CSV 文件导入人员</translation>
    </message>
    <message>
        <source>The file needs the columns of the persons format (English or Chinese names). Valid rows are imported together; each bad row is listed with its line, column and reason. Cancel leaves the register unchanged.</source>
        <translation>文件须包含人员格式规定的列（英文或中文列名均可）。有效的行将一并导入；每个有问题的行都会列出其行号、列和原因。取消则户籍登记保持不变。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Accept possible duplicates (same name and birth date under another citizen ID) after checking them</source>
        <translation>经核查后接受可能重复的记录（姓名和出生日期相同，但公民身份号码不同）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Save rejects…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation>导入失败：%1 未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows (%3 new households); %4 rejected.</source>
        <translation>已导入 %1 行（共 %2 行，新立 %3 户）；%4 行被拒绝。</translation>
    </message>
    <message>
        <source>Save rejects</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条被拒绝的行保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::JournalTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>hukou::ui::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <source>Hukou Desk locked itself to protect personal data. %1 (%2), enter your password to continue, or sign out so someone else can sign in.</source>
        <translation>为保护个人信息，Hukou Desk 已自动锁定。%1（%2），请输入密码继续使用，或退出登录以便他人登录。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Your account was changed while the session was locked. Sign out and sign in again.</source>
        <translation>会话锁定期间您的账号已被更改，请退出登录后重新登录。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::LoginDialog</name>
    <message>
        <source>Sign in to Hukou Desk</source>
        <translation>登录 Hukou Desk</translation>
    </message>
    <message>
        <source>Hukou Desk</source>
        <translation>Hukou Desk</translation>
    </message>
    <message>
        <source>Household registration case management. Sign in with the account your administrator gave you.</source>
        <translation>户籍业务办理系统。请使用管理员为您分配的账号登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::MainWindow</name>
    <message>
        <source>Hukou Desk — %1</source>
        <translation>Hukou Desk — %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation>已登录：%1（%2），%3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hukou Desk</source>
        <translation>关于 Hukou Desk(&amp;A)</translation>
    </message>
    <message>
        <source>This version of Hukou Desk has no pages for the role %1 yet. Your administrator can tell you when they are available.</source>
        <translation>此版本的 Hukou Desk 尚未提供角色“%1”的页面。具体何时提供，请咨询您的管理员。</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>About Hukou Desk</source>
        <translation>关于 Hukou Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hukou Desk %1&lt;/h3&gt;&lt;p&gt;Household registration case management for district offices: register, conversion, collective households, points-based settlement and audit.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hukou Desk %1&lt;/h3&gt;&lt;p&gt;面向区级户籍办公室的户籍业务管理系统：户籍登记、户籍一元化登记、公共集体户、积分制入户及审计。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;基于 Qt %3 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Work done on this computer has not been exported for %n day(s). &lt;a href=&quot;sync&quot;&gt;Export it now&lt;/a&gt;</source>
        <translation>
            <numerusform>本机的工作已有 %n 天未导出。&lt;a href=&quot;sync&quot;&gt;立即导出&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonDetailPanel</name>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct fields of this card or move the person to another household</source>
        <translation>更正该登记卡的字段，或将该人员迁至其他户</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Record a move-out, death or cancellation, or reinstate</source>
        <translation>登记迁出、死亡或注销，或恢复在册</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>登记卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Make &amp;head…</source>
        <translation>设为户主(&amp;H)…</translation>
    </message>
    <message>
        <source>Make the selected member the head of the household</source>
        <translation>将所选成员设为户主</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>所属户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>未选择人员</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Household %1 (%2), %3 %4 — %n member(s)</source>
        <translation>
            <numerusform>户号 %1（%2），%3 %4 — 共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>未归属任何户。</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>户籍证明…</translation>
    </message>
    <message>
        <source>Household-registration certificate (户籍证明) of this person</source>
        <translation>开具此人的户籍证明</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonDialog</name>
    <message>
        <source>Correct person</source>
        <translation>更正人员信息</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Correct a registration card</source>
        <translation>更正常住人口登记卡</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>Change what is wrong and give the reason; the correction is recorded in the card&apos;s history with your name.</source>
        <translation>请修改有误的内容并填写理由；更正内容将连同您的姓名记入登记卡的变更历史。</translation>
    </message>
    <message>
        <source>Sex and birth date are read from the citizen ID. Fields marked * are required.</source>
        <translation>性别和出生日期根据公民身份号码自动读取。标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Citizen ID *</source>
        <translation>公民身份号码 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Read from the citizen ID</source>
        <translation>根据公民身份号码读取</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>several separated by 、</source>
        <translation>多个之间用“、”分隔</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>出生地</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>Relation to head *</source>
        <translation>与户主关系 *</translation>
    </message>
    <message>
        <source>Hukou nature *</source>
        <translation>户口性质 *</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>服务处所</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>兵役状况</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Moved in from</source>
        <translation>从何地迁来</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Existing household</source>
        <translation>现有户</translation>
    </message>
    <message>
        <source>New household, this person is its head</source>
        <translation>新立户，本人为户主</translation>
    </message>
    <message>
        <source>Household number (change to move) *</source>
        <translation>户号（修改即迁户）*</translation>
    </message>
    <message>
        <source>Household number *</source>
        <translation>户号 *</translation>
    </message>
    <message>
        <source>District *</source>
        <translation>区 *</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>住址 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why the card is corrected (required)</source>
        <translation>更正原因（必填）</translation>
    </message>
    <message>
        <source>e.g. birth registration, moved in from Shenzhen</source>
        <translation>例如：出生登记、由深圳迁入</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Household %1 already exists.</source>
        <translation>户 %1 已存在。</translation>
    </message>
    <message>
        <source>A new household will be created.</source>
        <translation>将新立一户。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>户号 %1 不存在。</translation>
    </message>
    <message>
        <source>Type the 18-character number; sex and birth date are read from it.</source>
        <translation>请输入 18 位号码；性别和出生日期将据此读取。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Valid: %1, born %2, issued in %3</source>
        <translation>有效：%1，出生于 %2，签发地 %3</translation>
    </message>
    <message>
        <source>Valid: %1, born %2</source>
        <translation>有效：%1，出生于 %2</translation>
    </message>
    <message>
        <source>(will be stored as %1)</source>
        <translation>（将存储为 %1）</translation>
    </message>
    <message>
        <source>%1, born %2, citizen ID %3, %4 %5</source>
        <translation>%1，出生于 %2，公民身份号码 %3，%4 %5</translation>
    </message>
    <message>
        <source>A person with the same name and birth date is already registered under another citizen ID:</source>
        <translation>已有一名姓名和出生日期相同的人员以另一个公民身份号码登记：</translation>
    </message>
    <message>
        <source>Register %1 only if you have checked the documents and this is a different person.</source>
        <translation>请仅在已核对证件并确认是不同人员的情况下登记 %1。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation>他人已先行保存</translation>
    </message>
    <message>
        <source>Your changes were not saved. The record has been reloaded with the other changes; check it and apply your correction again if it is still needed.</source>
        <translation>您的修改未保存。记录已重新加载并包含他人的修改；请核对，如仍需更正，请重新进行更正。</translation>
    </message>
    <message>
        <source>Reloaded: the record was changed by someone else (now version %1).</source>
        <translation>已重新加载：该记录已被他人修改（当前为版本 %1）。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Currently: %1. Nothing is deleted: the card keeps its status, reason and date.</source>
        <translation>当前状态：%1。不会删除任何信息：登记卡将保留状态、原因和日期。</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Reinstate as active</source>
        <translation>恢复为在册</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. moved to Shenzhen, death certificate no. …</source>
        <translation>例如：迁往深圳、死亡医学证明编号……</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PersonTableModel</name>
    <message>
        <source>(unavailable)</source>
        <translation>（不可用）</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Hukou nature</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsIntakePage</name>
    <message>
        <source>Settlement applications</source>
        <translation>积分入户受理</translation>
    </message>
    <message>
        <source>Points-based settlement (积分制入户): take in applications with their evidence, check them, and settle published applicants into a household.</source>
        <translation>积分制入户：受理申请及其证明材料并进行核验，为已公示的申请人办理落户。</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>年度(&amp;R)：</translation>
    </message>
    <message>
        <source>Filter by number, name or citizen ID</source>
        <translation>按编号、姓名或公民身份号码筛选</translation>
    </message>
    <message>
        <source>&amp;New application (Ctrl+N)</source>
        <translation>新申请(&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Select an application.</source>
        <translation>请选择一份申请。</translation>
    </message>
    <message>
        <source>Evidence &amp;verified</source>
        <translation>证明材料已核验(&amp;V)</translation>
    </message>
    <message>
        <source>Record that the documents behind every stated fact were checked</source>
        <translation>记录每项申报事项所依据的材料均已核查</translation>
    </message>
    <message>
        <source>&amp;Settle into a household…</source>
        <translation>办理落户(&amp;S)…</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>落户</translation>
    </message>
    <message>
        <source>A new household at their own &amp;home</source>
        <translation>在本人自有住所新立户(&amp;H)</translation>
    </message>
    <message>
        <source>The district&apos;s &amp;public collective household</source>
        <translation>本区公共集体户(&amp;P)</translation>
    </message>
    <message>
        <source>Former place of registration, e.g. 湖南省长沙市岳麓区</source>
        <translation>原户籍登记地，例如：湖南省长沙市岳麓区</translation>
    </message>
    <message>
        <source>Register the family (one step, journaled)</source>
        <translation>登记家庭成员（一步完成，记入审计日志）</translation>
    </message>
    <message>
        <source>Household number:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Collective household:</source>
        <translation>集体户：</translation>
    </message>
    <message>
        <source>Moved in from:</source>
        <translation>从何地迁来：</translation>
    </message>
    <message>
        <source>Rule set: %1 (%2), threshold %3</source>
        <translation>积分规则：%1（%2），门槛分 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Taken in by %1 on %2</source>
        <translation>由 %1 于 %2 受理</translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation>%1 的审批决定：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证明材料：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Moving with: %1</source>
        <translation>随迁人员：%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scored points for an owned home: registers at that home</source>
        <translation>因自有住房获得积分：在该住房落户</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4 places taken)</source>
        <translation>%1 %2（%4 个名额已占用 %3 个）</translation>
    </message>
    <message>
        <source>%1 has no public collective household yet</source>
        <translation>%1 尚无公共集体户</translation>
    </message>
    <message>
        <source>evidence checked at the counter</source>
        <translation>已在窗口核查证明材料</translation>
    </message>
    <message>
        <source>%1: evidence verified.</source>
        <translation>%1：证明材料已核验。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Register them anyway as a different person?</source>
        <translation>是否仍作为另一人进行登记？</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message numerus="yes">
        <source>%1 settled into household %2: %n person(s) newly registered, %3 moved.</source>
        <translation>
            <numerusform>%1 已落户至户 %2：新登记 %n 人，迁入 %3 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>18 characters; looked up in the register as you type</source>
        <translation>18 位；输入时即在户籍登记簿中查询</translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;District applied in:</source>
        <translation>受理区(&amp;D)：</translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation>申报事项及证明材料</translation>
    </message>
    <message>
        <source>Family moving with the applicant (spouse, minor children)</source>
        <translation>随申请人迁移的家属（配偶、未成年子女）</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Score as entered</source>
        <translation>实时积分</translation>
    </message>
    <message>
        <source>&amp;Submit application (Ctrl+Enter)</source>
        <translation>提交申请(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填报值</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>已查验材料</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The document proving this fact was seen</source>
        <translation>已查验证明该事项的材料</translation>
    </message>
    <message>
        <source>e.g. certificate number</source>
        <translation>例如：证书编号</translation>
    </message>
    <message>
        <source>New application, %1 round: %2</source>
        <translation>新申请，%1 年度：%2</translation>
    </message>
    <message>
        <source>The application has not been submitted. Discard what was entered?</source>
        <translation>申请尚未提交。是否放弃已填写的内容？</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered: %1, %2, born %3, household %4 (%5)</source>
        <translation>已登记户籍：%1，%2，出生于 %3，户 %4（%5）</translation>
    </message>
    <message>
        <source>%1, born %2; not in the register: registered when settling</source>
        <translation>%1，出生于 %2；未登记户籍：将在落户时登记</translation>
    </message>
    <message>
        <source>seen at the counter</source>
        <translation>已在窗口查验</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: seen for all %n stated fact(s).</source>
        <translation>
            <numerusform>证明材料：全部 %n 项申报事项均已查验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 stated facts seen (%3 missing)</source>
        <translation>证明材料：%2 项申报事项中已查验 %1 项（缺 %3 项）</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation>缺少证明材料</translation>
    </message>
    <message>
        <source>No document was seen for: %1.
Submit anyway? The application cannot be verified until the evidence is seen.</source>
        <translation>以下事项未查验材料：%1。
仍要提交吗？在查验证明材料之前，该申请无法核验。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>intake form</source>
        <translation>受理表</translation>
    </message>
    <message>
        <source>Application %1 submitted for %2.</source>
        <translation>已为 %2 提交申请 %1。</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>继续填写草稿(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;draft (Ctrl+S)</source>
        <translation>保存草稿(&amp;D) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Leave the application</source>
        <translation>离开申请</translation>
    </message>
    <message>
        <source>Changes since draft %1 was last saved are discarded; the draft stays as saved.</source>
        <translation>草稿 %1 上次保存后的修改将被放弃；草稿保持已保存的内容。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Draft %1, %2 round: %3</source>
        <translation>草稿 %1，%2 年度：%3</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2; it is not ranked until it is submitted.</source>
        <translation>草稿 %1 已于 %2 保存；提交后才参加排名。</translation>
    </message>
    <message>
        <source>No document was recorded for: %1.
Verify %2 anyway, having seen them now?</source>
        <translation>以下事项未记录证明材料：%1。
如已当场查验，是否仍将 %2 标记为已核验？</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>&amp;Open in the register</source>
        <translation>在户籍登记中查看(&amp;O)</translation>
    </message>
    <message>
        <source>Show the settled applicant, their household and its members on the registry page</source>
        <translation>在户籍登记页面查看已落户的申请人及其所属户和户内成员</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsReviewModel</name>
    <message>
        <source>Not ranked yet</source>
        <translation>尚未排名</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合资格条件</translation>
    </message>
    <message>
        <source>Under the threshold (%1 %2, %3 needed)</source>
        <translation>未达门槛分（%1 %2，需 %3）</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Rank %1: inside the quota of %2.</source>
        <translation>排名第 %1：在 %2 个指标以内。</translation>
    </message>
    <message>
        <source>The cut line runs under this row: the last application inside the quota.</source>
        <translation>分数线位于此行下方：此为指标内的最后一份申请。</translation>
    </message>
    <message>
        <source>Rank %1: outside the quota of %2 (below the cut line); it cannot be approved.</source>
        <translation>排名第 %1：超出 %2 个指标（低于分数线），不能批准。</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>由 %1 于 %2 决定：%3</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>理由/备注</translation>
    </message>
</context>
<context>
    <name>hukou::ui::PointsReviewPage</name>
    <message>
        <source>R&amp;ound:</source>
        <translation>年度(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>指标(&amp;Q)：</translation>
    </message>
    <message>
        <source>Ran&amp;k round…</source>
        <translation>年度排名(&amp;K)…</translation>
    </message>
    <message>
        <source>Score every open application of the round again and rank them with the quota on the left (a quota other than the rule set&apos;s is recorded as an override).</source>
        <translation>对本年度所有未办结的申请重新计分，并按左侧指标排名（与积分规则不同的指标将记录为调整）。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Publish list…</source>
        <translation>公示名单(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the publicity list (公示名单) of the approved applications as CSV or PDF; they become published.</source>
        <translation>将已批准申请的公示名单写出为 CSV 或 PDF 文件；这些申请随即变为已公示。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Why: it goes on the record and to the applicant</source>
        <translation>理由：将记入档案并告知申请人</translation>
    </message>
    <message>
        <source>Your password, again, for each decision</source>
        <translation>每次作出决定均需再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Settlement review</source>
        <translation>积分入户审核</translation>
    </message>
    <message>
        <source>Points-based settlement (积分入户): rank the round, check the cut line and each score, approve or return applications with a reason (your password is asked again), and publish the publicity list.</source>
        <translation>积分制入户：对本年度进行排名，核对分数线和每项得分，批准或退回申请并说明理由（需再次输入密码），并发布公示名单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none (nobody inside the quota)</source>
        <translation>无（指标内无人）</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (ties at the cut: %2)</source>
        <translation>%1（分数线处同分：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Not ranked yet: %n application(s) in the round. Quota %1 (rule set); threshold %2.</source>
        <translation>
            <numerusform>尚未排名：本年度共有 %n 份申请。指标 %1（积分规则）；门槛分 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (override; the rule set has %2)</source>
        <translation>%1（已调整；积分规则为 %2）</translation>
    </message>
    <message>
        <source>Quota: %1 · inside the quota: %2 · approved: %3 of %4 (%5%)</source>
        <translation>指标：%1 · 指标内：%2 · 已批准：%3/%4（%5%）</translation>
    </message>
    <message>
        <source>Cut-off: %1 · threshold: %2 · ranked: %3 · not ranked: %4</source>
        <translation>入围分数线：%1 · 门槛分：%2 · 已排名：%3 · 未排名：%4</translation>
    </message>
    <message>
        <source>Ranked on %1 by %2 (ranking %3).</source>
        <translation>由 %2 于 %1 排名（第 %3 次排名）。</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>已批准 %1/%2</translation>
    </message>
    <message>
        <source>Quota used: approved, published or settled applications of the quota</source>
        <translation>已用指标：指标内已批准、已公示或已落户的申请</translation>
    </message>
    <message>
        <source>Nobody ranked in this round</source>
        <translation>本年度无人排名</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>尚未排名</translation>
    </message>
    <message>
        <source>Inside the quota</source>
        <translation>指标内</translation>
    </message>
    <message>
        <source>Outside the quota</source>
        <translation>指标外</translation>
    </message>
    <message>
        <source>%1 of the ranked applications (bins of %2, by lower bound) · cut-off: %3</source>
        <translation>已排名申请的%1（分组间距 %2，按下限分组）· 入围分数线：%3</translation>
    </message>
    <message>
        <source>Select an application to see its score breakdown.</source>
        <translation>选择一份申请以查看其得分明细。</translation>
    </message>
    <message>
        <source>Citizen ID: %1</source>
        <translation>公民身份号码：%1</translation>
    </message>
    <message>
        <source>District: %1 · status: %2</source>
        <translation>区：%1 · 状态：%2</translation>
    </message>
    <message>
        <source>Rank %1, inside the quota</source>
        <translation>排名第 %1，在指标内</translation>
    </message>
    <message>
        <source>Rank %1, outside the quota</source>
        <translation>排名第 %1，在指标外</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Base %1 · bonus %2 · deductions %3 · total %4</source>
        <translation>基础分 %1 · 加分 %2 · 减分 %3 · 总分 %4</translation>
    </message>
    <message>
        <source>Threshold (%1 ≥ %2): reached</source>
        <translation>门槛分（%1 ≥ %2）：已达到</translation>
    </message>
    <message>
        <source>Threshold (%1 ≥ %2): not reached</source>
        <translation>门槛分（%1 ≥ %2）：未达到</translation>
    </message>
    <message>
        <source>Ranking keys: %1</source>
        <translation>排名依据：%1</translation>
    </message>
    <message>
        <source>Decision by %1 (%2): %3</source>
        <translation>%1 作出的决定（%2）：%3</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>得分明细</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>counts through %1</source>
        <translation>计入%1</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>资格条件</translation>
    </message>
    <message>
        <source>Not stated (counted as 0 / no): %1</source>
        <translation>未填报（按 0/否计）：%1</translation>
    </message>
    <message>
        <source>This application is outside the quota; it cannot be approved.</source>
        <translation>此申请在指标外，不能批准。</translation>
    </message>
    <message>
        <source>The %1 round was ranked on %2 by %3. Rank it again? Every open application is scored again and a new ranking replaces the current one (the old one stays on record).</source>
        <translation>%1 年度已于 %2 由 %3 排名。是否重新排名？所有未办结的申请将重新计分，新排名将取代当前排名（原排名仍留档）。</translation>
    </message>
    <message>
        <source>The quota will be %1 instead of the rule set&apos;s %2.</source>
        <translation>指标将为 %1，而非积分规则规定的 %2。</translation>
    </message>
    <message>
        <source>Rank the round again</source>
        <translation>重新对本年度排名</translation>
    </message>
    <message>
        <source>Rank again</source>
        <translation>重新排名</translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n application(s); %1 inside the quota of %2.</source>
        <translation>
            <numerusform>已对 %n 份申请排名；%1 份在 %2 个指标以内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application in the ranking first.</source>
        <translation>请先在排名中选择一份申请。</translation>
    </message>
    <message>
        <source>Give a reason for the decision; it goes on the record.</source>
        <translation>请填写决定理由；理由将记入档案。</translation>
    </message>
    <message>
        <source>Type your password again to confirm the decision.</source>
        <translation>请再次输入密码以确认决定。</translation>
    </message>
    <message>
        <source>The password is not correct; nothing was decided. Type your own password again.</source>
        <translation>密码不正确，未作出任何决定。请重新输入您本人的密码。</translation>
    </message>
    <message>
        <source>%1 (%2) approved.</source>
        <translation>%1（%2）已批准。</translation>
    </message>
    <message>
        <source>%1 (%2) returned: %3</source>
        <translation>%1（%2）已退回：%3</translation>
    </message>
    <message>
        <source>Publish the publicity list</source>
        <translation>发布公示名单</translation>
    </message>
    <message>
        <source>No application of the %1 round is approved yet: there is nothing to publish.</source>
        <translation>%1 年度尚无已批准的申请，没有可公示的内容。</translation>
    </message>
    <message>
        <source>CSV (*.csv);;PDF (*.pdf)</source>
        <translation>CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .pdf.</source>
        <translation>请选择以 .csv 或 .pdf 结尾的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Publicity list of %n applicant(s) written to %1.</source>
        <translation>
            <numerusform>%n 名申请人的公示名单已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publicity list published</source>
        <translation>公示名单已发布</translation>
    </message>
    <message numerus="yes">
        <source>The publicity list of the %1 round (%n applicant(s)) was written to %2. The approved applications on it are now published.</source>
        <translation>
            <numerusform>%1 年度的公示名单（%n 名申请人）已写入 %2。名单上已批准的申请现已变为已公示。</numerusform>
        </translation>
    </message>
    <message>
        <source>the ranking did not start</source>
        <translation>排名未能开始</translation>
    </message>
    <message>
        <source>Ranking the %1 round…</source>
        <translation>正在对 %1 年度排名…</translation>
    </message>
    <message>
        <source>Re&amp;ject (false statements)…</source>
        <translation>取消资格（弄虚作假）(&amp;J)…</translation>
    </message>
    <message>
        <source>Disqualify an application resting on false statements or documents: the applicant is barred from points-based settlement for good</source>
        <translation>申请所依据的陈述或材料不实时取消其资格：申请人将被永久取消积分制入户资格</translation>
    </message>
    <message>
        <source>Reject for false statements</source>
        <translation>因弄虚作假取消资格</translation>
    </message>
    <message>
        <source>Reject %1 for false statements or documents? The applicant is barred from points-based settlement for good; this is not undone.</source>
        <translation>确定因陈述或材料不实取消申请 %1 的资格吗？申请人将被永久取消积分制入户资格，且不可撤销。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>%1 (%2) rejected and barred: %3</source>
        <translation>%1（%2）已取消资格：%3</translation>
    </message>
</context>
<context>
    <name>hukou::ui::RegistryPage</name>
    <message>
        <source>Search name, citizen ID (or its last 4+ characters), former name or address</source>
        <translation>搜索姓名、公民身份号码（或其后 4 位及以上）、曾用名或住址</translation>
    </message>
    <message>
        <source>Ctrl+F. Results update as you type; Enter or Down moves into the list.</source>
        <translation>Ctrl+F。输入时结果即时更新；按 Enter 或 Down 键进入列表。</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>新建户(&amp;H)…</translation>
    </message>
    <message>
        <source>Create an empty household</source>
        <translation>创建空户</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import persons from a CSV file</source>
        <translation>从 CSV 文件导入人员</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export active persons to a CSV file</source>
        <translation>将在册人员导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>户籍登记</translation>
    </message>
    <message>
        <source>Find, register and correct persons and households. Every change is recorded with its reason.</source>
        <translation>查找、登记和更正人员及户信息。每项变更均连同原因一并记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n found, more below</source>
        <translation>
            <numerusform>已找到 %n 条，下方还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>已找到 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1 (%2) in household %3.</source>
        <translation>已将 %1（%2）登记到户 %3。</translation>
    </message>
    <message>
        <source>Corrected %1 (%2); now version %3.</source>
        <translation>已更正 %1（%2），当前版本为 %3。</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1（%2）的状态已变更为“%3”。</translation>
    </message>
    <message>
        <source>Household %1 created. Register its head (户主) with “New person…”.</source>
        <translation>户 %1 已创建。请通过“新增人员…”登记户主。</translation>
    </message>
    <message>
        <source>%1 is now the head of household %2.</source>
        <translation>%1 已成为户 %2 的户主。</translation>
    </message>
    <message>
        <source>Imported %1 person(s).</source>
        <translation>已导入 %1 人。</translation>
    </message>
    <message>
        <source>Export persons</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 人导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hukou::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (%2)</source>
        <translation>为 %1（%2）设置新密码</translation>
    </message>
    <message>
        <source>The old password stops working at once, and a lockout after wrong passwords is lifted.</source>
        <translation>旧密码将立即失效，因密码输错导致的锁定也将解除。</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>hukou::ui::RuleSetsPage</name>
    <message>
        <source>&amp;Import a rule set…</source>
        <translation>导入积分规则(&amp;I)…</translation>
    </message>
    <message>
        <source>A rule set used for a ranking is frozen: importing it again makes its next version, and the published lists keep the version they were ranked under.</source>
        <translation>已用于排名的积分规则即被冻结：再次导入将生成新版本，已公示的名单仍保留其排名时所用的版本。</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛分</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>The points rule sets of each settlement round (积分规则): built in, imported, and frozen by rankings.</source>
        <translation>各年度积分制入户的积分规则：内置、导入及因排名而冻结的版本。</translation>
    </message>
    <message>
        <source>built in, not used yet</source>
        <translation>内置，尚未使用</translation>
    </message>
    <message>
        <source>frozen (used for a ranking)</source>
        <translation>已冻结（已用于排名）</translation>
    </message>
    <message>
        <source>editable (not used for a ranking yet)</source>
        <translation>可修改（尚未用于排名）</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>导入积分规则</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>积分规则 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（位置：%2）</translation>
    </message>
    <message>
        <source>Imported %1 as version %2; it serves the %3 round.</source>
        <translation>已导入 %1，为第 %2 版，适用于 %3 年度。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::ScoreBreakdownView</name>
    <message>
        <source>base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>减分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填报值</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Eligibility (hard conditions)</source>
        <translation>资格条件（硬性条件）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1：%2 小时</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Over the threshold (%1 ≥ %2).</source>
        <translation>达到门槛分（%1 ≥ %2）。</translation>
    </message>
    <message>
        <source>Under the threshold (%1 must reach %2).</source>
        <translation>未达到门槛分（%1 须达到 %2）。</translation>
    </message>
    <message>
        <source>Every hard condition is met.</source>
        <translation>全部硬性条件均已满足。</translation>
    </message>
    <message>
        <source>A hard condition is not met: not eligible.</source>
        <translation>有硬性条件未满足：不符合资格。</translation>
    </message>
    <message>
        <source>Age %1 on %2.</source>
        <translation>%2 时年龄为 %1 岁。</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(capped)</source>
        <translation>（已封顶）</translation>
    </message>
    <message>
        <source>(counts through %1)</source>
        <translation>（计入%1）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>Total %1 = base %2 + bonus %3 − deductions %4</source>
        <translation>总分 %1 = 基础分 %2 + 加分 %3 − 减分 %4</translation>
    </message>
</context>
<context>
    <name>hukou::ui::SyncLabels</name>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Collective household</source>
        <translation>集体户</translation>
    </message>
    <message>
        <source>Collective household membership</source>
        <translation>集体户成员登记</translation>
    </message>
    <message>
        <source>Register page loan</source>
        <translation>户口页借出</translation>
    </message>
    <message>
        <source>Settlement application</source>
        <translation>积分入户申请</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective household(s)</source>
        <translation>
            <numerusform>%n 个集体户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective household membership(s)</source>
        <translation>
            <numerusform>%n 条集体户成员登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n register page loan(s)</source>
        <translation>
            <numerusform>%n 条户口页借出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement application(s)</source>
        <translation>
            <numerusform>%n 份积分入户申请</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>未分区</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>hukou::ui::SyncPage</name>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation>
            <numerusform>已应用 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held for a supervisor</source>
        <translation>
            <numerusform>%n 条冲突待主管处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n 条本机已有</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>an unnamed peer</source>
        <translation>未命名的同步方</translation>
    </message>
    <message>
        <source>bundle no. %1 from %2</source>
        <translation>来自%2的第 %1 号同步包</translation>
    </message>
    <message>
        <source>the reference bundle from %1</source>
        <translation>来自%1的参考数据包</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>复制密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this installation&apos;s full key, to send it with the device ID to the administrator of a peer</source>
        <translation>复制本机的完整密钥，以便连同设备编号发给同步方的管理员</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>设备编号：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>&amp;Export for…</source>
        <translation>导出给(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the changes a trusted peer has not received yet into a bundle file for it</source>
        <translation>把受信任同步方尚未收到的更改写入给它的同步包文件</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Check a bundle from a trusted peer, see what it would change, then import it</source>
        <translation>检查受信任同步方发来的同步包，查看将改动的内容，然后导入</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>同步文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>A shared folder or USB stick</source>
        <translation>共享文件夹或U盘</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Export for every trusted peer into the folder and import what waits there for this installation</source>
        <translation>为每个受信任同步方导出到该文件夹，并导入其中发给本机的同步包</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>&amp;Trust a peer…</source>
        <translation>信任同步方(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销信任(&amp;R)</translation>
    </message>
    <message>
        <source>Refuse the selected peer&apos;s bundles from now on and export nothing more for it</source>
        <translation>今后拒收所选同步方的同步包，也不再为其导出</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信任于</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销于</translation>
    </message>
    <message>
        <source>Trusted peers</source>
        <translation>受信任的同步方</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Send it with the device ID %1 to the administrator of the peer, and compare the fingerprint %2 by phone.</source>
        <translation>密钥已复制到剪贴板。请连同设备编号 %1 发给对方管理员，并通过电话核对指纹 %2。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Offline field work: exchange signed bundles with the office and field laptops, and settle what both sides changed.</source>
        <translation>离线外勤：与办公室及外勤笔记本交换已签名的同步包，并处理双方都改动过的记录。</translation>
    </message>
    <message>
        <source>The identity of this installation cannot be read: %1</source>
        <translation>无法读取本机身份：%1</translation>
    </message>
    <message>
        <source>The peers cannot be read: %1</source>
        <translation>无法读取同步方：%1</translation>
    </message>
    <message>
        <source>Last exported for it: %1</source>
        <translation>最近一次为其导出：%1</translation>
    </message>
    <message>
        <source>Last imported from it: %1</source>
        <translation>最近一次从其导入：%1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Counting the changes not sent yet…</source>
        <translation>正在统计尚未发出的更改…</translation>
    </message>
    <message numerus="yes">
        <source>Work on this laptop has not been exported for %n day(s).</source>
        <translation>
            <numerusform>本机的工作已有 %n 天未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export it for the office (Export for…) or sync with the shared folder (Sync now).</source>
        <translation>请导出给办公室（“导出给…”）或通过共享文件夹同步（“立即同步”）。</translation>
    </message>
    <message>
        <source>Every change made here has been sent.</source>
        <translation>本机的所有更改均已发出。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here not sent to any peer yet.</source>
        <translation>
            <numerusform>本机有 %n 项更改尚未发给任何同步方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export for a peer</source>
        <translation>导出给同步方</translation>
    </message>
    <message>
        <source>No peer is trusted yet. An administrator trusts the office or a field laptop on this page (Trusted peers), with the device ID and key it shows.</source>
        <translation>尚无受信任的同步方。管理员可在本页“受信任的同步方”中，用对方显示的设备编号和密钥添加办公室或外勤笔记本。</translation>
    </message>
    <message>
        <source>Export the changes not sent yet to:</source>
        <translation>把尚未发出的更改导出给：</translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation>导出给%1</translation>
    </message>
    <message>
        <source>Sync bundles (*.hkb)</source>
        <translation>同步包 (*.hkb)</translation>
    </message>
    <message>
        <source>Exporting for %1…</source>
        <translation>正在为%1导出…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>已取消导出：未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: %1 Nothing was written.</source>
        <translation>导出失败：%1 未写入任何文件。</translation>
    </message>
    <message>
        <source>Bundle no. %1 for %2 holds no changes: %2 already has everything recorded here. Saved as %3.</source>
        <translation>给%2的第 %1 号同步包没有更改：%2 已有本机记录的全部内容。已保存为 %3。</translation>
    </message>
    <message>
        <source>Exported bundle no. %1 for %2: %3. Saved as %4.</source>
        <translation>已为%2导出第 %1 号同步包：%3。已保存为 %4。</translation>
    </message>
    <message>
        <source>Import a sync bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Sync bundles (*.hkb);;All files (*)</source>
        <translation>同步包 (*.hkb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported.</source>
        <translation>已取消检查：未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing changed.</source>
        <translation>%1 无法导入：%2 未作任何更改。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 would bring:</source>
        <translation>%1将带来：</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>更改：%1</translation>
    </message>
    <message>
        <source>Conflicting (held for a supervisor): %1</source>
        <translation>冲突（待主管处理）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Already here: %n record(s)</source>
        <translation>
            <numerusform>本机已有：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>By district: %1</source>
        <translation>按区：%1</translation>
    </message>
    <message>
        <source>Import it now? The records are applied together, or not at all.</source>
        <translation>现在导入吗？这些记录将一并应用，或全部不应用。</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation>已取消导入：未作任何更改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing changed.</source>
        <translation>导入失败：%1 未作任何更改。</translation>
    </message>
    <message>
        <source>Imported %1: nothing new (%2).</source>
        <translation>已导入%1：没有新内容（%2）。</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>已导入%1：%2。</translation>
    </message>
    <message>
        <source>The conflicts are listed under Conflicts below.</source>
        <translation>冲突列在下方“冲突”中。</translation>
    </message>
    <message>
        <source>A supervisor decides them at the office.</source>
        <translation>由办公室的主管处理。</translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist or is not a folder.</source>
        <translation>同步文件夹 %1 不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation>与 %1 同步失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n bundle(s) (%1)</source>
        <translation>
            <numerusform>导出 %n 个同步包（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n bundle(s) with no changes</source>
        <translation>
            <numerusform>导出 %n 个无更改的同步包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n bundle(s) (%1)</source>
        <translation>
            <numerusform>导入 %n 个同步包（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n bundle(s)</source>
        <translation>
            <numerusform>拒收 %n 个同步包</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: there was nothing to exchange.</source>
        <translation>已与 %1 同步：没有需要交换的内容。</translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>已与 %1 同步：%2。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒收：%1</translation>
    </message>
    <message>
        <source>%1 (device %2, fingerprint %3) is now a trusted peer.</source>
        <translation>%1（设备 %2，指纹 %3）已成为受信任的同步方。</translation>
    </message>
    <message>
        <source>Revoke peer</source>
        <translation>撤销对同步方的信任</translation>
    </message>
    <message>
        <source>Revoke %1 (device %2)? Its bundles are refused from now on and nothing more is exported for it. A revoked device cannot be trusted again.</source>
        <translation>撤销对%1（设备 %2）的信任吗？今后将拒收其同步包，也不再为其导出。被撤销的设备不能再次受信任。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销信任</translation>
    </message>
    <message>
        <source>Cannot revoke the peer</source>
        <translation>无法撤销信任</translation>
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on.</source>
        <translation>已撤销对%1的信任：今后拒收其同步包。</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>无法处理冲突</translation>
    </message>
    <message numerus="yes">
        <source>kept the local version with %n field(s) of the remote one</source>
        <translation>
            <numerusform>保留本机版本，并采用对方的 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>kept the remote version</source>
        <translation>保留对方版本</translation>
    </message>
    <message>
        <source>kept the local version</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Resolved the conflict on %1: %2. The decision travels with the next bundles.</source>
        <translation>已处理 %1 的冲突：%2。处理结果将随下一个同步包发出。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::TrustPeerDialog</name>
    <message>
        <source>Trust a peer</source>
        <translation>信任同步方</translation>
    </message>
    <message>
        <source>Enter the device ID and key the other installation shows on its Sync page (or hukouctl sync identity). Before you trust it, read the fingerprint below to the person at the other installation: it must be the same as theirs.</source>
        <translation>输入对方在“同步”页（或 hukouctl sync identity）显示的设备编号和密钥。信任之前，请把下方的指纹念给对方核对：必须与对方显示的一致。</translation>
    </message>
    <message>
        <source>e.g. Tianhe office, field laptop 3</source>
        <translation>如：天河办公室、外勤笔记本3号</translation>
    </message>
    <message>
        <source>44 characters, ending in =</source>
        <translation>44 个字符，以 = 结尾</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Device ID:</source>
        <translation>设备编号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>not a whole key yet</source>
        <translation>密钥尚不完整</translation>
    </message>
</context>
<context>
    <name>hukou::ui::UserForm</name>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. zhangwei</source>
        <translation>拉丁字母和数字，例如 zhangwei</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>重复密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>hukou::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
</context>
<context>
    <name>hukou::ui::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Staff accounts of this installation and their roles.</source>
        <translation>本系统的工作人员账户及其角色。</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色为%3。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation>%1（%2）的角色：</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation>无法更改角色</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1（%2）的角色已改为%3。</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2).</source>
        <translation>为 %1（%2）设置新密码。</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? The account can no longer sign in until an administrator activates it again. Nothing the user recorded is removed.</source>
        <translation>要停用 %1（%2）吗？停用后该账户将无法登录，直到管理员重新启用。该用户已录入的内容不会被删除。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Cannot activate the user</source>
        <translation>无法启用该用户</translation>
    </message>
    <message>
        <source>Cannot deactivate the user</source>
        <translation>无法停用该用户</translation>
    </message>
    <message>
        <source>Activated %1 (%2).</source>
        <translation>已启用 %1（%2）。</translation>
    </message>
    <message>
        <source>Deactivated %1 (%2).</source>
        <translation>已停用 %1（%2）。</translation>
    </message>
</context>
</TS>
