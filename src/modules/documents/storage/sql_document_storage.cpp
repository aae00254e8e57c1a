#include "modules/documents/storage/sql_document_storage.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <stdexcept>

#include "platform/core/text.hpp"
#include "platform/security/password_hasher.hpp"
#include "platform/storage/scope_sql.hpp"

namespace metodset::documents {
namespace {

using storage::Of;
using storage::Value;

constexpr const char* kColumns =
    "d.id, d.region_id, d.municipality_id, d.organisation_id, d.kind, d.number, d.date, d.title, d.issuer, "
    "d.retention_until, d.created_at";

Document ReadDocument(const storage::Row& r) {
  Document d;
  d.id = r.Int(0);
  d.region_id = r.Int(1);
  d.municipality_id = r.OptInt(2);
  d.organisation_id = r.OptInt(3);
  d.kind = r.Text(4);
  d.number = r.Text(5);
  d.date = core::ParseIsoDate(r.Text(6)).value_or(core::Date{});
  d.title = r.Text(7);
  d.issuer = r.Text(8);
  if (auto retention = r.OptText(9)) d.retention_until = core::ParseIsoDate(*retention);
  d.created_at = r.Text(10);
  return d;
}

class SqlDocumentStore final : public DocumentStore {
 public:
  explicit SqlDocumentStore(storage::Connection& conn) : conn_(conn) {}

  std::set<std::string> Kinds() override {
    std::set<std::string> kinds;
    for (const auto& r : conn_.Query("SELECT code FROM catalogue_items WHERE catalogue = 'document-kinds'").rows) {
      kinds.insert(r.Text(0));
    }
    return kinds;
  }

  std::map<std::string, std::string> KindTitles() override {
    std::map<std::string, std::string> titles;
    for (const auto& r :
         conn_.Query("SELECT code, title FROM catalogue_items WHERE catalogue = 'document-kinds'").rows) {
      titles[r.Text(0)] = r.Text(1);
    }
    return titles;
  }

  DocumentPage Find(const DocumentFilter& f, const core::ScopeFilter& scope) override {
    std::vector<Value> params;
    std::string where =
        " WHERE " + storage::ScopeCondition(scope, {"d.region_id", "d.municipality_id", "d.organisation_id", ""}, params);
    if (f.kind) {
      where += " AND d.kind = ?";
      params.push_back(Of(*f.kind));
    }
    if (f.municipality_id) {
      where += " AND d.municipality_id = ?";
      params.push_back(Of(*f.municipality_id));
    }
    if (f.text && !f.text->empty()) {
      // Numbers and titles: lower-case match on both backends (LOWER() of SQLite ignores Cyrillic, so
      // the pattern is matched against the stored text as typed and against its lower-case form).
      where += " AND (d.number LIKE ? OR d.title LIKE ? OR d.title LIKE ?)";
      params.push_back(Of("%" + *f.text + "%"));
      params.push_back(Of("%" + *f.text + "%"));
      params.push_back(Of("%" + core::LowerUtf8(*f.text) + "%"));
    }
    if (f.linked_to) {
      where += " AND EXISTS (SELECT 1 FROM document_links l WHERE l.document_id = d.id AND l.object_type = ? "
               "AND l.object_id = ?)";
      params.push_back(Of(f.linked_to->object_type));
      params.push_back(Of(f.linked_to->object_id));
    }
    DocumentPage page;
    page.total = conn_.Query("SELECT COUNT(*) FROM documents d" + where, params).rows.at(0).Int(0);
    params.push_back(Of(static_cast<std::int64_t>(f.size)));
    params.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    for (const auto& r : conn_.Query(std::string("SELECT ") + kColumns + " FROM documents d" + where +
                                         " ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?",
                                     params)
                             .rows) {
      page.items.push_back(ReadDocument(r));
    }
    LoadDetails(page.items);
    return page;
  }

  std::optional<Document> Get(std::int64_t id) override {
    auto rows = conn_.Query(std::string("SELECT ") + kColumns + " FROM documents d WHERE d.id = ?", {Of(id)});
    if (rows.empty()) return std::nullopt;
    std::vector<Document> one{ReadDocument(rows.rows[0])};
    LoadDetails(one);
    return std::move(one[0]);
  }

