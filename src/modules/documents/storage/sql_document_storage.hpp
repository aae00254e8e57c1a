#pragma once

#include "modules/documents/application/document_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::documents {

/// DocumentStorage over the platform database.
class SqlDocumentStorage final : public DocumentStorage {
 public:
  SqlDocumentStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(DocumentStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(DocumentStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

/// Files under `root/ab/cd/<sha256>`, written to a temporary name, fsynced and renamed into place.
class LocalFileStore final : public FileStore {
 public:
  explicit LocalFileStore(std::filesystem::path root) : root_(std::move(root)) {}
  std::string Put(std::string_view bytes) override;
  std::optional<std::filesystem::path> PathOf(const std::string& sha256) override;

 private:
  std::filesystem::path Place(const std::string& sha256) const;
  std::filesystem::path root_;
};

}  // namespace metodset::documents
