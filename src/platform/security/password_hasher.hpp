#pragma once

#include <string>
#include <string_view>

namespace metodset::security {

/// argon2id hashing (libsodium crypto_pwhash_str) with the "interactive" cost: about 64 MiB and a few
/// tenths of a second, the recommended setting for logins.
class PasswordHasher {
 public:
  PasswordHasher();
  /// The encoded hash (`$argon2id$v=19$m=…`).
  std::string Hash(std::string_view password) const;
  /// Constant-time verification against an encoded hash; false for malformed hashes.
  bool Verify(std::string_view password, const std::string& encoded_hash) const;
  /// Burns the same work as a verification, for unknown logins (same timing as a wrong password).
  void VerifyDummy(std::string_view password) const;

 private:
  std::string dummy_hash_;
};

/// A random URL-safe token with `bytes` bytes of entropy (base64url, no padding).
std::string RandomToken(std::size_t bytes = 32);
/// Hex BLAKE2b-256 of a token: sessions are stored by this hash so that a database leak reveals none.
std::string TokenHash(std::string_view token);
/// Hex SHA-256 of content (attachments).
std::string Sha256Hex(std::string_view content);
/// Constant-time string comparison (CSRF tokens).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace metodset::security
