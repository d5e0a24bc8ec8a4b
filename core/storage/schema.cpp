#include "schema.h"

#include <array>

namespace hukou::core::schema {

namespace {

// CHECK constraints compare with OR, not IN (...): SQLite builds an ephemeral index for an IN list
// on every insert, which tripled bulk-load times.

// Version 1: the foundation. Settings, this installation's identity, users, the journal, districts.
constexpr const char* v1 = R"SQL(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE device (
    id         TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role = 'admin' OR role = 'supervisor' OR role = 'clerk' OR role = 'field'),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

-- Append-only, hash-chained: the audit trail and the sync source.
CREATE TABLE journal (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    device    TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL,
    before    TEXT,
    after     TEXT,
    reason    TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX journal_record ON journal (entity, record_id);

-- The chain head is kept apart too, so removing the newest entries is found.
CREATE TABLE journal_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, '');

CREATE TABLE district (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    is_current  INTEGER NOT NULL CHECK (is_current = 0 OR is_current = 1),
    merged_into TEXT REFERENCES district (code)
) WITHOUT ROWID;
INSERT INTO district (code, name, is_current, merged_into) VALUES
    ('440103', '荔湾区', 1, NULL), ('440104', '越秀区', 1, NULL), ('440105', '海珠区', 1, NULL),
    ('440106', '天河区', 1, NULL), ('440111', '白云区', 1, NULL), ('440112', '黄埔区', 1, NULL),
    ('440113', '番禺区', 1, NULL), ('440114', '花都区', 1, NULL), ('440115', '南沙区', 1, NULL),
    ('440117', '从化区', 1, NULL), ('440118', '增城区', 1, NULL),
    ('440102', '东山区', 0, '440104'), ('440107', '芳村区', 0, '440103'), ('440116', '萝岗区', 0, '440112'),
    ('440183', '增城市', 0, '440118'), ('440184', '从化市', 0, '440117'), ('440181', '番禺市', 0, '440113'),
    ('440182', '花都市', 0, '440114');
)SQL";

// Version 2: the registry. Persons and households; nothing is ever deleted (status instead).
// person.id is a dense rowid (persons are never deleted), so browsing can map row -> id directly.
constexpr const char* v2 = R"SQL(
CREATE TABLE household (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    number      TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'family' CHECK (kind = 'family' OR kind = 'collective' OR kind = 'public_collective'),
    district    TEXT NOT NULL REFERENCES district (code),
    address     TEXT NOT NULL,
    head_id     INTEGER,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'closed'),
    version     INTEGER NOT NULL DEFAULT 1,
    created_seq INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE person (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    citizen_id       TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    former_names     TEXT NOT NULL DEFAULT '',
    sex              TEXT NOT NULL CHECK (sex = '男' OR sex = '女'),
    ethnicity        TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL,
    birthplace       TEXT NOT NULL DEFAULT '',
    native_place     TEXT NOT NULL DEFAULT '',
    education        TEXT NOT NULL DEFAULT '',
    marital_status   TEXT NOT NULL DEFAULT '',
    military_service TEXT NOT NULL DEFAULT '',
    occupation       TEXT NOT NULL DEFAULT '',
    employer         TEXT NOT NULL DEFAULT '',
    household_id     INTEGER REFERENCES household (id),
    relation         TEXT NOT NULL DEFAULT '',
    moved_in_date    TEXT NOT NULL DEFAULT '',
    moved_in_from    TEXT NOT NULL DEFAULT '',
    hukou_nature     TEXT NOT NULL,
    former_nature    TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status = 'active' OR status = 'moved_out' OR status = 'deceased' OR status = 'cancelled'),
    status_reason    TEXT NOT NULL DEFAULT '',
    status_date      TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    created_seq      INTEGER NOT NULL,
    updated_at       TEXT NOT NULL,
    origin_device    TEXT NOT NULL
);
CREATE INDEX person_household ON person (household_id);

