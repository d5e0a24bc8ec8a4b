#include "schema.h"

#include <array>

namespace hukou::core::schema {

namespace {

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
    role            TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'clerk', 'field')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
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
    is_current  INTEGER NOT NULL CHECK (is_current IN (0, 1)),
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

constexpr std::array<const char*, 1> all = {v1};

} // namespace

std::span<const char* const> migrations()
{
    return all;
}

} // namespace hukou::core::schema
