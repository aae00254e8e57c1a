#include "platform/storage/detail/identifiers.hpp"

#include "platform/storage/value.hpp"

namespace metodset::storage::detail {

std::string CheckedIdentifier(std::string_view name) {
  bool ok = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    ok = ok && plain;
  }
  if (!ok) throw StorageError("not a plain SQL identifier: '" + std::string(name) + "'");
  return std::string(name);
}

}  // namespace metodset::storage::detail