-- Search over names and former names: unigram and bigram tokens (see core/registry/search_tokens.h),
-- because trigram indexes cannot answer the 1- and 2-character queries most Chinese names need.
CREATE VIRTUAL TABLE person_search USING fts5 (names, former, ids, content = '', tokenize = 'unicode61', detail = 'none');
-- Address fragments of 3 characters or more, per household.
CREATE VIRTUAL TABLE household_search USING fts5 (address, content = '', tokenize = 'trigram', detail = 'none');
)SQL";

// Version 3: points-based settlement (rule sets, applications, rankings).
// A rule set is stored per version (id = "<rule set id>@<version>"); one used for a ranking is frozen,
// and importing it again creates the next version. Each ranking keeps a frozen snapshot of its rule
// set, its inputs and its result, so a published list can be recomputed and explained later.
constexpr const char* v3 = R"SQL(
CREATE TABLE points_rule_set (
    id          TEXT PRIMARY KEY,
    rule_set    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    year        INTEGER NOT NULL,
    json        TEXT NOT NULL,
    frozen      INTEGER NOT NULL DEFAULT 0 CHECK (frozen = 0 OR frozen = 1),
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (rule_set, version)
) WITHOUT ROWID;
CREATE INDEX points_rule_set_year ON points_rule_set (year);

CREATE TABLE points_ranking (
    id               INTEGER PRIMARY KEY,
    year             INTEGER NOT NULL,
    rule_set         TEXT NOT NULL,
    rule_set_version INTEGER NOT NULL,
    rule_set_json    TEXT NOT NULL,
    inputs_json      TEXT NOT NULL,
    result_json      TEXT NOT NULL,
    quota            INTEGER NOT NULL,
    quota_overridden INTEGER NOT NULL DEFAULT 0 CHECK (quota_overridden = 0 OR quota_overridden = 1),
    ranked_by        TEXT NOT NULL,
    ranked_at        TEXT NOT NULL,
    journal_seq      INTEGER NOT NULL
);
CREATE INDEX points_ranking_year ON points_ranking (year);

CREATE TABLE settlement_application (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    year             INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    rule_set         TEXT NOT NULL,
    rule_set_version INTEGER,
    district         TEXT NOT NULL REFERENCES district (code),
    citizen_id       TEXT NOT NULL,
    name             TEXT NOT NULL,
    person_id        INTEGER REFERENCES person (id),
    application_json TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status = 'draft' OR status = 'submitted' OR status = 'verified'
                                          OR status = 'ranked' OR status = 'approved' OR status = 'returned'
                                          OR status = 'rejected' OR status = 'published' OR status = 'settled'),
    score_total      INTEGER,
    score_base       INTEGER,
    eligible         INTEGER,
    over_threshold   INTEGER,
    breakdown_json   TEXT,
    rank             INTEGER,
    admitted         INTEGER,
    ranking_id       INTEGER REFERENCES points_ranking (id),
    decision         TEXT NOT NULL DEFAULT '' CHECK (decision = '' OR decision = 'approve' OR decision = 'return'),
    reviewer         TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT '',
    decided_at       TEXT NOT NULL DEFAULT '',
    submitted_by     TEXT NOT NULL,
    submitted_at     TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, seq)
);
CREATE INDEX settlement_application_year ON settlement_application (year, status);
CREATE INDEX settlement_application_citizen ON settlement_application (citizen_id);
)SQL";

