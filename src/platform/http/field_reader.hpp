#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/core/result.hpp"
#include "platform/http/json_body.hpp"

namespace metodset::http {

/// Reads typed fields of a JSON object and keeps the first problem as a validation error naming its field, so
/// that a handler reads everything and answers once (`pairs[2].mentor_id: Ожидается целое число`).
class FieldReader {
 public:
  /// `prefix` goes before every field name in errors (`pairs[2].` for an item of a list).
  explicit FieldReader(const Json& body, std::string prefix = "");

  /// A string; nullopt when absent or null, or (with an error) when of another type.
  std::optional<std::string> Str(const char* field);
  /// An integer; nullopt when absent or null, or (with an error) when of another type.
  std::optional<std::int64_t> Int(const char* field);
  /// A boolean; nullopt when absent or null, or (with an error) when of another type.
  std::optional<bool> Bool(const char* field);
  /// An ISO date `ГГГГ-ММ-ДД`; nullopt when absent, null or empty, or (with an error) when malformed.
  std::optional<core::Date> Date(const char* field);
  /// A list of integers; empty when absent or null, or (with an error) when not such a list.
  std::vector<std::int64_t> Ids(const char* field);
  /// A code parsed by `parse`; `message` is the error when the text is not one of the codes.
  template <typename E>
  std::optional<E> Code(const char* field, std::optional<E> (*parse)(std::string_view), const char* message) {
    auto text = Str(field);
    if (!text) return std::nullopt;
    auto value = parse(*text);
    if (!value) Fail(field, message);
    return value;
  }

  /// Records a problem with `field` unless an earlier one is already kept.
  void Fail(std::string_view field, std::string message, std::string code = "validation");
  /// The first problem met, if any.
  const std::optional<core::DomainError>& error() const { return error_; }

 private:
  const Json& body_;
  std::string prefix_;
  std::optional<core::DomainError> error_;
};

}  // namespace metodset::http
