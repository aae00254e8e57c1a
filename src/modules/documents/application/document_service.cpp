#include "modules/documents/application/document_service.hpp"

#include "platform/security/password_hasher.hpp"

namespace metodset::documents {
namespace {

using core::Role;

constexpr std::initializer_list<Role> kReaders = {Role::kRegionalAdmin, Role::kMunicipalCoordinator, Role::kOrgAdmin,
                                                  Role::kPoolMember,    Role::kMentor,               Role::kExpert};
constexpr std::initializer_list<Role> kWriters = {Role::kRegionalAdmin, Role::kMunicipalCoordinator, Role::kOrgAdmin};
constexpr std::size_t kMaxAttachment = 50 * 1024 * 1024;

core::TerritoryPath PathOf(const Document& d) {
  return {d.region_id, d.municipality_id, d.organisation_id, std::nullopt};
}

std::optional<std::string> DateText(const std::optional<core::Date>& d) {
  return d ? std::optional(d->Iso()) : std::nullopt;
}

std::vector<audit::FieldChange> CreatedFields(const Document& d) {
  audit::ChangeSet c;
  c.Created("kind", d.kind);
  c.Created("number", d.number);
  c.Created("date", d.date.Iso());
  c.Created("title", d.title);
  c.Created("issuer", d.issuer);
  c.Created("retention_until", DateText(d.retention_until));
  return c.Take();
}

}  // namespace

core::Result<Document> DocumentService::Place(const core::Actor& actor, Document d) {
  // The document sits where its organisation or municipality is; a regional document in the caller's region.
  if (d.organisation_id) {
    auto path = locator_.Locate({core::ScopeKind::kOrganisation, *d.organisation_id});
    if (!path) return core::ValidationError("organisation_id", "Организация не найдена");
    d.region_id = path->region_id;
    d.municipality_id = path->municipality_id;
  } else if (d.municipality_id) {
    auto path = locator_.Locate({core::ScopeKind::kMunicipality, *d.municipality_id});
    if (!path) return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
    d.region_id = path->region_id;
  } else if (d.region_id <= 0) {
    for (const auto& g : actor.principal->grants) {
      if (g.scope.kind == core::ScopeKind::kRegion) d.region_id = g.scope.id;
    }
    if (d.region_id <= 0) d.region_id = locator_.SoleRegion().value_or(0);
    if (d.region_id <= 0) return core::ValidationError("region_id", "Укажите регион документа");
  } else if (!locator_.Locate({core::ScopeKind::kRegion, d.region_id})) {
    return core::ValidationError("region_id", "Регион не найден");
  }
  return d;
}

std::string DocumentService::KindTitle(const std::string& code) {
  std::string title = code;
  storage_.Read([&](DocumentStore& store) {
    auto titles = store.KindTitles();
    if (auto it = titles.find(code); it != titles.end()) title = it->second;
  });
  return title;
}

core::Result<DocumentPage> DocumentService::List(const core::Actor& actor, const DocumentFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, kReaders);
  DocumentPage page;
  storage_.Read([&](DocumentStore& store) { page = store.Find(filter, scope); });
  return page;
}

