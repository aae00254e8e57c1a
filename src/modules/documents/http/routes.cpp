#include "modules/documents/http/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/request_context.hpp"
#include "platform/office/docx_writer.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::documents {
namespace {

using http::Json;
using http::Method;
using http::Request;
using http::Response;


constexpr const char* kDocumentSchema = R"({"type":"object","required":["id","kind","number","date","title","issuer",
"links","attachments"],"properties":{"id":{"type":"integer"},"region_id":{"type":"integer"},
"municipality_id":{"type":"integer","nullable":true},"organisation_id":{"type":"integer","nullable":true},
"kind":{"type":"string"},"number":{"type":"string"},"date":{"type":"string","format":"date"},
"title":{"type":"string"},"issuer":{"type":"string"},"retention_until":{"type":"string","format":"date",
"nullable":true},"links":{"type":"array","items":{"type":"object","required":["object_type","object_id"],
"properties":{"object_type":{"type":"string"},"object_id":{"type":"integer"}}}},"attachments":{"type":"array",
"items":{"$ref":"#/components/schemas/Attachment"}},"created_at":{"type":"string"}}})";
constexpr const char* kAttachmentSchema = R"({"type":"object","required":["id","file_name","content_type","size",
"sha256"],"properties":{"id":{"type":"integer"},"file_name":{"type":"string"},"content_type":{"type":"string"},
"size":{"type":"integer"},"sha256":{"type":"string"},"created_at":{"type":"string"}}})";
constexpr const char* kDocumentInput = R"({"type":"object","required":["kind","number","date","title","issuer"],
"properties":{"kind":{"type":"string"},"number":{"type":"string"},"date":{"type":"string","format":"date"},
"title":{"type":"string"},"issuer":{"type":"string"},"region_id":{"type":"integer"},
"municipality_id":{"type":"integer","nullable":true},"organisation_id":{"type":"integer","nullable":true},
"retention_until":{"type":"string","format":"date","nullable":true},"links":{"type":"array","items":{
"type":"object","properties":{"object_type":{"type":"string"},"object_id":{"type":"integer"}}}}}})";

Json ToJson(const Attachment& a) {
  return {{"id", a.id},         {"file_name", a.file_name}, {"content_type", a.content_type},
          {"size", a.size},     {"sha256", a.sha256},       {"created_at", a.created_at}};
}

Json ToJson(const Document& d) {
  Json links = Json::array();
  for (const auto& l : d.links) links.push_back({{"object_type", l.object_type}, {"object_id", l.object_id}});
  Json attachments = Json::array();
  for (const auto& a : d.attachments) attachments.push_back(ToJson(a));
  return {{"id", d.id},
          {"region_id", d.region_id},
          {"municipality_id", d.municipality_id ? Json(*d.municipality_id) : Json(nullptr)},
          {"organisation_id", d.organisation_id ? Json(*d.organisation_id) : Json(nullptr)},
          {"kind", d.kind},
          {"number", d.number},
          {"date", d.date.Iso()},
          {"title", d.title},
          {"issuer", d.issuer},
          {"retention_until", d.retention_until ? Json(d.retention_until->Iso()) : Json(nullptr)},
          {"links", std::move(links)},
          {"attachments", std::move(attachments)},
          {"created_at", d.created_at}};
}

core::Result<core::Date> RequiredDate(const Json& body, const char* field, const char* label) {
  auto text = http::RequiredString(body, field, label);
  if (!text) return text.error();
  auto date = core::ParseDate(*text);
  if (!date) return core::ValidationError(field, std::string("Поле «") + label + "»: дата в формате ДД.ММ.ГГГГ");
  return *date;
}

