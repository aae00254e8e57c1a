#include "platform/storage/value.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

namespace metodset::storage {

namespace {

const char* KindName(const Value& v) {
  switch (v.index()) {
    case 0:
      return "NULL";
    case 1:
      return "integer";
    case 2:
      return "real";
    default:
      return "text";
  }
}

[[noreturn]] void Mismatch(std::size_t i, const Value& v, const char* wanted) {
  throw StorageError("column " + std::to_string(i) + " holds " + KindName(v) + ", expected " + wanted);
}

}  // namespace

std::int64_t Row::Int(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  // PostgreSQL returns SUM(bigint) and similar aggregates as numeric, which arrives as a double.
  if (const auto* d = std::get_if<double>(&v)) {
    if (std::trunc(*d) == *d && std::fabs(*d) < 9.2e18) return static_cast<std::int64_t>(*d);
  }
  Mismatch(i, v, "integer");
}

double Row::Real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  Mismatch(i, v, "real");
}

std::string Row::Text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  Mismatch(i, v, "text");
}

std::optional<std::int64_t> Row::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<std::string> Row::OptText(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

}  // namespace metodset::storage

namespace metodset::storage {

std::string Row::TakeText(std::size_t i) {
  if (auto* s = std::get_if<std::string>(&values_.at(i))) return std::move(*s);
  return Text(i);
}

std::optional<std::string> Row::TakeOptText(std::size_t i) {
  if (IsNull(i)) return std::nullopt;
  return TakeText(i);
}

}  // namespace metodset::storage
