#pragma once

#include <QString>
#include <QStringList>

namespace hukou::core::search_tokens {

// Names are indexed as ASCII tokens in an FTS5 table (unicode61 tokenizer, detail=none):
//   u<cp>          every character (unigram)         -> 1-character queries
//   b<cp>g<cp>     every pair of adjacent characters   -> queries of 2+ characters (AND, then verified)
//   p<cp>          the first character                 -> prefix class for 1-character queries
//   q<cp>g<cp>     the first pair                      -> prefix class for longer queries
//   e<cp>g<cp>...  the whole name                      -> exact class
// with an "f" in front for former names; <cp> is the lowercase code point in hex, so characters
// outside the BMP and Latin names index the same way. Separators (· and spaces) split a name.
// Citizen IDs add s<last 4 characters> for searches by the end of the number (verified against
// the whole ending; one token per person keeps the index small and fast to build).

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
