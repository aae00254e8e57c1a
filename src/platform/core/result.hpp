#pragma once

#include <string>
#include <utility>
#include <variant>

namespace metodset::core {

/// The class of a broken rule; the HTTP layer maps each kind to one status in one place.
enum class ErrorKind {
  kValidation,       // 422: a field is missing or malformed
  kBadRequest,       // 400: the request itself cannot be read
  kUnauthenticated,  // 401
  kForbidden,        // 403
  kNotFound,         // 404 (also used for objects outside the caller's scope)
  kConflict,         // 409: a uniqueness or state rule
  kPayloadTooLarge,  // 413
  kRateLimited,      // 429
  kInternal,         // 500: never carries details to the client
};

/// A business rule that did not hold: a stable code, a Russian message for the user, the offending field.
struct DomainError {
  ErrorKind kind = ErrorKind::kValidation;
  std::string code;
  std::string message;
  std::string field;
};

inline DomainError ValidationError(std::string field, std::string message, std::string code = "validation") {
  return {ErrorKind::kValidation, std::move(code), std::move(message), std::move(field)};
}
inline DomainError NotFound(std::string message = "Объект не найден") {
  return {ErrorKind::kNotFound, "not_found", std::move(message), {}};
}
inline DomainError Forbidden(std::string message = "Недостаточно прав для этого действия") {
  return {ErrorKind::kForbidden, "forbidden", std::move(message), {}};
}
inline DomainError Unauthenticated(std::string message = "Требуется вход в систему") {
  return {ErrorKind::kUnauthenticated, "unauthenticated", std::move(message), {}};
}
inline DomainError Conflict(std::string code, std::string message, std::string field = {}) {
  return {ErrorKind::kConflict, std::move(code), std::move(message), std::move(field)};
}

/// A value or the DomainError that prevented it (tl::expected-style, written once for the project).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(DomainError error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const DomainError& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, DomainError> state_;
};

/// Success without a value.
struct Ok {};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Ok) {}                                          // NOLINT(google-explicit-constructor)
  Result(DomainError error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const DomainError& error() const { return error_; }

 private:
  DomainError error_;
  bool ok_ = true;
};

}  // namespace metodset::core