// Version 4: public collective households (membership, register page loans).
// A public collective household (公共集体户) is a household row of kind 'public_collective' plus
// its desk data. Memberships and loans end with dates, never by deletion. At most one open
// membership and one open loan per person (partial unique indexes).
constexpr const char* v4 = R"SQL(
CREATE TABLE collective_household (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL UNIQUE REFERENCES household (id),
    name         TEXT NOT NULL,
    street       TEXT NOT NULL DEFAULT '',
    capacity     INTEGER NOT NULL CHECK (capacity > 0),
    manager      TEXT NOT NULL DEFAULT '',
    officer      TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    created_seq  INTEGER NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE collective_membership (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    person_id             INTEGER NOT NULL REFERENCES person (id),
    collective_id         INTEGER NOT NULL REFERENCES collective_household (id),
    reason                TEXT NOT NULL CHECK (reason = 'talent' OR reason = 'no_address' OR reason = 'marriage' OR
                                               reason = 'child' OR reason = 'graduate' OR reason = 'transfer' OR
                                               reason = 'other'),
    documents             TEXT NOT NULL DEFAULT '',
    enrolled_on           TEXT NOT NULL,
    previous_household_id INTEGER REFERENCES household (id),
    officer               TEXT NOT NULL,
    left_on               TEXT,
    leave_reason          TEXT CHECK (leave_reason IS NULL OR leave_reason = 'bought_home' OR
                                      leave_reason = 'joined_relative' OR leave_reason = 'left_city' OR
                                      leave_reason = 'settled_elsewhere' OR leave_reason = 'deceased' OR
                                      leave_reason = 'transferred' OR leave_reason = 'other'),
    destination           TEXT NOT NULL DEFAULT '',
    left_officer          TEXT NOT NULL DEFAULT '',
    owns_home_in_city     INTEGER NOT NULL DEFAULT 0 CHECK (owns_home_in_city = 0 OR owns_home_in_city = 1),
    version               INTEGER NOT NULL DEFAULT 1,
    created_seq           INTEGER NOT NULL
);
CREATE UNIQUE INDEX collective_membership_current ON collective_membership (person_id) WHERE left_on IS NULL;
CREATE INDEX collective_membership_person ON collective_membership (person_id);
CREATE INDEX collective_membership_collective ON collective_membership (collective_id, left_on);

CREATE TABLE page_loan (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    loan_number    TEXT NOT NULL UNIQUE,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    collective_id  INTEGER NOT NULL REFERENCES collective_household (id),
    purpose        TEXT NOT NULL,
    lent_on        TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    returned_on    TEXT,
    officer        TEXT NOT NULL,
    return_officer TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    created_seq    INTEGER NOT NULL
);
CREATE UNIQUE INDEX page_loan_open ON page_loan (person_id) WHERE returned_on IS NULL;
CREATE INDEX page_loan_person ON page_loan (person_id);
CREATE INDEX page_loan_due ON page_loan (due_on) WHERE returned_on IS NULL;
CREATE INDEX page_loan_collective ON page_loan (collective_id, returned_on);
)SQL";

// Version 5: unified resident-household conversion (runs and their chunks).
// A run converts in chunks; each chunk is one transaction with one journal entry (journal_seq) naming
// every person it touched. district '' means all districts. A run left 'running' (crash) or
// 'cancelled' is resumed by the next run of the same scope.
constexpr const char* v5 = R"SQL(
CREATE TABLE conversion_run (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    district         TEXT NOT NULL DEFAULT '',
    started_by       TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status = 'running' OR status = 'cancelled' OR status = 'done'),
    chunk_size       INTEGER NOT NULL,
    chunks           INTEGER NOT NULL DEFAULT 0,
    converted        INTEGER NOT NULL DEFAULT 0,
    by_former_nature TEXT NOT NULL DEFAULT '{}',
    exceptions       INTEGER NOT NULL DEFAULT 0,
    resumed          INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE conversion_chunk (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES conversion_run (id),
    chunk_no        INTEGER NOT NULL,
    journal_seq     INTEGER NOT NULL,
    first_person_id INTEGER NOT NULL,
    last_person_id  INTEGER NOT NULL,
    converted       INTEGER NOT NULL,
    images_sha256   TEXT NOT NULL,
    at              TEXT NOT NULL,
    UNIQUE (run_id, chunk_no)
);
CREATE INDEX conversion_chunk_range ON conversion_chunk (first_person_id, last_person_id);
)SQL";

