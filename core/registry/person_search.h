#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace hukou::core {

class PersonStore;

// How a person matched a search, best first.
enum class MatchKind { ExactId, IdPrefix, IdSuffix, ExactName, NamePrefix, NameContains, FormerName, Address };

struct SearchHit
{
    qint64 personId = 0;
    MatchKind kind = MatchKind::NameContains;
};

// Where a paged search stands; start with a default-constructed cursor and call next() until done.
struct SearchCursor
{
    int stage = 0;
    qint64 lastId = 0;
    QString lastKey;
    bool done = false;
};

// One search box over the registry: full or partial citizen ID (its beginning, or its last 4 or more
// characters), name (1 character and up: exact, prefix, contains), former name, and address
// fragment (3 characters and up). Complete: every person whose name contains the text is found.
// Results come in pages, best class first, in a stable order within a class.
class PersonSearch final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PersonSearch)
public:
    explicit PersonSearch(const PersonStore& store) : m_store(store) {}

    [[nodiscard]] Result<std::vector<SearchHit>> next(const QString& query, SearchCursor& cursor, int limit) const;
    // The first `limit` hits.
    [[nodiscard]] Result<std::vector<SearchHit>> find(const QString& query, int limit) const;

    [[nodiscard]] static QString kindLabel(MatchKind kind); // translated

private:
    const PersonStore& m_store;
};

} // namespace hukou::core
