#pragma once

#include "modules/documents/application/document_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::documents {

/// A file to attach.
struct Upload {
  std::string file_name;
  std::string content_type;
  std::string bytes;
};

/// A stored attachment ready to send.
struct AttachmentFile {
  Attachment attachment;
  std::filesystem::path path;
};

/// The document registry (SPEC §13): register documents where the caller works, attach files with
/// checksums, read within scope; every write and download is audited.
class DocumentService {
 public:
  DocumentService(DocumentStorage& storage, FileStore& files, core::TerritoryLocator& locator, const core::Clock& clock)
      : storage_(storage), files_(files), locator_(locator), clock_(clock) {}

  core::Result<DocumentPage> List(const core::Actor& actor, const DocumentFilter& filter);
  /// The filtered registry (at most 20 000 documents) for an XLSX export; the export is audited.
  core::Result<DocumentPage> Export(const core::Actor& actor, DocumentFilter filter);
  core::Result<Document> Get(const core::Actor& actor, std::int64_t id);
  core::Result<Document> Create(const core::Actor& actor, Document draft);
  core::Result<Attachment> Attach(const core::Actor& actor, std::int64_t document_id, Upload upload);
  core::Result<AttachmentFile> Download(const core::Actor& actor, std::int64_t document_id, std::int64_t attachment_id);
  /// Registers a document the system generated (a directive, a protocol) together with its file, in one
  /// transaction — the facility later modules use.
  core::Result<Document> CreateWithFile(const core::Actor& actor, Document draft, Upload file);
  /// The Russian title of a document kind (the code itself when unknown).
  std::string KindTitle(const std::string& code);

 private:
  core::Result<Document> Place(const core::Actor& actor, Document draft);

  DocumentStorage& storage_;
  FileStore& files_;
  core::TerritoryLocator& locator_;
  const core::Clock& clock_;
};

}  // namespace metodset::documents
