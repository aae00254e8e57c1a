#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "platform/storage/value.hpp"

namespace metodset::storage::postgres {

/// SQL with `?` placeholders rewritten to `$1..$n`, and n.
struct RewrittenSql {
  std::string sql;
  std::size_t parameter_count = 0;
};

/// Rewrites `?` to `$n`, leaving alone those inside '…' and E'…' literals, "…" identifiers,
/// $tag$…$tag$ bodies and comments.
RewrittenSql RewritePlaceholders(std::string_view sql);

/// PostgreSQL's ISO timestamp output (`2024-03-05 07:08:09.123456+00`, session time zone UTC) in the
/// form core::FormatTimestamp writes: `2024-03-05T07:08:09.123Z` (fraction truncated to milliseconds).
/// Values it does not recognise (`infinity`, years beyond 9999) come back unchanged.
std::string NormaliseTimestamp(std::string_view pg_text);

/// A value as PostgreSQL's text input reads it (parameters and COPY); `null` is not handled here.
std::string TextOf(const Value& v);

/// Appends `v` to a COPY … FROM STDIN text-format line: `\N` for NULL, backslash escapes for text.
void AppendCopyField(std::string& line, const Value& v);

}  // namespace metodset::storage::postgres