  std::int64_t Insert(const Document& d, std::optional<std::int64_t> created_by, const std::string& now) override {
    auto id = conn_.InsertReturningId(
        "INSERT INTO documents (region_id, municipality_id, organisation_id, kind, number, date, title, issuer, "
        "retention_until, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(d.region_id), Of(d.municipality_id), Of(d.organisation_id), Of(d.kind), Of(d.number), Of(d.date.Iso()),
         Of(d.title), Of(d.issuer), d.retention_until ? Of(d.retention_until->Iso()) : storage::Null(), Of(created_by),
         Of(now)});
    for (const auto& link : d.links) {
      conn_.Execute("INSERT INTO document_links (document_id, object_type, object_id) VALUES (?, ?, ?)",
                    {Of(id), Of(link.object_type), Of(link.object_id)});
    }
    return id;
  }

  std::int64_t InsertAttachment(std::int64_t document_id, const Attachment& a) override {
    return conn_.InsertReturningId(
        "INSERT INTO attachments (document_id, file_name, content_type, size, sha256, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(document_id), Of(a.file_name), Of(a.content_type), Of(a.size), Of(a.sha256), Of(a.created_at)});
  }

 private:
  void LoadDetails(std::vector<Document>& items) {
    if (items.empty()) return;
    std::vector<Value> ids;
    std::map<std::int64_t, Document*> by_id;
    for (auto& d : items) {
      ids.push_back(Of(d.id));
      by_id[d.id] = &d;
    }
    auto in = " IN (" + storage::Placeholders(ids.size()) + ")";
    for (const auto& r : conn_.Query("SELECT document_id, object_type, object_id FROM document_links WHERE document_id" +
                                         in + " ORDER BY document_id, object_type, object_id",
                                     ids)
                             .rows) {
      by_id.at(r.Int(0))->links.push_back({r.Text(1), r.Int(2)});
    }
    for (const auto& r : conn_.Query("SELECT document_id, id, file_name, content_type, size, sha256, created_at "
                                     "FROM attachments WHERE document_id" + in + " ORDER BY document_id, id",
                                     ids)
                             .rows) {
      by_id.at(r.Int(0))->attachments.push_back({r.Int(1), r.Text(2), r.Text(3), r.Int(4), r.Text(5), r.Text(6)});
    }
  }

  storage::Connection& conn_;
};

void WriteDurably(const std::filesystem::path& path, std::string_view bytes) {
  static std::atomic<unsigned> counter{0};
  auto temp = path;
  temp += ".tmp" + std::to_string(::getpid()) + "." + std::to_string(counter++);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd < 0) throw std::runtime_error("cannot create " + temp.string());
  std::size_t written = 0;
  while (written < bytes.size()) {
    auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      std::filesystem::remove(temp);
      throw std::runtime_error("cannot write " + temp.string());
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) throw std::runtime_error("cannot sync " + temp.string());
  std::filesystem::rename(temp, path);
}

}  // namespace

core::Result<void> SqlDocumentStorage::Transact(
    const std::function<core::Result<void>(DocumentStore&, audit::AuditTrail&)>& work) {
  return db_.InTransactionResult([&](storage::Connection& conn) {
    SqlDocumentStore store(conn);
    auto trail = audit::MakeSqlAuditTrail(conn, clock_);
    return work(store, *trail);
  });
}

void SqlDocumentStorage::Read(const std::function<void(DocumentStore&)>& work) {
  auto conn = db_.Acquire();
  SqlDocumentStore store(*conn);
  work(store);
}

std::filesystem::path LocalFileStore::Place(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256.substr(2, 2) / sha256;
}

std::string LocalFileStore::Put(std::string_view bytes) {
  auto sha = security::Sha256Hex(bytes);
  auto path = Place(sha);
  if (std::filesystem::exists(path) && std::filesystem::file_size(path) == bytes.size()) return sha;
  std::filesystem::create_directories(path.parent_path());
  WriteDurably(path, bytes);
  return sha;
}

std::optional<std::filesystem::path> LocalFileStore::PathOf(const std::string& sha256) {
  if (sha256.size() != 64 || sha256.find_first_not_of("0123456789abcdef") != std::string::npos) return std::nullopt;
  auto path = Place(sha256);
  if (!std::filesystem::exists(path)) return std::nullopt;
  return path;
}

}  // namespace metodset::documents
