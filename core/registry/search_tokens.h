#pragma once

#include <QString>
#include <QStringList>

namespace hukou::core::search_tokens {

// Names are indexed as ASCII tokens in an FTS5 table (unicode61 tokenizer, detail=none):
//   u<cp>          each character from the second on  -> contains class of 1-character queries
//   b<cp>g<cp>     each pair from the second letter on -> contains class of longer queries (AND, verified)
//   p<cp>          the first character                 -> prefix class of 1-character queries
//   e<cp>g<cp>...  the whole name                      -> exact class; and, as an FTS5 prefix query
//                                                         (e<query>g*), prefix class of longer queries
// Each class excludes the ones before it (exact, prefix, contains), so a name's first letter and
// first pair need no u or b: fewer tokens, a quicker index to build. (A 1-character prefix query
// keeps its p token: as e<cp>g* it would merge the lists of every full name with that surname.
// Databases written before 2026-11-29 also hold q<cp>g<cp> tokens for the first pair, no longer
// read.)
// Former names get every u and b with an "f" in front (they are only searched by containing).
// <cp> is the lowercase code point in hex, so characters outside the BMP and Latin names index the
// same way; separators (· and spaces) are left out. Citizen IDs add s<last 4 characters> for
// searches by the end of the number (verified against the whole ending; one token per person keeps
// the index small and fast to build).

// Letters of a name or query, lowercased, separators removed (what matching compares).
[[nodiscard]] QString fold(const QString& text);
// The token text of one person's row.
[[nodiscard]] QString document(const QString& name, const QString& formerNames, const QString& citizenId);

enum class NameClass { Exact, Prefix, Contains };
// An FTS5 MATCH expression finding every name (former: every former name) that may fall in the class
// for `folded` (non-empty); candidates must still be verified against the text.
[[nodiscard]] QString nameQuery(const QString& folded, NameClass cls, bool former);
[[nodiscard]] QString idSuffixQuery(const QString& digits); // 4 characters or more

// The former names of a person as a list (split on 、,;， and spaces).
[[nodiscard]] QStringList splitFormerNames(const QString& formerNames);

} // namespace hukou::core::search_tokens