core::Result<Document> ReadDocument(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  Document d;
  struct Text {
    const char* field;
    const char* label;
    std::string Document::*member;
  };
  for (const auto& t : {Text{"kind", "Вид документа", &Document::kind}, Text{"number", "Номер", &Document::number},
                        Text{"title", "Заголовок", &Document::title}, Text{"issuer", "Кем издан", &Document::issuer}}) {
    auto value = http::RequiredString(*body, t.field, t.label);
    if (!value) return value.error();
    d.*(t.member) = *value;
  }
  auto date = RequiredDate(*body, "date", "Дата");
  if (!date) return date.error();
  d.date = *date;
  if (body->contains("retention_until") && !(*body)["retention_until"].is_null()) {
    auto retention = RequiredDate(*body, "retention_until", "Хранить до");
    if (!retention) return retention.error();
    d.retention_until = *retention;
  }
  auto region = http::OptionalInt(*body, "region_id", "Регион");
  if (!region) return region.error();
  d.region_id = region->value_or(0);
  auto municipality = http::OptionalInt(*body, "municipality_id", "Муниципальное образование");
  if (!municipality) return municipality.error();
  d.municipality_id = *municipality;
  auto organisation = http::OptionalInt(*body, "organisation_id", "Организация");
  if (!organisation) return organisation.error();
  d.organisation_id = *organisation;
  if (body->contains("links") && (*body)["links"].is_array()) {
    for (const auto& l : (*body)["links"]) {
      if (!l.is_object() || !l.contains("object_type") || !l["object_type"].is_string() || !l.contains("object_id") ||
          !l["object_id"].is_number_integer()) {
        return core::ValidationError("links", "Связь задаётся парой object_type и object_id");
      }
      d.links.push_back({l["object_type"].get<std::string>(), l["object_id"].get<std::int64_t>()});
    }
  }
  return d;
}

/// `X-File-Name` is percent-encoded UTF-8 (browsers cannot send raw UTF-8 in headers).
std::string DecodeFileName(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

core::Result<DocumentFilter> ReadFilter(const Request& req) {
  DocumentFilter f;
  if (auto kind = req.QueryParam("kind"); kind && !kind->empty()) f.kind = *kind;
  if (auto q = req.QueryParam("q"); q && !q->empty()) f.text = *q;
  if (auto m = req.QueryParam("municipality"); m && !m->empty()) {
    auto id = http::ParseId(*m, "municipality");
    if (!id) return id.error();
    f.municipality_id = *id;
  }
  auto type = req.QueryParam("object_type");
  auto object = req.QueryParam("object_id");
  if (type && object && !type->empty()) {
    auto id = http::ParseId(*object, "object_id");
    if (!id) return id.error();
    f.linked_to = DocumentLink{*type, *id};
  }
  return f;
}

std::string SizeText(std::int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " Б";
  if (bytes < 1024 * 1024) return std::to_string(bytes / 1024) + " КБ";
  return std::to_string(bytes / (1024 * 1024)) + " МБ";
}

}  // namespace

