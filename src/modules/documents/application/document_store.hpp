#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/documents/domain/document.hpp"
#include "platform/core/principal.hpp"

namespace metodset::documents {

/// Filters of the document registry.
struct DocumentFilter {
  std::optional<std::string> kind;
  std::optional<std::string> text;
  std::optional<std::int64_t> municipality_id;
  std::optional<DocumentLink> linked_to;
  int page = 1;
  int size = 50;
};

struct DocumentPage {
  std::vector<Document> items;
  std::int64_t total = 0;
};

/// Port: the document tables.
class DocumentStore {
 public:
  virtual ~DocumentStore() = default;
  virtual std::set<std::string> Kinds() = 0;
  /// Russian titles of document kinds by code.
  virtual std::map<std::string, std::string> KindTitles() = 0;
  virtual DocumentPage Find(const DocumentFilter& filter, const core::ScopeFilter& scope) = 0;
  virtual std::optional<Document> Get(std::int64_t id) = 0;
  virtual std::int64_t Insert(const Document& d, std::optional<std::int64_t> created_by, const std::string& now) = 0;
  virtual std::int64_t InsertAttachment(std::int64_t document_id, const Attachment& a) = 0;
};

/// Port: transactions with the audit trail.
class DocumentStorage {
 public:
  virtual ~DocumentStorage() = default;
  virtual core::Result<void> Transact(const std::function<core::Result<void>(DocumentStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(DocumentStore&)>& work) = 0;
};

/// Port: content-addressed file storage (a directory shared by all application servers).
class FileStore {
 public:
  virtual ~FileStore() = default;
  /// Stores the bytes durably under their SHA-256 and returns it.
  virtual std::string Put(std::string_view bytes) = 0;
  /// The path of stored content; nullopt when missing.
  virtual std::optional<std::filesystem::path> PathOf(const std::string& sha256) = 0;
};

}  // namespace metodset::documents
