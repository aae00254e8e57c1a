#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace metodset::storage {

/// One SQL value as both backends exchange it. Booleans travel as 0/1 integers; dates as `YYYY-MM-DD`
/// text; timestamps as `YYYY-MM-DDTHH:MM:SS.mmmZ` text (the PostgreSQL backend normalises its output).
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline Value Null() { return std::monostate{}; }
inline Value Of(std::int64_t v) { return v; }
inline Value Of(int v) { return static_cast<std::int64_t>(v); }
inline Value Of(bool v) { return static_cast<std::int64_t>(v ? 1 : 0); }
inline Value Of(double v) { return v; }
inline Value Of(std::string v) { return v; }
inline Value Of(const char* v) { return std::string(v); }
template <typename T>
Value Of(const std::optional<T>& v) {
  return v ? Of(*v) : Null();
}

/// Thrown for infrastructure failures (connection lost, SQL error); never for business rules.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Thrown when a UNIQUE / PRIMARY KEY constraint fails, so callers can turn it into a Conflict.
class UniqueViolation : public StorageError {
 public:
  using StorageError::StorageError;
};

/// Thrown when a FOREIGN KEY constraint fails.
class ForeignKeyViolation : public StorageError {
 public:
  using StorageError::StorageError;
};

/// A result row; accessors convert and throw StorageError on a type mismatch.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  const Value& operator[](std::size_t i) const { return values_.at(i); }
  bool IsNull(std::size_t i) const { return std::holds_alternative<std::monostate>(values_.at(i)); }
  std::int64_t Int(std::size_t i) const;
  double Real(std::size_t i) const;
  std::string Text(std::size_t i) const;
  bool Bool(std::size_t i) const { return Int(i) != 0; }
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  std::optional<std::string> OptText(std::size_t i) const;
  /// Moves a text value out of the row (for readers that build objects from large results).
  std::string TakeText(std::size_t i);
  std::optional<std::string> TakeOptText(std::size_t i);

 private:
  std::vector<Value> values_;
};

/// A result row read in place, without copying its values (for hot lists); accessors convert like Row's
/// and throw StorageError on a type mismatch. Text views stay valid only until the next row.
class RowView {
 public:
  virtual ~RowView() = default;
  virtual std::size_t size() const = 0;
  virtual bool IsNull(std::size_t i) const = 0;
  virtual std::int64_t Int(std::size_t i) const = 0;
  virtual std::string_view Text(std::size_t i) const = 0;
  /// The text as an owned string.
  std::string String(std::size_t i) const { return std::string(Text(i)); }
  /// The text as an owned string, or nothing for NULL.
  std::optional<std::string> OptString(std::size_t i) const {
    if (IsNull(i)) return std::nullopt;
    return String(i);
  }
};

/// Rows of one query with their column names.
struct ResultSet {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
};

}  // namespace metodset::storage