// Version 6: bulk loads and a leaner search index.
// - The unique keys of person and household become named indexes (they were column constraints,
//   whose automatic indexes cannot be dropped), so that a first load into an empty register can
//   drop every index of the two tables and build each once, by sorting, at the end
//   (PersonBulkWriter::deferIndexes). Inserting a million random citizen IDs into a
//   live B-tree cost more than the rest of the person rows together.
// - The search indexes keep no column sizes (nothing ranks by them: a table of a million rows less
//   to write), and person_search indexes fewer tokens (see search_tokens.h). Its rows are rebuilt with the
//   application's own tokenizer, hukou_search_document(), defined on the connection for the upgrade.
// Tables are rebuilt the way SQLite documents (create, copy, drop, rename) with foreign keys off
// for the upgrade and checked before it commits (Migrations::upgrade).
constexpr const char* v6 = R"SQL(
CREATE TABLE household_v6 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    number      TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'family' CHECK (kind = 'family' OR kind = 'collective' OR kind = 'public_collective'),
    district    TEXT NOT NULL REFERENCES district (code),
    address     TEXT NOT NULL,
    head_id     INTEGER,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'closed'),
    version     INTEGER NOT NULL DEFAULT 1,
    created_seq INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);
INSERT INTO household_v6 (id, uuid, number, kind, district, address, head_id, status, version, created_seq, updated_at)
    SELECT id, uuid, number, kind, district, address, head_id, status, version, created_seq, updated_at FROM household;
DROP TABLE household;
ALTER TABLE household_v6 RENAME TO household;
CREATE UNIQUE INDEX household_uuid ON household (uuid);
CREATE UNIQUE INDEX household_number ON household (number);

CREATE TABLE person_v6 (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL,
    citizen_id       TEXT NOT NULL,
    name             TEXT NOT NULL,
    former_names     TEXT NOT NULL DEFAULT '',
    sex              TEXT NOT NULL CHECK (sex = '男' OR sex = '女'),
    ethnicity        TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL,
    birthplace       TEXT NOT NULL DEFAULT '',
    native_place     TEXT NOT NULL DEFAULT '',
    education        TEXT NOT NULL DEFAULT '',
    marital_status   TEXT NOT NULL DEFAULT '',
    military_service TEXT NOT NULL DEFAULT '',
    occupation       TEXT NOT NULL DEFAULT '',
    employer         TEXT NOT NULL DEFAULT '',
    household_id     INTEGER REFERENCES household (id),
    relation         TEXT NOT NULL DEFAULT '',
    moved_in_date    TEXT NOT NULL DEFAULT '',
    moved_in_from    TEXT NOT NULL DEFAULT '',
    hukou_nature     TEXT NOT NULL,
    former_nature    TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status = 'active' OR status = 'moved_out' OR status = 'deceased' OR status = 'cancelled'),
    status_reason    TEXT NOT NULL DEFAULT '',
    status_date      TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    created_seq      INTEGER NOT NULL,
    updated_at       TEXT NOT NULL,
    origin_device    TEXT NOT NULL
);
INSERT INTO person_v6 (id, uuid, citizen_id, name, former_names, sex, ethnicity, birth_date, birthplace, native_place,
                       education, marital_status, military_service, occupation, employer, household_id, relation,
                       moved_in_date, moved_in_from, hukou_nature, former_nature, status, status_reason, status_date,
                       version, created_seq, updated_at, origin_device)
    SELECT id, uuid, citizen_id, name, former_names, sex, ethnicity, birth_date, birthplace, native_place, education,
           marital_status, military_service, occupation, employer, household_id, relation, moved_in_date,
           moved_in_from, hukou_nature, former_nature, status, status_reason, status_date, version, created_seq,
           updated_at, origin_device FROM person;