void AddRoutes(http::Router& router, DocumentService& service) {
  router.AddSchema("Document", kDocumentSchema);
  router.AddSchema("Attachment", kAttachmentSchema);

  router.Add(Method::kGet, "/api/v1/documents",
             {.summary = "Реестр документов", .tag = "documents", .response_schema = http::ListSchema("Document"),
              .query = {"kind", "q", "municipality", "object_type", "object_id", "page", "size"}},
             [&service](Request& req) -> Response {
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               auto f = ReadFilter(req);
               if (!f) return http::ErrorResponse(f.error());
               f->page = paging->page;
               f->size = paging->size;
               auto page = service.List(http::ActorOf(req), *f);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& d : page->items) items.push_back(ToJson(d));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(Method::kGet, "/api/v1/documents/export.xlsx",
             {.summary = "Выгрузка реестра документов в Excel", .tag = "documents", .response_type = http::kXlsxType,
              .query = {"kind", "q", "municipality", "object_type", "object_id"}},
             [&service](Request& req) -> Response {
               auto f = ReadFilter(req);
               if (!f) return http::ErrorResponse(f.error());
               auto page = service.Export(http::ActorOf(req), *f);
               if (!page) return http::ErrorResponse(page.error());
               office::Sheet sheet;
               sheet.name = "Документы";
               sheet.header = {"Вид", "Номер", "Дата", "Заголовок", "Кем издан", "Хранить до", "Вложения"};
               sheet.widths = {24, 14, 12, 60, 36, 12, 10};
               for (const auto& d : page->items) {
                 sheet.rows.push_back({service.KindTitle(d.kind), d.number, d.date.Russian(), d.title, d.issuer,
                                       d.retention_until ? office::Cell(d.retention_until->Russian())
                                                         : office::Cell(std::monostate{}),
                                       static_cast<long long>(d.attachments.size())});
               }
               return http::Download(office::WriteXlsx({sheet}), http::kXlsxType, "Документы.xlsx");
             });
  router.Add(Method::kPost, "/api/v1/documents",
             {.summary = "Зарегистрировать документ", .tag = "documents", .request_schema = kDocumentInput,
              .response_schema = http::RefSchema("Document")},
             [&service](Request& req) -> Response {
               auto draft = ReadDocument(req);
               if (!draft) return http::ErrorResponse(draft.error());
               auto created = service.Create(http::ActorOf(req), std::move(*draft));
               if (!created) return http::ErrorResponse(created.error());
               return http::JsonResponse(ToJson(*created), 201);
             });
  router.Add(Method::kGet, "/api/v1/documents/{id}",
             {.summary = "Карточка документа", .tag = "documents", .response_schema = http::RefSchema("Document")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto d = service.Get(http::ActorOf(req), *id);
               if (!d) return http::ErrorResponse(d.error());
               return http::JsonResponse(ToJson(*d));
             });
  router.Add(Method::kGet, "/api/v1/documents/{id}/card.docx",
             {.summary = "Регистрационная карточка документа (DOCX)", .tag = "documents",
              .response_type = http::kDocxType},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto d = service.Get(http::ActorOf(req), *id);
               if (!d) return http::ErrorResponse(d.error());
               office::DocxData data;
               data.fields = {{"kind", service.KindTitle(d->kind)},   {"number", d->number}, {"date", d->date.Russian()},
                              {"issuer", d->issuer}, {"title", d->title}};
               auto& rows = data.tables["attachments"];
               int n = 0;
               for (const auto& a : d->attachments) {
                 rows.push_back({{"n", std::to_string(++n)},
                                 {"file_name", a.file_name},
                                 {"size", SizeText(a.size)},
                                 {"sha256", a.sha256}});
               }
               auto docx = office::RenderDocx("document_card", data);
               if (!docx) return http::ErrorResponse(docx.error());
               return http::Download(std::move(*docx),
                                     http::kDocxType,
                                     "Карточка документа № " + d->number + ".docx");
             });
  router.Add(Method::kPost, "/api/v1/documents/{id}/attachments",
             {.summary = "Прикрепить файл (тело — содержимое файла, имя — в заголовке X-File-Name)",
              .tag = "documents", .request_schema = R"({"type":"string","format":"binary"})",
              .response_schema = http::RefSchema("Attachment")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               Upload upload{DecodeFileName(req.Header("x-file-name").value_or("")),
                             req.Header("content-type").value_or("application/octet-stream"), std::move(req.body)};
               auto a = service.Attach(http::ActorOf(req), *id, std::move(upload));
               if (!a) return http::ErrorResponse(a.error());
               return http::JsonResponse(ToJson(*a), 201);
             });
  router.Add(Method::kGet, "/api/v1/documents/{id}/attachments/{attachment_id}",
             {.summary = "Скачать вложение", .tag = "documents", .response_type = "application/octet-stream"},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto attachment_id = http::PathId(req, "attachment_id");
               if (!attachment_id) return http::ErrorResponse(attachment_id.error());
               auto file = service.Download(http::ActorOf(req), *id, *attachment_id);
               if (!file) return http::ErrorResponse(file.error());
               auto response = http::Download("", file->attachment.content_type, file->attachment.file_name);
               response.file_path = file->path.string();
               return response;
             });
}

}  // namespace metodset::documents