core::Result<DocumentPage> DocumentService::Export(const core::Actor& actor, DocumentFilter filter) {
  constexpr int kMaxExport = 20000;
  filter.page = 1;
  filter.size = kMaxExport;
  auto page = List(actor, filter);
  if (!page) return page.error();
  if (page->total > kMaxExport) {
    return core::ValidationError("kind", "Выбрано больше 20 000 документов: сузьте условия отбора");
  }
  std::optional<core::Grant> grant;
  core::TerritoryPath path;
  for (const auto& g : actor.principal->grants) {
    if (auto located = locator_.Locate(g.scope)) {
      grant = g;
      path = *located;
      break;
    }
  }
  if (!grant) path.region_id = locator_.SoleRegion().value_or(0);
  auto done = storage_.Transact([&](DocumentStore&, audit::AuditTrail& trail) -> core::Result<void> {
    auto e = audit::EntryFor(actor, "export", "document", std::nullopt, path, grant);
    e.detail = "Выгрузка реестра документов в XLSX: " + std::to_string(page->items.size()) + " документов";
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return page;
}

core::Result<Document> DocumentService::Get(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Document> d;
  storage_.Read([&](DocumentStore& store) { d = store.Get(id); });
  if (!d || !actor.principal->Reaches(PathOf(*d), kReaders)) return core::NotFound("Документ не найден");
  return *d;
}

core::Result<Document> DocumentService::Create(const core::Actor& actor, Document draft) {
  return CreateWithFile(actor, std::move(draft), {});
}

core::Result<Document> DocumentService::CreateWithFile(const core::Actor& actor, Document draft, Upload file) {
  if (!actor.principal) return core::Unauthenticated();
  auto placed = Place(actor, std::move(draft));
  if (!placed) return placed.error();
  auto grant = actor.principal->GrantFor(PathOf(*placed), kWriters);
  if (!grant) return core::Forbidden("Регистрировать документы можно только своей территории или организации");
  std::optional<Attachment> attachment;
  if (!file.bytes.empty()) {
    auto name = CleanFileName(file.file_name);
    if (!name) return name.error();
    if (file.bytes.size() > kMaxAttachment) return core::ValidationError("file", "Файл больше 50 МБ");
    attachment = Attachment{0, *name, file.content_type.empty() ? "application/octet-stream" : file.content_type,
                            static_cast<std::int64_t>(file.bytes.size()), files_.Put(file.bytes), ""};
  }
  std::optional<Document> created;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](DocumentStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto valid = ValidateDocument(*placed, store.Kinds());
    if (!valid) return valid.error();
    // The command line and the demo act without a stored user.
    auto created_by = actor.principal->user_id > 0 ? std::optional(actor.principal->user_id) : std::nullopt;
    auto id = store.Insert(*valid, created_by, now);
    if (attachment) {
      attachment->created_at = now;
      store.InsertAttachment(id, *attachment);
    }
    created = store.Get(id);
    auto e = audit::EntryFor(actor, "create", "document", id, PathOf(*created), grant);
    e.changes = CreatedFields(*created);
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return *created;
}

core::Result<Attachment> DocumentService::Attach(const core::Actor& actor, std::int64_t document_id, Upload upload) {
  auto document = Get(actor, document_id);
  if (!document) return document.error();
  auto grant = actor.principal->GrantFor(PathOf(*document), kWriters);
  if (!grant) return core::Forbidden("Прикреплять файлы может тот, кто ведёт документы этой территории");
  auto name = CleanFileName(upload.file_name);
  if (!name) return name.error();
  if (upload.bytes.empty()) return core::ValidationError("file", "Файл пуст");
  if (upload.bytes.size() > kMaxAttachment) return core::ValidationError("file", "Файл больше 50 МБ");
  // The file is written (durably, content-addressed) before the row: a failed transaction leaves at most an
  // unreferenced file, never a row without content.
  Attachment a{0, *name, upload.content_type.empty() ? "application/octet-stream" : upload.content_type,
               static_cast<std::int64_t>(upload.bytes.size()), files_.Put(upload.bytes),
               core::FormatTimestamp(clock_.Now())};
  auto done = storage_.Transact([&](DocumentStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    a.id = store.InsertAttachment(document_id, a);
    auto e = audit::EntryFor(actor, "create", "attachment", a.id, PathOf(*document), grant);
    audit::ChangeSet c;
    c.Created("document_id", std::to_string(document_id));
    c.Created("file_name", a.file_name);
    c.Created("sha256", a.sha256);
    e.changes = c.Take();
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return a;
}

core::Result<AttachmentFile> DocumentService::Download(const core::Actor& actor, std::int64_t document_id,
                                                       std::int64_t attachment_id) {
  auto document = Get(actor, document_id);
  if (!document) return document.error();
  for (const auto& a : document->attachments) {
    if (a.id != attachment_id) continue;
    auto path = files_.PathOf(a.sha256);
    if (!path) return core::NotFound("Файл вложения отсутствует в хранилище");
    auto grant = actor.principal->GrantFor(PathOf(*document), kReaders);
    auto done = storage_.Transact([&](DocumentStore&, audit::AuditTrail& trail) -> core::Result<void> {
      auto e = audit::EntryFor(actor, "export", "attachment", a.id, PathOf(*document), grant);
      e.detail = "Скачан файл «" + a.file_name + "» документа № " + document->number;
      trail.Record(std::move(e));
      return core::Ok{};
    });
    if (!done) return done.error();
    return AttachmentFile{a, *path};
  }
  return core::NotFound("Вложение не найдено");
}

}  // namespace metodset::documents
