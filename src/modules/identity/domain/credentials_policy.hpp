#pragma once

#include <chrono>
#include <string_view>

#include "platform/core/result.hpp"

namespace metodset::identity {

/// A login: 3–64 characters of Latin letters, digits, dot, dash and underscore.
core::Result<void> CheckLogin(std::string_view login);
/// A password: at least 8 characters, not the login, not one repeated character.
core::Result<void> CheckPasswordStrength(std::string_view password, std::string_view login);

/// When repeated failures block logins (settings of the installation, not of a regulation).
struct ThrottleRule {
  int max_failures_per_login = 10;
  int max_failures_per_ip = 50;
  std::chrono::minutes window{15};
};

/// Whether a login attempt must be refused before the password is even checked.
bool IsThrottled(const ThrottleRule& rule, int recent_login_failures, int recent_ip_failures);

}  // namespace metodset::identity
