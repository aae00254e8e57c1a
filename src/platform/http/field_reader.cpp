#include "platform/http/field_reader.hpp"

#include <utility>

namespace metodset::http {

FieldReader::FieldReader(const Json& body, std::string prefix) : body_(body), prefix_(std::move(prefix)) {}

std::optional<std::string> FieldReader::Str(const char* field) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    Fail(field, "Ожидается строка");
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<std::int64_t> FieldReader::Int(const char* field) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer()) {
    Fail(field, "Ожидается целое число");
    return std::nullopt;
  }
  return it->get<std::int64_t>();
}

std::optional<bool> FieldReader::Bool(const char* field) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean()) {
    Fail(field, "Ожидается true или false");
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<core::Date> FieldReader::Date(const char* field) {
  auto text = Str(field);
  if (!text || text->empty()) return std::nullopt;
  auto date = core::ParseIsoDate(*text);
  if (!date) Fail(field, "Дата в формате ГГГГ-ММ-ДД");
  return date;
}

std::vector<std::int64_t> FieldReader::Ids(const char* field) {
  std::vector<std::int64_t> ids;
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return ids;
  if (!it->is_array()) {
    Fail(field, "Ожидается список");
    return ids;
  }
  for (const auto& v : *it) {
    if (!v.is_number_integer()) {
      Fail(field, "Ожидается список целых чисел");
      return ids;
    }
    ids.push_back(v.get<std::int64_t>());
  }
  return ids;
}

void FieldReader::Fail(std::string_view field, std::string message, std::string code) {
  if (!error_) error_ = core::ValidationError(prefix_ + std::string(field), std::move(message), std::move(code));
}

}  // namespace metodset::http
