#include "modules/documents/domain/document.hpp"

#include <algorithm>

#include "platform/core/text.hpp"

namespace metodset::documents {

core::Result<Document> ValidateDocument(Document d, const std::set<std::string>& kinds) {
  if (!kinds.contains(d.kind)) return core::ValidationError("kind", "Укажите вид документа из справочника");
  d.number = core::NormaliseSpaces(d.number);
  if (d.number.empty()) return core::ValidationError("number", "Укажите номер документа");
  if (core::Utf8Length(d.number) > 100) return core::ValidationError("number", "Номер длиннее 100 символов");
  d.title = core::NormaliseSpaces(d.title);
  if (d.title.empty()) return core::ValidationError("title", "Укажите заголовок документа");
  if (core::Utf8Length(d.title) > 1000) return core::ValidationError("title", "Заголовок длиннее 1000 символов");
  d.issuer = core::NormaliseSpaces(d.issuer);
  if (d.issuer.empty()) return core::ValidationError("issuer", "Укажите, кем издан документ");
  if (d.retention_until && *d.retention_until < d.date) {
    return core::ValidationError("retention_until", "Срок хранения не может закончиться раньше даты документа");
  }
  for (const auto& link : d.links) {
    if (link.object_type.empty() || link.object_id <= 0) {
      return core::ValidationError("links", "Связь с объектом требует типа и номера объекта");
    }
  }
  std::sort(d.links.begin(), d.links.end());
  d.links.erase(std::unique(d.links.begin(), d.links.end()), d.links.end());
  return d;
}

core::Result<std::string> CleanFileName(const std::string& raw) {
  std::string name = raw;
  auto slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F && c != '"') out += c;
  }
  out = core::NormaliseSpaces(out);
  if (out.empty() || out == "." || out == "..") return core::ValidationError("file_name", "Укажите имя файла");
  if (!core::IsValidUtf8(out)) return core::ValidationError("file_name", "Имя файла не в кодировке UTF-8");
  if (core::Utf8Length(out) > 200) return core::ValidationError("file_name", "Имя файла длиннее 200 символов");
  return out;
}

}  // namespace metodset::documents
