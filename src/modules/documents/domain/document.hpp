#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::documents {

/// An object a document concerns (an organisation, a session, a person…), by type and id.
struct DocumentLink {
  std::string object_type;
  std::int64_t object_id = 0;
  bool operator<(const DocumentLink& o) const {
    return object_type < o.object_type || (object_type == o.object_type && object_id < o.object_id);
  }
  bool operator==(const DocumentLink&) const = default;
};

/// A stored file of a document; the content lives in the file store under its SHA-256.
struct Attachment {
  std::int64_t id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;
  std::string created_at;
};

/// A registered document (SPEC §13): regulation, directive, protocol, plan, report, analytic note…
struct Document {
  std::int64_t id = 0;
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::string kind;  // catalogue document-kinds
  std::string number;
  core::Date date;
  std::string title;
  std::string issuer;
  std::optional<core::Date> retention_until;  // 003 §App5 7.2: kept three years, then archived or purged
  std::vector<DocumentLink> links;
  std::vector<Attachment> attachments;
  std::string created_at;
};

/// Checks and normalises a new document; the first problem names its field.
core::Result<Document> ValidateDocument(Document draft, const std::set<std::string>& kinds);
/// A file name safe to store and send back: no path parts or control characters, at most 200 characters.
core::Result<std::string> CleanFileName(const std::string& raw);

}  // namespace metodset::documents
