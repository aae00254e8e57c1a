#include "modules/identity/domain/credentials_policy.hpp"

#include "platform/core/text.hpp"

namespace metodset::identity {

core::Result<void> CheckLogin(std::string_view login) {
  if (login.size() < 3 || login.size() > 64) {
    return core::ValidationError("login", "Логин должен содержать от 3 до 64 символов");
  }
  for (char c : login) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
              c == '_';
    if (!ok) {
      return core::ValidationError("login", "Логин может содержать только латинские буквы, цифры, точку, дефис и подчёркивание");
    }
  }
  return core::Ok{};
}

core::Result<void> CheckPasswordStrength(std::string_view password, std::string_view login) {
  if (core::Utf8Length(password) < 8) return core::ValidationError("password", "Пароль должен содержать не менее 8 символов");
  if (core::LowerUtf8(password) == core::LowerUtf8(login)) {
    return core::ValidationError("password", "Пароль не должен совпадать с логином");
  }
  if (password.find_first_not_of(password[0]) == std::string_view::npos) {
    return core::ValidationError("password", "Пароль не должен состоять из одного повторяющегося символа");
  }
  return core::Ok{};
}

bool IsThrottled(const ThrottleRule& rule, int recent_login_failures, int recent_ip_failures) {
  return recent_login_failures >= rule.max_failures_per_login || recent_ip_failures >= rule.max_failures_per_ip;
}

}  // namespace metodset::identity
