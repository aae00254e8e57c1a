#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace metodset::http {

/// Writes JSON text straight into a string, for hot list endpoints where building a tree of values first
/// would cost more than the query (docs/PERFORMANCE.md). Output is UTF-8 as given; `"`, `\` and control
/// characters are escaped.
class JsonWriter {
 public:
  explicit JsonWriter(std::size_t reserve = 4096) { out_.reserve(reserve); }

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  /// The key of the next value inside an object.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& String(const char* value) { return String(std::string_view(value)); }
  JsonWriter& String(const std::string& value) { return String(std::string_view(value)); }
  JsonWriter& Int(std::int64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  /// A string, or null when absent.
  JsonWriter& String(const std::optional<std::string>& value);
  /// An integer, or null when absent.
  JsonWriter& Int(const std::optional<std::int64_t>& value);
  /// An array of strings.
  JsonWriter& Strings(const std::vector<std::string>& values);

  /// The text written so far; the writer is empty afterwards.
  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();
  void Escaped(std::string_view text);

  std::string out_;
  std::vector<char> has_items_;  // per open container: whether a comma is needed before the next item
  bool after_key_ = false;
};

}  // namespace metodset::http