DROP TABLE person;
ALTER TABLE person_v6 RENAME TO person;
CREATE UNIQUE INDEX person_uuid ON person (uuid);
CREATE UNIQUE INDEX person_citizen_id ON person (citizen_id);
CREATE INDEX person_household ON person (household_id);

DROP TABLE person_search;
CREATE VIRTUAL TABLE person_search USING fts5 (tokens, content = '', tokenize = 'unicode61', detail = 'none', columnsize = 0);
INSERT INTO person_search (rowid, tokens) SELECT id, hukou_search_document(name, former_names, citizen_id) FROM person;
DROP TABLE household_search;
CREATE VIRTUAL TABLE household_search USING fts5 (address, content = '', tokenize = 'trigram', detail = 'none', columnsize = 0);
INSERT INTO household_search (rowid, address) SELECT id, address FROM household;
)SQL";

// Version 7: sync bundles (offline field work). Every journal entry of one user action shares a
// change id. Peers are trusted devices; sync_known remembers which version of each record a peer is
// known to have (sent to it or received from it), which is both "what it has not got yet" and the
// base version a change is applied on; sync_bundle_seen makes a repeated bundle a no-op and numbered
// bundles from one device arrive in order; sync_conflict keeps both versions for a supervisor;
// sync_alias records a record merged into another (the same citizen ID registered on two laptops).
constexpr const char* v7 = R"SQL(
ALTER TABLE journal ADD COLUMN change_id TEXT NOT NULL DEFAULT '';

CREATE TABLE sync_peer (
    name             TEXT PRIMARY KEY,
    device_id        TEXT NOT NULL UNIQUE,
    public_key       BLOB NOT NULL,
    trusted_at       TEXT NOT NULL,
    trusted_by       TEXT NOT NULL,
    revoked_at       TEXT,
    revoked_by       TEXT NOT NULL DEFAULT '',
    last_sent_seq    INTEGER NOT NULL DEFAULT 0,
    bundles_sent     INTEGER NOT NULL DEFAULT 0,
    bundles_received INTEGER NOT NULL DEFAULT 0,
    last_export_at   TEXT,
    last_import_at   TEXT
) WITHOUT ROWID;

CREATE TABLE sync_bundle_seen (
    bundle_uuid   TEXT PRIMARY KEY,
    source_device TEXT NOT NULL,
    bundle_no     INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    applied       INTEGER NOT NULL,
    conflicts     INTEGER NOT NULL,
    skipped       INTEGER NOT NULL,
    sender_head   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sync_known (
    device  TEXT NOT NULL,
    kind    TEXT NOT NULL,
    key     TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (device, kind, key)
) WITHOUT ROWID;

CREATE TABLE sync_conflict (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    key            TEXT NOT NULL,
    local_key      TEXT NOT NULL DEFAULT '',
    label          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    local_json     TEXT NOT NULL DEFAULT '',
    remote_json    TEXT NOT NULL,
    remote_version INTEGER NOT NULL,
    remote_device  TEXT NOT NULL,
    remote_user    TEXT NOT NULL DEFAULT '',
    remote_at      TEXT NOT NULL DEFAULT '',
    bundle_uuid    TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'resolved'),
    resolution     TEXT NOT NULL DEFAULT '',
    resolved_by    TEXT NOT NULL DEFAULT '',
    resolved_at    TEXT NOT NULL DEFAULT '',
    resolution_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_conflict_open ON sync_conflict (status, kind, key);

CREATE TABLE sync_alias (
    kind    TEXT NOT NULL,
    old_key TEXT NOT NULL,
    new_key TEXT NOT NULL,
    PRIMARY KEY (kind, old_key)
) WITHOUT ROWID;
CREATE INDEX sync_alias_new ON sync_alias (kind, new_key);
)SQL";

constexpr std::array<const char*, 7> all = {v1, v2, v3, v4, v5, v6, v7};

} // namespace

std::span<const char* const> migrations()
{
    return all;
}

} // namespace hukou::core::schema
