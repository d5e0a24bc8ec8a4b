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
constexpr const char* v3 = R"SQL(
SELECT 1;
)SQL";

// Version 4: public collective households (membership, register page loans).
constexpr const char* v4 = R"SQL(
SELECT 1;
)SQL";

// Version 5: unified resident-household conversion (runs and their chunks).
constexpr const char* v5 = R"SQL(
SELECT 1;
)SQL";

constexpr std::array<const char*, 5> all = {v1, v2, v3, v4, v5};

} // namespace

std::span<const char* const> migrations()
{
    return all;
}

} // namespace hukou::core::schema
